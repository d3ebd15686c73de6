"""A story read from the cache is never an older version of it.

The page cache is off in tests: every request renders the story, whose route
and page object come from the cache (``warta.core.routing``).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from warta.comments.models import ClosedThread
from warta.trust.models import Correction

pytestmark = pytest.mark.django_db


def page_of(client, story):
    response = client.get(story.url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_second_render_reads_neither_the_route_nor_the_story(client, wire_article):
    page_of(client, wire_article)
    with CaptureQueriesContext(connection) as run:
        page_of(client, wire_article)
    assert not any(
        'FROM "articles_articlepage"' in query["sql"] for query in run.captured_queries
    )


def test_a_headline_fixed_after_publishing_shows_at_once(client, wire_article):
    page_of(client, wire_article)
    wire_article.title = "Judul berita yang sudah diperbaiki"
    wire_article.save_revision().publish()
    assert "Judul berita yang sudah diperbaiki" in page_of(client, wire_article)


def test_a_correction_shows_at_once(client, wire_article):
    assert "Ralat kecil pada angka" not in page_of(client, wire_article)
    Correction.objects.create(page=wire_article, text="Ralat kecil pada angka.")
    assert "Ralat kecil pada angka" in page_of(client, wire_article)


def test_closing_the_comments_removes_the_form_at_once(
    client, wire_article, django_capture_on_commit_callbacks
):
    assert "sudah ditutup" not in page_of(client, wire_article)
    with django_capture_on_commit_callbacks(execute=True):
        ClosedThread.objects.create(page=wire_article)
    assert "sudah ditutup" in page_of(client, wire_article)


def test_an_unpublished_story_is_gone_at_once(client, wire_article):
    page_of(client, wire_article)
    wire_article.unpublish()
    assert client.get(wire_article.url).status_code == 404


def test_a_writer_renamed_shows_within_the_page_cache_time(
    client, wire_article, settings
):
    settings.WARTA_PAGE_CACHE_SECONDS = 0  # nothing kept: the new name at once
    editor = wire_article.editor
    page_of(client, wire_article)
    editor.name = "Nama Redaktur Baru"
    editor.save()
    assert "Nama Redaktur Baru" in page_of(client, wire_article)
