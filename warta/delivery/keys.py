"""Cache keys: a page's path, the query that changes it, its surfaces' generations.

A *surface* is what one publish can change: a page's own path (with all its
``?page=N`` variants), or a group such as the sitemaps. Each surface has a
generation token in the cache; a page's key contains the tokens of its surface
and of the global surface ``*`` (navigation, which every page shows). Bumping a
token makes every key built from the old one unreachable at once, so ``?page=7``
of a section or ``/cari/?q=…`` need not be listed to be invalidated; the old
entries simply expire. That is why generations were chosen over deleting keys.
"""

import hashlib
import re
import time
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches

from warta.delivery.memo import current

# Query parameters that change a reader page: pagination (sitemaps use ``p``)
# and search's query, section, dates and order; a long story's part
# (``halaman``) and the Indeks date picker's ``tanggal``. Everything else
# (utm_*, fbclid, cache busters) is dropped from the key. A view that reads a
# new parameter must be added here, or every value of it gets the first one's page.
PAGE_PARAMS = (
    "page",
    "p",
    "q",
    "rubrik",
    "dari",
    "sampai",
    "urut",
    "halaman",
    "tanggal",
)
GLOBAL = "*"
FEED_SUFFIX = re.compile(r"(?:rss|atom)/(?:lengkap/)?$")
SITEMAP_PATHS = ("/sitemap", "/news-sitemap", "/robots.txt")


def store():
    """Where reader pages are kept (``warta.delivery.kept.PAGES``)."""
    return caches["default"]


def token_store():
    """Where the generation tokens are: a store every process shares (Redis,
    or files in ``WARTA_DATA`` with the local-memory default), so a publish in
    one process (an editor's request, ``warta shell``, the scheduler) reaches
    what every other process keeps."""
    return caches["generations"]


def normalised_query(query_string):
    """The parameters that matter, sorted, so equivalent URLs share a key."""
    pairs = parse_qsl(query_string, keep_blank_values=True)
    kept = sorted((k, v) for k, v in pairs if k in PAGE_PARAMS)
    return urlencode(kept)


def surface(path):
    """The surface a path belongs to: feeds share their page's, sitemaps are one."""
    if path.startswith(SITEMAP_PATHS):
        return "sitemaps"
    if path.startswith("/cari/"):
        return "/cari/"
    if path.startswith("/indeks/"):  # every day's Indeks: any publish may change it
        return "/indeks/"
    match = FEED_SUFFIX.search(path)
    return path[: match.start()] if match else path


def _generation_key(name):
    return "pagecache:gen:" + hashlib.sha1(name.encode()).hexdigest()


def generations(names):
    """The current token of each surface.

    Only a bump (``bump``: a publish, an edit, a deletion...) stores a token,
    with a TTL (``token_seconds``). A surface without one shares the *base*
    token, one key made once with a time-based value: reading a page, a
    missing one (a 404) included, stores nothing, so a client asking for a
    million random paths adds no key. Falling back to the base never brings
    an old entry back: a surface's token outlives everything kept under the
    base before its bump (the TTL is longer than any kept value, and a token
    read on every request is more recently used than those entries when
    Redis evicts); a lost base is made again with a new value, which only
    invalidates. Within a reader request each token is read once (a render
    asks for the archive token several times: route, plan, related stories,
    counts).
    """
    memo = current()
    read = memo.setdefault("generations", {}) if memo is not None else {}
    unread = [name for name in names if name not in read]
    if unread:
        read.update(_read_tokens(unread))
    return {name: read[name] for name in names}


BASE_KEY = "pagecache:gen:base"
TOKEN_SECONDS = 7 * 24 * 60 * 60


def token_seconds():
    """How long a bumped token lives: a week, and always well past the page
    cache's own seconds (what is kept under the archive lives an hour)."""
    return max(TOKEN_SECONDS, 2 * settings.WARTA_PAGE_CACHE_SECONDS)


def _read_tokens(names):
    cache = token_store()
    keys = {name: _generation_key(name) for name in names}
    found = cache.get_many([*keys.values(), BASE_KEY])
    base = found.get(BASE_KEY)
    if base is None:  # a new store, or the base was lost: a fresh one
        cache.add(BASE_KEY, time.time_ns(), None)
        base = cache.get(BASE_KEY) or 0
    return {name: found.get(key, base) for name, key in keys.items()}


def bump(names):
    """New tokens for these surfaces: their cached pages are no longer reachable."""
    token = time.time_ns()
    token_store().set_many(
        {_generation_key(name): token for name in names}, token_seconds()
    )


def archive_token():
    """A token that changes whenever any story is published, unpublished,
    moved or deleted, or the home page or a section changes: the home page's
    generations (every story change touches the home page). Results computed
    from the archive as a whole (the front's plan, related stories) can be
    kept under it and are never out of date."""
    tokens = generations([GLOBAL, "/"])
    return f"{tokens[GLOBAL]}:{tokens['/']}"
