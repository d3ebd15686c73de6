"""Staying up when a backing service is not.

- The database gone: an Indonesian 503 page with ``Retry-After`` instead of a
  traceback; Django reconnects on the next request by itself once it is back.
- Redis gone or hanging: ``warta.operations.rediscache`` (short timeouts, a
  breaker, a stand-in cache in each process), so pages are rendered or served
  from the process rather than failing or waiting.
- A number too large for the database (``/liputan-langsung/99999999999999999999/``,
  ``?page=99999999999999999999``): SQLite raises OverflowError; no such row can
  exist, so that is a 404, wherever the number came from.
- A query the database refuses for its shape (an expression tree too deep,
  say) is no outage: a 500, not a false 503 and a "database unavailable" line
  that sends the operator looking.

Under ``/api/`` the 503 is JSON, as the rest of the API.
"""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpResponse, JsonResponse
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
        if isinstance(exception, OverflowError):
            log.info("number out of range in %s: %s", request.path[:200], exception)
            raise Http404("number out of range")
        if not isinstance(exception, DATABASE_DOWN) or database_answers(exception):
            return None
        log.error("database unavailable: %s", exception)
        return unavailable(request)


DATABASE_DOWN = (OperationalError, InterfaceError)


# SQLite's refusals of a query's shape: the database answered, it is not down.
QUERY_REFUSED = (
    "expression tree is too large",
    "too many sql variables",
    "too many terms",
    "parser stack overflow",
    "string or blob too big",
    "pattern too complex",
)


def database_answers(exception):
    """True when the error was the query's, not the database's."""
    message = str(exception).lower()
    return any(refusal in message for refusal in QUERY_REFUSED)


def unavailable(request=None):
    if request is not None and request.path.startswith("/api/"):
        response = JsonResponse(
            {"detail": "Layanan sedang tidak tersedia. Coba lagi sebentar lagi."},
            status=503,
        )
    else:
        response = HttpResponse(
            render_to_string("503.html"), status=503, content_type="text/html"
        )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request):
    """handler500: a database outage raised outside a view is still a 503."""
    error = sys.exc_info()[1]
    if isinstance(error, DATABASE_DOWN) and not database_answers(error):
        return unavailable(request)
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Terjadi kesalahan di server."}, status=500)
    return HttpResponse(render_to_string("500.html"), status=500)
