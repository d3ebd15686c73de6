"""Two-factor enforcement for the admin (django-otp sessions).

A session is *verified* once a device's code was checked (at login or on
enrolment). In the admin, an unverified session of a user who has a confirmed
device is logged out (it predates the device, or skipped the code somehow);
with ``WARTA_REQUIRE_2FA`` a user without a device may only enrol one.
"""

from django.conf import settings
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import user_has_device


def has_confirmed_device(user):
    return user.is_authenticated and user_has_device(user, confirmed=True)


class TwoFactorMiddleware:
    """After django_otp's OTPMiddleware: keep unverified sessions out of /admin/."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/admin/"):
            refusal = self.refuse(request)
            if refusal is not None:
                return refusal
        return self.get_response(request)

    def refuse(self, request):
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        login = reverse("wagtailadmin_login")
        if request.path in (login, reverse("wagtailadmin_logout")):
            return None
        if has_confirmed_device(user):
            logout(request)
            return redirect(f"{login}?next={request.path}")
        if settings.WARTA_REQUIRE_2FA and request.path != reverse("warta_twofactor"):
            return redirect("warta_twofactor")
        return None
