"""Pruning old counters, seeding the demo's week, and the tags story pages carry."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.template import Context, Template

from warta.popularity.demo import seed_demo_views
from warta.popularity.models import StoryViewCount, floor_hour
from warta.popularity.queries import most_read

pytestmark = pytest.mark.django_db

# The demo paper is published relative to when it was loaded.
NOW = datetime.datetime.now(datetime.UTC)


def test_prune_views_deletes_counters_older_than_the_retention(articles):
    for days in (1, 29, 31, 400):
        StoryViewCount.objects.create(
            page=articles[0],
            hour=floor_hour(NOW) - datetime.timedelta(days=days),
            count=1,
        )
    out = io.StringIO()
    call_command("prune_views", stdout=out)
    assert "Deleted 2 " in out.getvalue()
    assert StoryViewCount.objects.count() == 2
    call_command("prune_views", "--days", "7", stdout=out)
    assert StoryViewCount.objects.count() == 1


def test_prune_views_refuses_to_cut_into_the_week(no_views):
    with pytest.raises(CommandError, match="7 or more"):
        call_command("prune_views", "--days", "3")


def snapshot():
    return sorted(StoryViewCount.objects.values_list("page_id", "hour", "count"))


def test_demo_views_fill_terpopuler_deterministically_and_once(no_views):
    created = seed_demo_views(now=NOW)
    assert created > 100
    first = snapshot()
    assert seed_demo_views(now=NOW) == 0  # a second run adds nothing
    assert snapshot() == first
    StoryViewCount.objects.all().delete()
    seed_demo_views(now=NOW)
    assert snapshot() == first
    assert len(most_read(limit=5, now=NOW)) == 5


def test_demo_views_are_plausible(no_views):
    seed_demo_views(now=NOW)
    week_ago = floor_hour(NOW) - datetime.timedelta(days=7)
    rows = StoryViewCount.objects.select_related("page")
    assert all(week_ago < row.hour <= NOW for row in rows)
    assert all(row.hour >= floor_hour(row.page.first_published_at) for row in rows)
    assert all(0 < row.count < 1000 for row in rows)


def test_demo_views_leave_real_counts_alone(article):
    StoryViewCount.objects.create(page=article, hour=floor_hour(NOW), count=3)
    assert seed_demo_views(now=NOW) == 0
    assert snapshot() == [(article.pk, floor_hour(NOW), 3)]


def test_tags_give_the_beacon_url_and_the_noscript_pixel(article):
    html = Template(
        "{% load popularity %}{% view_url page as url %}"
        "<article data-view-url='{{ url }}'>{% view_pixel page %}</article>"
    ).render(Context({"page": article}))
    url = f"/v/{article.pk}/"
    assert f"data-view-url='{url}'" in html
    assert f'<noscript><img class="view-pixel" src="{url}" alt=""' in html
