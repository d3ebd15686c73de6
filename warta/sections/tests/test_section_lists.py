"""A section's list: newest first on every page, counts that follow publishing.

The first pages are read by walking the date index, deeper ones by sorting
the section's range (``WALK_LIMIT``); both must give one unbroken order.
"""

import re

import pytest
from django.test import RequestFactory
from django.utils.html import escape

from warta.articles.models import ArticlePage
from warta.core import cards, listing
from warta.core.pagination import StoryPaginator
from warta.sections.models import stories_under

pytestmark = pytest.mark.django_db


def busiest_section(home):
    return max(home.sections(), key=lambda s: stories_under(s).count())


def titles_on(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', html)


def test_pages_walked_by_date_and_sorted_pages_join_up(client, home, monkeypatch):
    section = busiest_section(home)
    expected = [page.title for page in stories_under(section).specific()]
    assert len(expected) > 6
    monkeypatch.setattr(listing, "WALK_LIMIT", 3)  # page 1 walked, later sorted
    monkeypatch.setattr("warta.core.pagination.PER_PAGE", 3)
    monkeypatch.setattr(cards, "PER_PAGE", 3)  # the section's list reads this one
    shown = []
    for number in range(1, 4):
        shown += titles_on(client, f"{section.url}?page={number}")
    assert shown == [str(escape(title)) for title in expected[:9]]


def test_the_count_follows_a_publish_at_once(home):
    section = busiest_section(home)
    before = StoryPaginator(stories_under(section), 20).count
    assert StoryPaginator(stories_under(section), 20).count == before  # kept
    story = ArticlePage(title="Satu lagi di rubrik ini", slug="satu-lagi")
    section.add_child(instance=story)
    story.save_revision().publish()
    assert StoryPaginator(stories_under(section), 20).count == before + 1


def test_a_list_of_a_quiet_section_is_read_the_same_way(home):
    request = RequestFactory().get("/", {"page": "1"})
    for section in home.sections():
        page = cards.paginated_cards(
            request,
            stories_under(section),
            newest=stories_under(section, by_date=True),
        )
        expected = list(stories_under(section).values_list("pk", flat=True)[:20])
        assert [ref.pk for ref in page.object_list] == expected
