"""Staying up when a backing service is not.

- The database gone: an Indonesian 503 page with ``Retry-After`` instead of a
  traceback; Django reconnects on the next request by itself once it is back.
- Redis gone or hanging: ``warta.operations.rediscache`` (short timeouts, a
  breaker, a stand-in cache in each process), so pages are rendered or served
  from the process rather than failing or waiting.
"""

import logging
import sys

from django.db import InterfaceError, OperationalError
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
