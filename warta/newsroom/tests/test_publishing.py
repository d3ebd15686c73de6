"""The publish pipeline: what a publish sets in motion, in its stated order."""

from unittest import mock

import pytest

from warta.newsroom import publishing
from warta.newsroom.roles import WRITER
from warta.search.query import search

pytestmark = pytest.mark.django_db


@pytest.fixture
def order(settings):
    """The pipeline's observable steps, in the order they happened."""
    settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": "x"}}
    seen = []

    def purged(urls):
        seen.append(("purge", urls))

    def notified(sender, page, **kwargs):
        seen.append(("notify", page.pk))

    publishing.story_published.connect(notified)
    with mock.patch("warta.delivery.events.purge_urls_from_cache", purged):
        yield seen
    publishing.story_published.disconnect(notified)


def test_a_publish_indexes_refreshes_purges_once_then_notifies(
    client, make_staff, make_draft, order, settings, django_capture_on_commit_callbacks
):
    writer = make_staff(WRITER)
    draft = make_draft(writer, title="Jembatan Gantung Baru Menghubungkan Dua Desa")
    section = draft.get_parent()
    client.get(section.url)  # the section page is now cached without the story
    with django_capture_on_commit_callbacks(execute=True):
        draft.get_latest_revision().publish()
        # Before the commit: indexed and invalidated, nothing purged or sent.
        assert [page.pk for page in search("jembatan gantung")[:5]] == [draft.pk]
        assert order == []
    assert [step for step, _ in order] == ["purge", "notify"]
    purged = order[0][1]
    base = settings.WARTA_BASE_URL
    assert base + draft.url in purged and base + section.url in purged
    assert base + "/" in purged and base + "/rss/" in purged
    assert "Jembatan Gantung Baru" in client.get(section.url).content.decode()


def test_an_unpublish_takes_the_story_out_of_search_and_lists(
    client, make_staff, make_draft, django_capture_on_commit_callbacks
):
    writer = make_staff(WRITER)
    story = make_draft(writer, live=True, title="Pasar Terapung Dibuka Kembali")
    section = story.get_parent()
    assert story.pk in [page.pk for page in search("pasar terapung")[:20]]
    assert "Pasar Terapung Dibuka" in client.get(section.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        story.unpublish()
    assert story.pk not in [page.pk for page in search("pasar terapung")[:20]]
    assert "Pasar Terapung Dibuka" not in client.get(section.url).content.decode()
