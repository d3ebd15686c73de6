"""Security headers on every response: the ones Django's own settings do not set.

Reader pages get a strict Content Security Policy: scripts only from our own
static files (no inline script at all, so no nonces are needed), no plugins, no
framing. The Wagtail admin ships inline scripts and styles, so it gets a policy
that still confines everything to our origin but allows those.
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
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)


def _header(policy):
    return "; ".join(f"{name} {value}" for name, value in policy.items())


READER_CSP = _header(READER_POLICY)
ADMIN_CSP = _header(ADMIN_POLICY)


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefixes = ("/admin/", "/django-admin/")

    def __call__(self, request):
        response = self.get_response(request)
        in_admin = request.path.startswith(self.admin_prefixes)
        response.headers.setdefault(
            "Content-Security-Policy", ADMIN_CSP if in_admin else READER_CSP
        )
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        if settings.SECURE_REFERRER_POLICY is None:
            response.headers.setdefault("Referrer-Policy", "same-origin")
        return response
