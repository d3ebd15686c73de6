"""Publish, update, unpublish, delete and embargo reach the index at once."""

import pytest

from warta.search import indexing
from warta.search.models import SearchDocument
from warta.search.query import search

pytestmark = pytest.mark.django_db


def found(word):
    results = search(word)
    return results.count() if results is not None else 0


def test_published_story_is_found_at_once(make_story):
    page = make_story("baru-terbit", "Kabar batukecubung terbaru")
    assert found("batukecubung") == 1
    assert (
        SearchDocument.objects.get(page_id=page.pk).section_id == page.get_parent().pk
    )


def test_an_update_replaces_the_indexed_text(make_story):
    page = make_story("diperbarui", "Kabar batugiok")
    assert found("batugiok") == 1  # and this answer is now kept
    page.title = "Kabar batuakik"
    page.save_revision().publish()
    assert found("batuakik") == 1 and found("batugiok") == 0


def test_unpublished_story_leaves_the_index(make_story):
    page = make_story("ditarik", "Kabar batupirus")
    assert found("batupirus") == 1
    page.unpublish()
    assert found("batupirus") == 0


def test_deleted_story_leaves_the_index(make_story):
    page = make_story("dihapus", "Kabar batuopal")
    assert found("batuopal") == 1
    page.delete()
    assert found("batuopal") == 0
    assert not SearchDocument.objects.filter(page_id=page.pk).exists()


def test_scheduled_story_is_not_found_before_its_time(make_story, tomorrow):
    page = make_story("terjadwal", "Kabar batumerah", go_live_at=tomorrow)
    assert not page.live and found("batumerah") == 0
    indexing.sync()
    assert found("batumerah") == 0


def test_embargoed_live_story_is_not_indexed(make_story, tomorrow):
    page = make_story("embargo", "Kabar batuhijau")
    type(page).objects.filter(pk=page.pk).update(go_live_at=tomorrow)
    indexing.index_page(page)
    assert found("batuhijau") == 0


def test_rebuild_and_sync_agree(make_story):
    make_story("ulang", "Kabar batubiru")
    before = SearchDocument.objects.count()
    assert indexing.rebuild() == before
    SearchDocument.objects.filter(page__slug="ulang").delete()
    assert indexing.sync() == 1 and found("batubiru") == 1


def test_rebuild_command_prints_a_summary(make_story, capsys):
    from django.core.management import call_command

    call_command("rebuild_search", "--batch", "7")
    assert "Indexed" in capsys.readouterr().out
