"""Terpopuler: today's most read first, filled up from the week, live stories only."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from warta.articles.models import ArticlePage
from warta.multimedia.models import PhotoGalleryPage
from warta.popularity.models import StoryViewCount, floor_hour, record_view
from warta.popularity.queries import most_read

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 3, 10, 9, 30, tzinfo=datetime.UTC)


def read(page, count, hours_ago):
    StoryViewCount.objects.create(
        page=page,
        hour=floor_hour(NOW - datetime.timedelta(hours=hours_ago)),
        count=count,
    )


def test_orders_by_views_in_the_last_24_hours(articles):
    a, b, c = articles[:3]
    read(a, 10, hours_ago=1)
    read(b, 15, hours_ago=2)
    read(b, 5, hours_ago=20)
    read(c, 5, hours_ago=3)
    read(c, 500, hours_ago=30)  # yesterday's hit does not beat today's
    assert most_read(limit=3, now=NOW) == [b, a, c]


def test_fills_up_from_the_last_seven_days(articles):
    a, b, c, d, e = articles[:5]
    read(a, 3, hours_ago=1)
    read(b, 1, hours_ago=23)
    read(c, 100, hours_ago=25)
    read(d, 50, hours_ago=6 * 24)
    read(e, 1000, hours_ago=8 * 24)  # older than a week: gone
    assert most_read(limit=5, now=NOW) == [a, b, c, d]
    assert most_read(limit=3, now=NOW) == [a, b, c]


def test_views_after_now_do_not_count(articles):
    a, b = articles[:2]
    read(a, 2, hours_ago=1)
    read(b, 99, hours_ago=-3)
    assert most_read(now=NOW) == [a]


def test_nothing_read_is_an_empty_list(no_views):
    assert most_read(now=NOW) == []
    assert most_read(limit=0) == []


def test_unpublished_and_private_articles_are_never_listed(articles):
    a, b, c = articles[:3]
    for page, views in ((a, 90), (b, 80), (c, 1)):
        read(page, views, hours_ago=1)
    a.unpublish()
    PageViewRestriction.objects.create(
        page=b, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert most_read(limit=3, now=NOW) == [c]


def test_lists_articles_only_though_every_story_type_is_counted(articles):
    gallery = PhotoGalleryPage.objects.live().first()
    read(gallery, 1000, hours_ago=1)
    read(articles[0], 1, hours_ago=1)
    assert most_read(now=NOW) == [articles[0]]


def test_a_fixed_number_of_queries_for_cards(articles, django_assert_max_num_queries):
    for n, page in enumerate(articles):
        read(page, n + 1, hours_ago=n)
    with django_assert_max_num_queries(6):
        listed = most_read(limit=5, now=NOW)
        cards = [(a.title, a.lead_image, a.url) for a in listed]  # what a card shows
    assert len(cards) == 5
    assert listed == list(reversed(articles[1:]))


def test_record_view_adds_to_the_hours_counter(article):
    record_view(article.pk, when=NOW)
    record_view(article.pk, when=NOW + datetime.timedelta(minutes=20))
    record_view(article.pk, when=NOW + datetime.timedelta(hours=1))
    counts = StoryViewCount.objects.filter(page=article).order_by("hour")
    assert [(c.hour, c.count) for c in counts] == [
        (datetime.datetime(2026, 3, 10, 9, tzinfo=datetime.UTC), 2),
        (datetime.datetime(2026, 3, 10, 10, tzinfo=datetime.UTC), 1),
    ]


def test_record_view_defaults_to_now(article):
    record_view(article.pk)
    assert StoryViewCount.objects.get(page=article).hour == floor_hour(timezone.now())


def test_the_front_shows_terpopuler_and_drops_a_story_unpublished_since(
    client, articles
):
    # Older stories: the newest are in Terkini, and the front shows none twice.
    articles = list(ArticlePage.objects.listed().reverse()[:5])
    now = timezone.now()
    for rank, page in enumerate(articles):
        StoryViewCount.objects.create(page=page, hour=floor_hour(now), count=50 - rank)
    top = articles[0]

    def terpopuler():
        html = client.get("/").content.decode()
        return html.split('id="terpopuler"', 1)[1].split("</ol>", 1)[0]

    assert top.title in terpopuler()  # the ranking is now cached for a minute
    top.unpublish()
    listed = terpopuler()
    assert top.title not in listed
    assert articles[1].title in listed
