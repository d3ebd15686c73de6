"""Reach fixtures: people by role, a reader's browser, and a link to follow."""

import pytest
from django.core.cache import cache
from django.test import Client

from warta.newsroom import roles
from warta.newsroom.tests.conftest import desks, make_draft, make_staff  # noqa: F401
from warta.reach.links import tracked_url

PHONE = (
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36"
)


@pytest.fixture
def reader(client):
    """An anonymous reader's phone: a browser's user agent, no cookies."""
    client.defaults["HTTP_USER_AGENT"] = PHONE
    return client


def path_of(url):
    return url.removeprefix("http://testserver").removeprefix("http://127.0.0.1:8000")


@pytest.fixture
def link(settings, wire_article):
    """``link(channel="nawala", campaign="", page=wire_article)``: the path of
    a tracked link, ready for the test client."""
    settings.WARTA_BASE_URL = "https://warta.example"

    def link(channel="nawala", campaign="", page=wire_article):
        return tracked_url(page, channel, campaign).removeprefix(
            settings.WARTA_BASE_URL
        )

    return link


def logged_in(user):
    """A browser of its own, so a test's reader stays anonymous beside it."""
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor_client(make_staff):  # noqa: F811
    """A Redaktur on the Nasional desk."""
    return logged_in(make_staff(roles.EDITOR))


@pytest.fixture
def writer_client(make_staff):  # noqa: F811
    """A Penulis on the Nasional desk: adds drafts, edits no live story."""
    return logged_in(make_staff(roles.WRITER))


@pytest.fixture
def page_cache(settings):
    settings.WARTA_PAGE_CACHE = True
    settings.WARTA_PAGE_CACHE_SECONDS = 3600
    cache.clear()
    yield
    cache.clear()
