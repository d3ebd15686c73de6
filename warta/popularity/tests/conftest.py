"""Fixtures for counting views: a clean cache, no counters, a reader's browser."""

import pytest
from django.core.cache import cache
from django.db.models import Sum

from warta.articles.models import ArticlePage
from warta.popularity.models import StoryViewCount

BROWSER = (
    "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36"
)


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def no_views(db):
    """No counters at all, whatever the demo loader seeded."""
    StoryViewCount.objects.all().delete()


@pytest.fixture
def articles(no_views):
    return list(ArticlePage.objects.listed()[:6])


@pytest.fixture
def article(articles):
    return articles[0]


def views_of(page):
    total = StoryViewCount.objects.filter(page=page).aggregate(n=Sum("count"))["n"]
    return total or 0


@pytest.fixture
def beacon(client):
    """POST a view as a browser; headers are overridable as META keys."""

    def send(page_or_id, ip="203.0.113.10", agent=BROWSER, method="post", **meta):
        page_id = getattr(page_or_id, "pk", page_or_id)
        return getattr(client, method)(
            f"/v/{page_id}/", REMOTE_ADDR=ip, HTTP_USER_AGENT=agent, **meta
        )

    return send
