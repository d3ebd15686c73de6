"""django-axes glue: the client's address and the Indonesian lockout page."""

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string

from warta.popularity.clients import client_ip as _client_ip


def client_ip(request):
    """The client's address for axes, trusting X-Forwarded-For only from our proxies.

    Same rule as the reader counts (``WARTA_TRUSTED_PROXIES``), so a client
    cannot dodge the lockout by writing its own X-Forwarded-For.
    """
    address = _client_ip(request)
    return str(address) if address is not None else None


def cooloff_seconds():
    cooloff = settings.AXES_COOLOFF_TIME
    return int(cooloff.total_seconds()) if cooloff else None


def lockout_response(request, original_response=None, credentials=None):
    """429 with Retry-After: too many failed logins from this account or client."""
    seconds = cooloff_seconds()
    html = render_to_string(
        "access/lockout.html",
        {"minutes": (seconds + 59) // 60 if seconds else None},
        request=request,
    )
    response = HttpResponse(html, status=429, content_type="text/html")
    if seconds:
        response["Retry-After"] = str(seconds)
    response["Cache-Control"] = "no-store"
    return response
