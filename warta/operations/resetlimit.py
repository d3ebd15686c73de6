"""A cap on password-reset requests per client (issue 22, item 10).

Each POST to the admin's "Lupa kata sandi" form sends a mail to whoever owns
the address typed in: unlimited, it is a way to flood a colleague's inbox and
the mail provider's quota. ``WARTA_PASSWORD_RESET_LIMIT`` requests per client
per hour (the client as the other limits name it: its address through
``WARTA_TRUSTED_PROXIES``, in the shared "limits" store); past it a 429 with
an Indonesian message and ``Retry-After``. GETs of the form are not counted.
"""

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.html import escape
from django.utils.translation import gettext as _

from warta.popularity.clients import client_key

HOUR = 60 * 60
PATH = "/admin/password_reset/"


class PasswordResetLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method == "POST"
            and request.path == PATH
            and not allow_reset(request)
        ):
            return refused()
        return self.get_response(request)


def allow_reset(request):
    limit = int(settings.WARTA_PASSWORD_RESET_LIMIT)
    if limit <= 0:
        return True
    cache = caches["limits"]
    key = f"access:reset:{client_key(request)}"
    if cache.add(key, 1, HOUR):
        return True
    try:
        return cache.incr(key) <= limit
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, HOUR)
        return True


def refused():
    message = _(
        "Terlalu banyak permintaan atur ulang kata sandi dari alamat Anda. "
        "Coba lagi dalam satu jam."
    )
    html = (
        '<!doctype html><html lang="id"><meta charset="utf-8">'
        f"<title>{escape(message)}</title><p>{escape(message)}</p></html>"
    )
    response = HttpResponse(html, status=429, content_type="text/html")
    response["Retry-After"] = str(HOUR)
    response["Cache-Control"] = "no-store"
    return response
