"""The reader's side of web push: the key, subscribing, leaving, the worker.

Story pages are cached for everyone, so they carry no CSRF token; the
subscribe and unsubscribe endpoints instead take only JSON POSTs a browser
sent from one of our own pages (``Sec-Fetch-Site: same-origin`` when the
browser says, and always an ``Origin`` of ours). A page elsewhere cannot send
JSON here without a preflight we never answer, nor make one of our readers'
browsers subscribe: a subscription needs the reader's permission in their
browser and keys only it holds. A client gets ``WARTA_PUSH_SUBSCRIBE_LIMIT``
requests an hour. Every refusal is a JSON 4xx with a reason.
"""

import functools
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse, JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from warta.delivery.limits import spend
from warta.popularity.clients import client_key
from warta.push import subscribing, vapid
from warta.push.subscribing import Refused

WORKER = "push/sw.js"
WORKER_SECONDS = 300  # a changed worker reaches readers within minutes
KEY_SECONDS = 3600


def refusal(status, code, detail):
    response = JsonResponse({"ok": False, "error": code, "detail": detail})
    response.status_code = status
    response["Cache-Control"] = "no-store"
    return response


def origin_of(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def same_origin(request):
    """Whether the browser says the request came from a page of ours."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None and fetch_site != "same-origin":
        return False
    origin = request.headers.get("Origin", "")
    ours = {
        f"{request.scheme}://{request.get_host()}",
        origin_of(settings.WARTA_BASE_URL),
        *settings.CSRF_TRUSTED_ORIGINS,
    }
    return origin in ours


def _allowed(request):
    limit = int(getattr(settings, "WARTA_PUSH_SUBSCRIBE_LIMIT", 30))
    return spend(f"push:subscribe:{client_key(request)}", limit, 3600)


def endpoint(handle):
    """A JSON POST endpoint: origin, rate limit and body checked first."""

    @csrf_exempt
    @functools.wraps(handle)
    def view(request):
        if request.method != "POST":
            response = refusal(405, "method", _("Hanya POST."))
            response["Allow"] = "POST"
            return response
        if not same_origin(request):
            return refusal(403, "origin", _("Permintaan harus dari situs ini."))
        if not _allowed(request):
            detail = _("Terlalu banyak permintaan. Coba lagi nanti.")
            return refusal(429, "rate", detail)
        try:
            answer, status = handle(subscribing.read_json(request))
        except Refused as refused:
            return refusal(refused.status, refused.code, refused.detail)
        response = JsonResponse({"ok": True, **answer}, status=status)
        response["Cache-Control"] = "no-store"
        return response

    return view


@endpoint
def subscribe(data):
    subscription = subscribing.subscribe(data)
    return {"topics": subscription.topic_list}, 201


@endpoint
def unsubscribe(data):
    return {"topics": subscribing.unsubscribe(data)}, 200


@require_safe
def key(request):
    """The public key and the addresses push.js needs (the same for all)."""
    response = JsonResponse(
        {
            "key": vapid.public_key(),
            "subscribe": reverse("push:subscribe"),
            "unsubscribe": reverse("push:unsubscribe"),
            "worker": reverse("push:worker"),
        }
    )
    response["Cache-Control"] = f"public, max-age={KEY_SECONDS}"
    return response


@functools.cache
def worker_source():
    found = finders.find(WORKER)
    if not found:
        raise Http404
    return Path(found).read_bytes()


@require_safe
def service_worker(request):
    """The service worker from the site's root (a worker controls only the
    paths below its own address), read from the app's static file."""
    response = HttpResponse(
        worker_source(), content_type="text/javascript; charset=utf-8"
    )
    response["Service-Worker-Allowed"] = "/"
    response["Cache-Control"] = f"public, max-age={WORKER_SECONDS}"
    return response
