"""Operational endpoints for load balancers and monitors."""

import uuid

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache


@never_cache
def healthz(request):
    """The process is up and answering; nothing else is checked."""
    return HttpResponse("ok\n", content_type="text/plain")


@never_cache
def readyz(request):
    """The database and the cache answer: 200 when both do, 503 otherwise."""
    checks = {"database": _check_database(), "cache": _check_cache()}
    ready = all(result == "ok" for result in checks.values())
    return JsonResponse(checks, status=200 if ready else 503)


def _check_database():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # any driver error means not ready
        return f"error: {type(error).__name__}"
    return "ok"


def _check_cache():
    readiness = getattr(cache, "readiness", None)
    if readiness is not None:  # Redis: answers at once while it is known down
        return readiness()
    key, value = "warta:readyz", uuid.uuid4().hex
    try:
        cache.set(key, value, 10)
        if cache.get(key) != value:
            return "error: value not kept"
    except Exception as error:  # a cache server that is down
        return f"error: {type(error).__name__}"
    return "ok"
