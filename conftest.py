"""The site fixture: the demo newspaper, loaded once into the test database."""

import contextlib

import pytest


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from warta.demo.loader import DemoLoader

    with django_db_blocker.unblock():
        DemoLoader().load()


@pytest.fixture
def home(db):
    from warta.sections.models import HomePage

    return HomePage.objects.get()


@pytest.fixture
def wire_article(db):
    """A published wire story with a lead photo: the reference page's shape."""
    from warta.articles.models import ArticlePage

    return (
        ArticlePage.objects.live()
        .filter(agency__code="Ant", writer_links=None)
        .exclude(lead_image=None)
        .exclude(dateline="")
        .first()
    )


@pytest.fixture(autouse=True)
def _forget_kept_state():
    """A test's database changes are rolled back, but what is kept about them
    under the archive token (counts, the front's plan, related stories) and
    per process (sites) is not: a new token and no sites between tests. (Not
    ``cache.clear()``: renditions would then be made again for every test.)"""
    yield
    from warta.delivery import keys, sites

    sites._known.clear()
    # Rate limits and seen-marks live in a store every process shares
    # (warta.delivery.counters), not in the cache tests clear.
    from django.core.cache import caches

    with contextlib.suppress(ConnectionError):
        caches["limits"].clear()
    # A test that took the cache down on purpose leaves nothing to forget.
    with contextlib.suppress(ConnectionError):
        keys.bump([keys.GLOBAL, "/"])
