"""Page-cache hits answered before Django's handler: a WSGI layer around the app.

Through Django a hit still walks the whole handler: the request signals, every
middleware in front of the page cache, a fresh response object passed back
out (about 5,800 requests/s against nginx's 109,000 for the same bytes).
``FastPath`` wraps the WSGI application (``warta.wsgi``) and answers a hit for
an anonymous reader's GET or HEAD itself, with the page cache's own
``respond`` (status, stored headers, gzip, ETag and 304, Cache-Control, Vary,
``X-Page-Cache: hit``).

The headers Django adds in front of the page cache are not written here
again. Each middleware there (``settings.MIDDLEWARE`` before
``PageCacheMiddleware``) is declared in ``OUTER`` by what it does to a stored
page: ``HEADERS`` ones (Django's SecurityMiddleware, our CSP and
Permissions-Policy) are run, the real classes, on an empty response once per
scheme (HSTS is for HTTPS only; the admin's CSP never applies, as the admin is
never cached) and their headers added to each hit as they add them, where
the page does not have the header already; ``AROUND`` ones (the JSON request
log) run around every hit; ``PASSED_OVER`` ones do nothing to a stored page. A
middleware not declared turns the fast path off (Django answers everything)
until it is, so a new one cannot be skipped by mistake.

An answer, once built, is kept (``ANSWERS_KEPT`` per process) and sent again
for the same stored entry and the same request shape: the entry's key and
ETag, the Accept-Encoding and If-None-Match headers ``finish`` reads, and the
scheme. Every hit still reads the page's key and its entry from the cache, so
an invalidation or an expiry is seen at once.

Anything else is Django's to answer, untouched: a POST (the view-count
beacon), a session cookie, a skipped prefix, a host not in ALLOWED_HOSTS
(Django answers 400), plain HTTP when HTTPS is enforced (Django redirects),
WordPress's ``/?p=N`` (its middleware may redirect), the page cache switched
off, a page not stored, or a failure here.
"""

import logging

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpResponse
from django.utils.log import log_response
from django.utils.module_loading import import_string

from warta.delivery import middleware as page_cache

log = logging.getLogger("warta.delivery")
PAGE_CACHE = "warta.delivery.middleware.PageCacheMiddleware"
HEADERS, AROUND, PASSED_OVER = "headers", "around", "passed over"
ANSWERS_KEPT = 256  # hits ready to send again, per process (then started afresh)
# What each middleware in front of the page cache does to a stored page.
OUTER = {
    "django.middleware.security.SecurityMiddleware": HEADERS,
    "warta.operations.security.SecurityHeadersMiddleware": HEADERS,
    "warta.operations.requestlog.RequestLogMiddleware": AROUND,
    # Serves /static/, which is never cached.
    "whitenoise.middleware.WhiteNoiseMiddleware": PASSED_OVER,
    # Turns a view's database error into a 503; a hit runs no view.
    "warta.operations.faults.DatabaseUnavailableMiddleware": PASSED_OVER,
    # Refuses unknown hosts (answerable checks too), methods other than GET,
    # HEAD, POST and OPTIONS, and absurdly deep paths; a stored page is none.
    "warta.operations.requestshape.RequestShapeMiddleware": PASSED_OVER,
    # Redirects /?p=N only, which goes to Django (see answerable).
    "warta.importers.middleware.WordPressShortLinkMiddleware": PASSED_OVER,
}


class Miss(Exception):
    """Not answered here: Django answers (nothing was sent or logged)."""


class FastPath:
    """The WSGI application, with page-cache hits answered in front of it."""

    def __init__(self, application, middleware):
        self.application = application
        self.outer = outer(middleware)
        self.handle = self.hit
        self.answers = {}  # shape of a hit: (status and headers stored, response)
        if self.outer is not None:
            self.headers = Headers(self.outer[HEADERS])
            for name in reversed(self.outer[AROUND]):
                self.handle = import_string(name)(self.handle)

    def __call__(self, environ, start_response):
        method = environ.get("REQUEST_METHOD")
        if self.outer is None or method not in ("GET", "HEAD"):
            return self.application(environ, start_response)
        try:
            # A copy: the request rewrites PATH_INFO, which Django reads again.
            request = WSGIRequest(dict(environ))
            if not answerable(request):
                raise Miss
            response = self.handle(request)
        except Miss:
            return self.application(environ, start_response)
        except Exception:
            log.exception("page cache fast path failed; Django answers")
            return self.application(environ, start_response)
        return send(request, response, start_response)

    def hit(self, request):
        """The stored page as Django would answer it, or ``Miss``."""
        key, entry = page_cache.cached(request)
        if entry is None:
            raise Miss
        # What the answer depends on: the entry, the two request headers
        # ``finish`` reads, and the scheme (HSTS).
        meta = request.META
        shape = (
            key,
            entry[3],
            meta.get("HTTP_ACCEPT_ENCODING", ""),
            meta.get("HTTP_IF_NONE_MATCH", ""),
            request.is_secure(),
        )
        made = self.answers.get(shape)
        if made is not None and made[0] == entry[:2]:
            return made[1]
        response = page_cache.respond(request, entry, "hit")
        for name, value in self.headers.added(request):
            response.headers.setdefault(name, value)
        response.wsgi_start = (wsgi_status(response), wsgi_headers(response))
        if response.status_code < 400:  # Django logs each 404, once per response
            if len(self.answers) >= ANSWERS_KEPT:
                self.answers = {}
            self.answers[shape] = (entry[:2], response)
        return response


def outer(middleware):
    """The middlewares in front of the page cache by what they do (``OUTER``),
    in order; None (no fast path) without the page cache or with one not
    declared."""
    middleware = list(middleware)
    if PAGE_CACHE not in middleware:
        return None
    found = {HEADERS: [], AROUND: [], PASSED_OVER: []}
    for name in middleware[: middleware.index(PAGE_CACHE)]:
        if name not in OUTER:
            log.warning("no page cache fast path: %s is not in its OUTER", name)
            return None
        found[OUTER[name]].append(name)
    return found


class Headers:
    """The headers the ``HEADERS`` middlewares add to a page, found by running
    them on an empty response, once per scheme (HSTS is for HTTPS only)."""

    def __init__(self, names):
        self.chain = self.empty
        for name in reversed(names):
            self.chain = import_string(name)(self.chain)
        self.known = {}

    @staticmethod
    def empty(request):
        return HttpResponse()

    def added(self, request):
        secure = request.is_secure()
        if secure not in self.known:
            before = set(self.empty(request).headers)
            response = self.chain(request)
            if response.status_code != 200:  # a middleware answered itself
                raise Miss
            self.known[secure] = [
                (name, value) for name, value in response.items() if name not in before
            ]
        return self.known[secure]


def answerable(request):
    """Whether Django would hand this request, unchanged, to the page cache."""
    if not page_cache.enabled() or not page_cache.is_reader_request(request):
        return False
    if request.path == "/" and "p" in request.GET:  # WordPressShortLinkMiddleware
        return False
    if settings.SECURE_SSL_REDIRECT and not request.is_secure():
        return False  # SecurityMiddleware redirects it
    try:
        request.get_host()  # ALLOWED_HOSTS, as Django checks it
    except DisallowedHost:
        return False
    return True


def send(request, response, start_response):
    """Start the WSGI response as Django's WSGIHandler does."""
    if response.status_code >= 400:  # Django's handler logs these ("Not Found")
        log_response(
            "%s: %s",
            response.reason_phrase,
            request.path,
            response=response,
            request=request,
        )
    status, headers = getattr(response, "wsgi_start", None) or (
        wsgi_status(response),
        wsgi_headers(response),
    )
    start_response(status, headers)
    # The bytes, not the response: its close() would send request_finished,
    # and no request_started was sent (a hit opens no database connection).
    return [response.content]


def wsgi_status(response):
    return f"{response.status_code} {response.reason_phrase}"


def wsgi_headers(response):
    cookies = [("Set-Cookie", c.output(header="")) for c in response.cookies.values()]
    return [*response.items(), *cookies]
