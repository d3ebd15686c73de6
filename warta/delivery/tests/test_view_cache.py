"""A story's page object is kept for WARTA_PAGE_CACHE_SECONDS, never as an older
version of the story.

The page cache is off in tests: every request renders the story, whose route
and page object come from the cache (``warta.core.routing``). Within the window
a render reads no story row; a publish, a correction or a closed thread shows
at once; what changes nothing the story's own events bump (a writer's name)
shows when the window ends, and not before.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from warta.comments.models import ClosedThread
from warta.trust.models import Correction

pytestmark = pytest.mark.django_db

WINDOW = 600


@pytest.fixture(autouse=True)
def window(settings, clock):
    settings.WARTA_PAGE_CACHE_SECONDS = WINDOW
    return clock


def render(client, story):
    """The story's page, and whether the render read the story's row."""
    with CaptureQueriesContext(connection) as run:
        response = client.get(story.url)
    assert response.status_code == 200
    read = any('FROM "articles_articlepage"' in q["sql"] for q in run.captured_queries)
    return response.content.decode(), read, len(run.captured_queries)


def test_within_the_window_the_story_is_not_read_again(client, wire_article, clock):
    _, read_first, first = render(client, wire_article)
    clock.advance(WINDOW - 1)
    _, read_again, again = render(client, wire_article)
    assert read_first and not read_again
    assert again < first


def test_after_the_window_the_story_is_read_again(client, wire_article, clock):
    render(client, wire_article)
    clock.advance(WINDOW + 1)
    _, read, _ = render(client, wire_article)
    assert read


def test_a_headline_fixed_after_publishing_shows_at_once(client, wire_article, clock):
    render(client, wire_article)
    clock.advance(1)
    assert not render(client, wire_article)[1]  # kept: the next render reuses it
    wire_article.title = "Judul berita yang sudah diperbaiki"
    wire_article.save_revision().publish()
    assert "Judul berita yang sudah diperbaiki" in render(client, wire_article)[0]


def test_a_correction_shows_at_once(client, wire_article, clock):
    html, _, _ = render(client, wire_article)
    assert "Ralat kecil pada angka" not in html
    assert not render(client, wire_article)[1]
    Correction.objects.create(page=wire_article, text="Ralat kecil pada angka.")
    assert "Ralat kecil pada angka" in render(client, wire_article)[0]


def test_closing_the_comments_removes_the_form_at_once(
    client, wire_article, django_capture_on_commit_callbacks
):
    assert "sudah ditutup" not in render(client, wire_article)[0]
    assert not render(client, wire_article)[1]
    with django_capture_on_commit_callbacks(execute=True):
        ClosedThread.objects.create(page=wire_article)
    assert "sudah ditutup" in render(client, wire_article)[0]


def test_an_unpublished_story_is_gone_at_once(client, wire_article):
    render(client, wire_article)
    wire_article.unpublish()
    assert client.get(wire_article.url).status_code == 404


def test_a_writer_renamed_shows_when_the_window_ends(client, wire_article, clock):
    editor = wire_article.editor
    old_name = editor.name
    render(client, wire_article)
    editor.name = "Nama Redaktur Baru"
    editor.save()
    clock.advance(WINDOW - 1)
    html, _, _ = render(client, wire_article)
    assert old_name in html and "Nama Redaktur Baru" not in html
    clock.advance(2)
    assert "Nama Redaktur Baru" in render(client, wire_article)[0]
