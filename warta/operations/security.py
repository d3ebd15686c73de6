"""Security headers on every response: the ones Django's own settings do not set.

Reader pages get a strict Content Security Policy: scripts only from our own
static files (no inline script at all, so no nonces are needed), no plugins, no
framing. The Wagtail admin ships inline scripts and styles (its widgets'
``initDateChooser(...)``, ``new ImageChooser(...)``, per field, so neither a
hash nor a nonce Wagtail would carry covers them), so it gets a policy that
still confines everything to our origin but allows those. The pages a stranger
reaches without a login (sign-in, password reset, sign-out) have no inline
script or style: they get the reader's strictness (no 'unsafe-inline'), the
page an attacker's phishing or XSS would aim at (issue 22, item 11).
"""

from django.conf import settings

READER_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "media-src": "'self'",
    "font-src": "'self'",
    "connect-src": "'self'",
    "frame-src": "https:",  # embeds in a story body (video players)
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}
ADMIN_POLICY = {
    **READER_POLICY,
    "script-src": "'self' 'unsafe-inline'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data: blob:",
    "frame-src": "'self' https:",  # the page preview
    "frame-ancestors": "'self'",
}
# The admin's own framing and previews, without any inline script or style.
LOGIN_POLICY = {
    **ADMIN_POLICY,
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
}
LOGIN_PATHS = ("/admin/login/", "/admin/logout/", "/admin/password_reset/")
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)


def _header(policy):
    return "; ".join(f"{name} {value}" for name, value in policy.items())


READER_CSP = _header(READER_POLICY)
ADMIN_CSP = _header(ADMIN_POLICY)
LOGIN_CSP = _header(LOGIN_POLICY)


def policy_for(path):
    if path.startswith(LOGIN_PATHS):
        return LOGIN_CSP
    if path.startswith(("/admin/", "/django-admin/")):
        return ADMIN_CSP
    return READER_CSP


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", policy_for(request.path))
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        if settings.SECURE_REFERRER_POLICY is None:
            response.headers.setdefault("Referrer-Policy", "same-origin")
        return response
