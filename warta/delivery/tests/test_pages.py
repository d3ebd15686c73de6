"""Real pages: served from the cache with no query, invalidated on each event."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from django.utils.html import escape

from warta.comments import actions
from warta.comments.choices import CommentStatus
from warta.comments.models import ClosedThread, Comment

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


def state(client, url):
    return client.get(url).get("X-Page-Cache")


@pytest.fixture
def surfaces(wire_article):
    """The pages a change to the wire story must refresh."""
    section = wire_article.get_parent()
    return [
        wire_article.url,
        section.url,
        "/",
        f"/topik/{wire_article.topics.first().slug}/",
        f"/penulis/{wire_article.editor.slug}/",
        f"/kantor-berita/{wire_article.agency.slug}/",
        "/rss/",
        "/atom/lengkap/",
        f"/rubrik/{section.slug}/rss/",
        f"/rubrik/{section.slug}/atom/lengkap/",  # feeds go with their page
        "/sitemap.xml",
        "/news-sitemap.xml",
    ]


def warm(client, urls):
    for url in urls:
        client.get(url)
        assert state(client, url) == "hit", url


def test_second_hit_costs_no_query(client, wire_article, django_assert_num_queries):
    client.get(wire_article.url)
    with django_assert_num_queries(0):
        response = client.get(wire_article.url)
    assert response["X-Page-Cache"] == "hit"
    assert "Content-Security-Policy" in response  # added outside the cache


def test_publish_refreshes_every_surface(client, wire_article, surfaces):
    warm(client, surfaces)
    wire_article.save_revision().publish()
    assert [state(client, url) for url in surfaces] == ["miss"] * len(surfaces)


def test_unpublish_turns_the_story_into_a_404(client, wire_article, surfaces):
    warm(client, surfaces)
    wire_article.unpublish()
    assert client.get(surfaces[0]).status_code == 404
    assert state(client, "/") == "miss"


def test_delete_refreshes_the_section(client, wire_article, surfaces):
    warm(client, surfaces)
    wire_article.delete()
    assert client.get(surfaces[0]).status_code == 404
    assert state(client, surfaces[1]) == "miss"


def test_moving_a_story_refreshes_its_old_and_new_section(
    client, home, wire_article, surfaces
):
    old_section = wire_article.get_parent()
    new_section = home.sections().exclude(pk=old_section.pk).first()
    warm(client, [*surfaces, new_section.url])
    wire_article.move(new_section, pos="last-child")
    assert state(client, old_section.url) == "miss"
    assert state(client, new_section.url) == "miss"
    assert state(client, "/") == "miss"
    old_address = client.get(surfaces[0])  # not the cached story: a redirect
    assert old_address.status_code == 301
    assert old_address["Location"].startswith(new_section.url)


def test_scheduled_go_live_refreshes_the_story(client, wire_article, surfaces):
    warm(client, surfaces)
    revision = wire_article.save_revision(
        approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert revision.approved_go_live_at
    call_command("publish_scheduled")
    assert state(client, surfaces[0]) == "miss"
    assert state(client, "/") == "miss"


def test_comment_approval_refreshes_the_story_only(
    client, wire_article, surfaces, django_capture_on_commit_callbacks
):
    comment = Comment.objects.create(
        page=wire_article, name="Rina", email="rina@example.id", body="Setuju."
    )
    warm(client, surfaces)
    with django_capture_on_commit_callbacks(execute=True):
        actions.set_status([comment], CommentStatus.APPROVED)
    assert state(client, surfaces[1]) == "hit"
    assert state(client, surfaces[0]) == "miss"
    assert "Setuju." in client.get(surfaces[0]).content.decode()


def test_closing_or_reopening_the_thread_refreshes_the_story(
    client, wire_article, django_capture_on_commit_callbacks
):
    warm(client, [wire_article.url])
    with django_capture_on_commit_callbacks(execute=True):
        closed = ClosedThread.objects.create(page=wire_article)
    assert state(client, wire_article.url) == "miss"
    assert state(client, wire_article.url) == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        closed.delete()
    assert state(client, wire_article.url) == "miss"


def test_closing_a_story_to_readers_refreshes_every_list_at_once(
    client, wire_article, surfaces
):
    from wagtail.models import PageViewRestriction

    section = surfaces[1]
    warm(client, [section, "/"])
    PageViewRestriction.objects.create(
        page=wire_article,
        restriction_type=PageViewRestriction.PASSWORD,
        password="hanya-redaksi",
    )
    assert state(client, section) == "miss" and state(client, "/") == "miss"
    assert escape(wire_article.title) not in client.get(section).content.decode()
    assert escape(wire_article.title) not in client.get("/").content.decode()


def test_staff_are_never_served_or_stored(client, wire_article, admin_user):
    client.force_login(admin_user)
    client.get(wire_article.url)
    assert "X-Page-Cache" not in client.get(wire_article.url)
    client.logout()
    assert state(client, wire_article.url) == "miss"


def test_api_readiness_and_comment_form_are_left_alone(client, wire_article):
    for url in ("/api/v1/sections", "/readyz", f"/komentar/{wire_article.pk}/tulis/"):
        client.get(url)
        assert "X-Page-Cache" not in client.get(url), url


def test_304_from_a_cached_page(client, wire_article):
    etag = client.get(wire_article.url)["ETag"]
    response = client.get(wire_article.url, headers={"if-none-match": etag})
    assert response.status_code == 304
