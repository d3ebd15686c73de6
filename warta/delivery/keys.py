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

from django.core.cache import caches

from warta.delivery.memo import current

# Query parameters that change a reader page: pagination (sitemaps use ``p``)
# and search's query, section, dates and order. Everything else (utm_*, fbclid,
# cache busters) is dropped from the key. A view that reads a new parameter
# must be added here, or every value of it gets the first one's page.
PAGE_PARAMS = ("page", "p", "q", "rubrik", "dari", "sampai", "urut")
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
    match = FEED_SUFFIX.search(path)
    return path[: match.start()] if match else path


def _generation_key(name):
    return "pagecache:gen:" + hashlib.sha1(name.encode()).hexdigest()


def generations(names):
    """The current token of each surface, creating a fresh one where missing.

    A missing token (never set, or evicted) gets a new time-based value rather
    than a fixed default, so an eviction can never bring old entries back.
    Within a reader request each token is read once (a render asks for the
    archive token several times: route, plan, related stories, counts).
    """
    memo = current()
    read = memo.setdefault("generations", {}) if memo is not None else {}
    unread = [name for name in names if name not in read]
    if unread:
        read.update(_read_tokens(unread))
    return {name: read[name] for name in names}


def _read_tokens(names):
    cache = token_store()
    keys = {name: _generation_key(name) for name in names}
    found = cache.get_many(list(keys.values()))
    tokens = {}
    for name, key in keys.items():
        if key not in found:
            cache.add(key, time.time_ns(), None)
            found[key] = cache.get(key) or 0
        tokens[name] = found[key]
    return tokens


def bump(names):
    """New tokens for these surfaces: their cached pages are no longer reachable."""
    token = time.time_ns()
    token_store().set_many({_generation_key(name): token for name in names}, None)


def archive_token():
    """A token that changes whenever any story is published, unpublished,
    moved or deleted, or the home page or a section changes: the home page's
    generations (every story change touches the home page). Results computed
    from the archive as a whole (the front's plan, related stories) can be
    kept under it and are never out of date."""
    tokens = generations([GLOBAL, "/"])
    return f"{tokens[GLOBAL]}:{tokens['/']}"
