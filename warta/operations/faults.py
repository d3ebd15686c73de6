"""Staying up when a backing service is not.

- The database gone: an Indonesian 503 page with ``Retry-After`` instead of a
  traceback; Django reconnects on the next request by itself once it is back.
- Redis gone: ``ResilientRedisCache`` treats every cache call as a miss and logs
  it, so pages are rendered (slower) rather than failing.
"""

import functools
import logging
import sys

from django.core.cache.backends.redis import RedisCache
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string

log = logging.getLogger("warta.faults")
RETRY_AFTER_SECONDS = 30


class DatabaseUnavailableMiddleware:
    """Answer 503 (not 500) when the database cannot be reached."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, DATABASE_DOWN):
            return None
        log.error("database unavailable: %s", exception)
        return unavailable()


DATABASE_DOWN = (OperationalError, InterfaceError)


def unavailable():
    response = HttpResponse(
        render_to_string("503.html"), status=503, content_type="text/html"
    )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request):
    """handler500: a database outage raised outside a view is still a 503."""
    if isinstance(sys.exc_info()[1], DATABASE_DOWN):
        return unavailable()
    return HttpResponse(render_to_string("500.html"), status=500)


def _miss_on_error(default):
    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except Exception as error:  # redis.ConnectionError, TimeoutError, …
                if isinstance(error, DatabaseError):
                    raise
                log.warning("cache unavailable (%s): %s", method.__name__, error)
                return default(*args, **kwargs) if callable(default) else default

        return wrapper

    return decorate


def _default_get(key, default=None, *args, **kwargs):
    return default


class ResilientRedisCache(RedisCache):
    """Django's Redis cache, but an unreachable Redis is a cache miss, not a 500."""

    get = _miss_on_error(_default_get)(RedisCache.get)
    set = _miss_on_error(None)(RedisCache.set)
    add = _miss_on_error(False)(RedisCache.add)
    touch = _miss_on_error(False)(RedisCache.touch)
    delete = _miss_on_error(False)(RedisCache.delete)
    get_many = _miss_on_error(lambda *a, **k: {})(RedisCache.get_many)
    set_many = _miss_on_error(lambda *a, **k: [])(RedisCache.set_many)
    delete_many = _miss_on_error(None)(RedisCache.delete_many)
    has_key = _miss_on_error(False)(RedisCache.has_key)
    incr = _miss_on_error(None)(RedisCache.incr)
    clear = _miss_on_error(False)(RedisCache.clear)
