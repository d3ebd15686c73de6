"""Who gets into the newsroom: login lockout, two-factor authentication, audit.

- ``lockout``: django-axes counts failed admin logins per account and per client
  (the address read through ``WARTA_TRUSTED_PROXIES``) and answers an Indonesian
  429 page once either passes the limit; its records are the audit trail.
- ``forms``/``twofactor``/``views``: optional TOTP (django-otp) for staff. A user
  who has confirmed a device must give its code at login; ``WARTA_REQUIRE_2FA``
  makes every staff user enrol one before using the admin.
"""
