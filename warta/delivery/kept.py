"""Everything Warta keeps between requests, each declared on one line below.

A kept value has a name, a version (bump it when the value's shape changes),
the *parts* that identify it (a story's id, a digest of a URL) and what it
*depends on*: the generation tokens (``warta.delivery.keys``) of the surfaces
whose change makes it wrong. Its key is made of those and nothing else, so a
change to what it depends on makes the old value unreachable at once; nothing
is ever deleted, old entries expire. A new cache is one more line in the
table, never a new key scheme.

================  =========================================  =================
kept value        parts                                      depends on
================  =========================================  =================
``PAGES``         a reader page: path, the query that counts  its address
``ROUTES``        the pages on the way to a URL               the archive
``VIEWS``         a story's page object (credits, topics...)  its address
``HOMES``         the site's home page object                 the archive
``RESTRICTIONS``  every view restriction with its page path    everything
``COUNTS``        the length of a list of stories             the archive
``SEARCHES``      a search backend's answer                   the archive
``FRONTS``        the front page's plan (slots, cards)        the archive
``RELATED``       a story's related stories                   the archive
``SUGGESTIONS``   the newest and most-read cards (a rail...)  the archive
``CARDS``         a story card's markup (its facts say all)   nothing
``RANKINGS``      the front's most-read ranking               the archive (a
                                                             minute at most)
``CHROME``        identity and info pages, their generation   nothing
================  =========================================  =================

*The archive* is the home page's generations (``keys.archive_token``), which
every publish, unpublish, move or deletion of any story, any change of the
home page or a section, and any view restriction changes. *Its address* is the
global generation and the page's own surface: what its own events bump
(``warta.delivery.events``). *Everything* is the global generation alone.

Two more things are kept per process, not in the cache: the request memo
(``warta.delivery.memo``: facts read once per reader request) and the site of
a host (``warta.delivery.sites``).
"""

import hashlib

from django.conf import settings
from django.core.cache import caches

from warta.delivery import keys

HOUR = 60 * 60
DAY = 24 * HOUR

ARCHIVE = "archive"
ADDRESS = "address"
EVERYTHING = "everything"
NOTHING = "nothing"


def page_cache_seconds():
    return settings.WARTA_PAGE_CACHE_SECONDS


class Kept:
    """A kind of value kept in the cache; see the table above."""

    def __init__(self, name, *, depends, seconds, version=1, alias="default"):
        self.name = name
        self.depends = depends
        self.seconds = seconds
        self.version = version
        self.alias = alias

    def __repr__(self):
        return f"<Kept {self.name} v{self.version} on {self.depends}>"

    @property
    def cache(self):
        return caches[self.alias]

    def timeout(self):
        return self.seconds() if callable(self.seconds) else self.seconds

    def key(self, *parts, path=None):
        """The key of the value identified by ``parts``; ``path`` is the page
        address for values that depend on one."""
        facts = (parts, self.tokens(path))
        digest = hashlib.blake2b(repr(facts).encode(), digest_size=16).hexdigest()
        return f"{self.name}:v{self.version}:{digest}"

    def tokens(self, path):
        if self.depends == ARCHIVE:
            return keys.archive_token()
        if self.depends == EVERYTHING:
            return keys.generations([keys.GLOBAL])[keys.GLOBAL]
        if self.depends == ADDRESS:
            if path is None:
                raise ValueError(f"{self.name} depends on a page's address")
            surface = keys.surface(path)
            tokens = keys.generations([keys.GLOBAL, surface])
            return tokens[keys.GLOBAL], tokens[surface]
        return None

    def get_or_set(self, compute, *parts, path=None):
        """The kept value, or ``compute()`` kept for next time."""
        return self.cache.get_or_set(
            self.key(*parts, path=path), compute, self.timeout()
        )

    def get(self, *parts, path=None):
        return self.cache.get(self.key(*parts, path=path))

    def set(self, value, *parts, path=None):
        self.cache.set(self.key(*parts, path=path), value, self.timeout())

    def get_many(self, keyed):
        """``{label: value}`` for ``{label: key}``, in one lookup."""
        found = self.cache.get_many(list(keyed.values()))
        return {label: found[key] for label, key in keyed.items() if key in found}


def digest(text):
    """A short digest for a part that may be long (a SQL query, a URL list)."""
    return hashlib.blake2b(str(text).encode(), digest_size=16).hexdigest()


PAGES = Kept("page", depends=ADDRESS, seconds=page_cache_seconds, version=3)
ROUTES = Kept("route", depends=ARCHIVE, seconds=HOUR, version=2)
VIEWS = Kept("view", depends=ADDRESS, seconds=page_cache_seconds, version=3)
HOMES = Kept("home", depends=ARCHIVE, seconds=HOUR, version=2)
RESTRICTIONS = Kept(
    "restrictions", depends=EVERYTHING, seconds=page_cache_seconds, version=2
)
COUNTS = Kept("count", depends=ARCHIVE, seconds=HOUR, version=2)
SEARCHES = Kept("search", depends=ARCHIVE, seconds=10 * 60, version=2)
FRONTS = Kept("front", depends=ARCHIVE, seconds=HOUR, version=4)
RELATED = Kept("related", depends=ARCHIVE, seconds=HOUR, version=2)
SUGGESTIONS = Kept("suggestions", depends=ARCHIVE, seconds=HOUR, version=1)
CARDS = Kept("card", depends=NOTHING, seconds=DAY, version=2)
RANKINGS = Kept("ranking", depends=ARCHIVE, seconds=60, version=2)
CHROME = Kept("chrome", depends=NOTHING, seconds=HOUR, version=1)


def page_key(path, query_string):
    """The key of a reader page: its path, the query parameters that change
    it and its address's generations."""
    return PAGES.key(path, keys.normalised_query(query_string), path=path)
