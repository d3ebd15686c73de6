from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.core.cache.backends import base, locmem


@pytest.fixture
def page_cache(settings):
    """The page cache on (the test settings keep it off) and empty."""
    settings.WARTA_PAGE_CACHE = True
    settings.WARTA_PAGE_CACHE_SECONDS = 3600
    cache.clear()
    yield
    cache.clear()


class Clock:
    """The time the local-memory cache sees, moved on by hand."""

    def __init__(self):
        self.now = base.time.time()

    def time(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


LOCAL_CACHE = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}


@pytest.fixture
def clock(monkeypatch, settings):
    """Entries expire when the test says so: ``clock.advance(seconds)``. Only the
    cache's clock moves (sessions, signed forms and logs keep real time), so
    the cache is the local-memory one here, also where Redis is configured."""
    settings.CACHES = {**settings.CACHES, "default": LOCAL_CACHE}
    clock = Clock()
    fake = SimpleNamespace(time=clock.time)
    monkeypatch.setattr(base, "time", fake)
    monkeypatch.setattr(locmem, "time", fake)
    cache.clear()
    yield clock
    cache.clear()
