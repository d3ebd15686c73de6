"""Requests no page answers, refused before anything looks at them.

- A Host that is not in ``ALLOWED_HOSTS``: 400, before the page cache (which
  would otherwise serve its copy to any name).
- TRACE, TRACK and CONNECT: 405. OPTIONS: an empty 204 with ``Allow``, not the
  page rendered as if it were a GET.
- A path of more than ``MAX_SEGMENTS`` segments: 404 (no page is that deep,
  and Wagtail's route lookup for one builds a query SQLite refuses).
"""

from django.http import Http404, HttpResponse, HttpResponseNotAllowed

MAX_SEGMENTS = 32
ALLOWED_METHODS = ("GET", "HEAD", "POST", "OPTIONS")
REFUSED_METHODS = {"TRACE", "TRACK", "CONNECT"}
ADMIN_PREFIXES = ("/admin/", "/django-admin/")


class RequestShapeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.get_host()  # DisallowedHost: Django answers 400
        method = request.method
        if method in REFUSED_METHODS:
            return not_allowed()
        if method == "OPTIONS" and not request.path.startswith(ADMIN_PREFIXES):
            response = HttpResponse(status=204)
            response["Allow"] = ", ".join(ALLOWED_METHODS)
            response["Cache-Control"] = "no-store"
            return response
        if request.path.count("/") > MAX_SEGMENTS + 1:
            raise Http404("too many path segments")
        return self.get_response(request)


def not_allowed():
    response = HttpResponseNotAllowed(ALLOWED_METHODS)
    response["Cache-Control"] = "no-store"
    return response
