import pytest
from django.core.cache import cache


@pytest.fixture
def page_cache(settings):
    """The page cache on (the test settings keep it off) and empty."""
    settings.WARTA_PAGE_CACHE = True
    settings.WARTA_PAGE_CACHE_SECONDS = 3600
    cache.clear()
    yield
    cache.clear()
