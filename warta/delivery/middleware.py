"""Serve reader pages from the cache; render each missing page once.

Each entry keeps the page gzipped too (compressed once, when it is stored), so
readers whose browsers accept gzip get about a quarter of the bytes at no cost
per request.

It sits inside ``SecurityHeadersMiddleware`` (so a cached page still gets the
security headers, which are never stored) and after WhiteNoise (static files
never reach it), before sessions, CSRF and authentication: a hit costs no
database query at all.
"""

import gzip
import hashlib
import time

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_vary_headers
from django.utils.http import parse_etags

from warta.delivery import kept, keys

SKIP_PREFIXES = (
    "/admin/",
    "/django-admin/",
    "/komentar/",
    "/v/",
    "/api/",
    "/readyz",
    "/healthz",
    "/documents/",
    "/static/",
    "/media/",
)
CACHEABLE_STATUS = {200: None, 404: 30}  # status: seconds (None: the default)
LOCK_SECONDS = 10
POLL_SECONDS = 0.02
STORED_HEADERS_SKIP = {"set-cookie", "vary", "content-length"}  # length: per encoding
GZIP_MIN_BYTES = 512  # smaller pages gain nothing from compression


# The WARTA_PAGE_CACHE* settings and their defaults: warta/settings/base.py.
def cache_seconds():
    return settings.WARTA_PAGE_CACHE_SECONDS


def cache_control():
    return settings.WARTA_PAGE_CACHE_CONTROL


def enabled():
    return settings.WARTA_PAGE_CACHE


def has_session(request):
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def is_reader_request(request):
    """An anonymous reader's GET or HEAD of a page the cache may answer."""
    return (
        request.method in ("GET", "HEAD")
        and not has_session(request)
        and not request.path.startswith(SKIP_PREFIXES)
    )


def cached(request):
    """The page's key and its stored entry (None when it is not stored)."""
    key = kept.page_key(request.path, request.META.get("QUERY_STRING", ""))
    entry = keys.store().get(key)
    return key, entry if isinstance(entry, tuple) else None


def respond(request, entry, state):
    """The response for a stored entry, marked as a cache hit or miss. The
    WSGI fast path (``warta.delivery.fastpath``) answers hits with it too."""
    response = finish(request, entry)
    response["X-Page-Cache"] = state
    return response


def finish(request, entry):
    """A response from an entry: Cache-Control, ETag, and 304 when it matches."""
    if not isinstance(entry, tuple):
        return entry
    status, headers, content, etag, gzipped = entry
    if gzipped and accepts_gzip(request):
        # Another representation: another validator (RFC 9110, 8.8.3).
        content, etag = gzipped, f'{etag[:-1]}-gz"'
    if status == 200 and etag in parse_etags(
        request.META.get("HTTP_IF_NONE_MATCH", "")
    ):
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        if content is gzipped:
            response["Content-Encoding"] = "gzip"
        response["Content-Length"] = len(content)
    response["ETag"] = etag
    response.headers.setdefault("Cache-Control", cache_control())
    if status == 404:
        response["Cache-Control"] = "public, max-age=30"
    patch_vary_headers(response, ("Accept-Encoding",))
    return response


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_reader_request(request):
            response = self.get_response(request)
            if has_session(request) and "Cache-Control" not in response:
                response["Cache-Control"] = "private"
            return response
        # A host not in ALLOWED_HOSTS: DisallowedHost, Django's 400, as a render
        # would answer (a hit used to answer any Host).
        request.get_host()
        if not enabled():
            # Nothing is stored: compress only for a client that takes gzip.
            return finish(request, self.render(request, accepts_gzip(request)))
        key, entry = cached(request)
        if entry is not None:
            return respond(request, entry, "hit")
        entry = self.render_once(request, key, keys.store())
        if not isinstance(entry, tuple):  # not cacheable: the response itself
            return entry
        return respond(request, entry, "miss")

    def render_once(self, request, key, cache):
        """Render on a miss; under load only the holder of a short lock renders,
        the others wait for its result (bounded) before rendering themselves."""
        lock = key + ":lock"
        if cache.add(lock, 1, LOCK_SECONDS):
            try:
                return self.render_and_store(request, key, cache)
            finally:
                cache.delete(lock)
        deadline = time.monotonic() + settings.WARTA_PAGE_CACHE_WAIT
        while time.monotonic() < deadline:
            time.sleep(POLL_SECONDS)
            entry = cache.get(key)
            if entry is not None:
                return entry
            if not cache.has_key(lock):
                # The renderer finished between our two reads (stored, then
                # let go), or gave up: one last look before rendering ourselves.
                entry = cache.get(key)
                if entry is not None:
                    return entry
                break
        return self.render_and_store(request, key, cache)

    def render_and_store(self, request, key, cache):
        entry = self.render(request)
        if isinstance(entry, tuple):
            seconds = CACHEABLE_STATUS[entry[0]] or cache_seconds()
            cache.set(key, entry, seconds)
        return entry

    def render(self, request, compress=True):
        """The view's response as a storable entry, or the response itself when
        it must not be cached (cookies, private, streaming, other statuses)."""
        response = self.get_response(request)
        if not self.storable(response):
            return response
        content = response.content
        headers = [
            (name, value)
            for name, value in response.items()
            if name.lower() not in STORED_HEADERS_SKIP
        ]
        digest = hashlib.md5(content, usedforsecurity=False).hexdigest()
        etag = f'"{digest}"'
        gzipped = None
        if (
            compress
            and len(content) >= GZIP_MIN_BYTES
            and not response.has_header("Content-Encoding")
        ):
            gzipped = gzip.compress(content, compresslevel=6, mtime=0)
        return (response.status_code, headers, content, etag, gzipped)

    @staticmethod
    def storable(response):
        if response.streaming or response.status_code not in CACHEABLE_STATUS:
            return False
        if response.cookies:
            return False
        control = response.get("Cache-Control", "").lower()
        return not any(word in control for word in ("private", "no-store", "no-cache"))

    finish = staticmethod(finish)  # the entry as a response, as before


def accepts_gzip(request):
    """Whether the client takes gzip (and did not refuse it with q=0)."""
    for part in request.META.get("HTTP_ACCEPT_ENCODING", "").lower().split(","):
        coding, _, params = part.strip().partition(";")
        if coding.strip() in ("gzip", "*"):
            quality = params.strip().removeprefix("q=").strip()
            return quality not in ("0", "0.0", "0.00", "0.000")
    return False
