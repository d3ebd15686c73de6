"""Posting a comment: the uncached form page, with and without JavaScript."""

import pytest
from django.urls import reverse

from warta.comments.choices import CommentStatus, ModerationMode
from warta.comments.models import Comment, CommentSiteSettings

pytestmark = pytest.mark.django_db


def test_article_page_links_to_the_form_and_holds_no_csrf_token(client, story):
    html = client.get(story.url).content.decode()
    assert reverse("comments:write", args=[story.pk]) in html
    assert "Tulis komentar" in html
    assert "csrfmiddlewaretoken" not in html
    assert "warta/comments.js" in html


def test_form_page_is_private_and_carries_the_token(client, write_url):
    response = client.get(write_url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    html = response.content.decode()
    assert "csrfmiddlewaretoken" in html and 'name="token"' in html
    assert 'name="situs"' in html and "Tulis komentar" in html
    assert "csrftoken" in response.cookies


def test_plain_post_waits_for_moderation(client, story, write_url, form_data):
    response = client.post(write_url, form_data())
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("comments:posted", args=[story.pk]))
    comment = Comment.objects.get(page=story, body="Liputan yang bagus, terima kasih.")
    assert comment.status == CommentStatus.PENDING
    thanks = client.get(response["Location"]).content.decode()
    assert "akan tampil setelah disetujui moderator" in thanks
    assert "Liputan yang bagus" not in client.get(story.url).content.decode()


def test_script_path_returns_the_panel_alone(client, story, write_url, form_data):
    panel = client.get(write_url + "?fragment=1").content.decode()
    assert panel.lstrip().startswith('<div class="comments-panel"')
    assert "<html" not in panel and "csrfmiddlewaretoken" in panel
    response = client.post(write_url + "?fragment=1", form_data())
    assert response.status_code == 200
    assert "akan tampil setelah disetujui moderator" in response.content.decode()
    assert Comment.objects.filter(page=story, status=CommentStatus.PENDING).exists()


def test_post_moderation_shows_the_comment_at_once(client, story, write_url, form_data):
    settings_row = CommentSiteSettings.for_site(story.get_site())
    settings_row.moderation = ModerationMode.POST
    settings_row.save()
    before = client.get(story.url).context["comment_count"]
    response = client.post(write_url, form_data(body="Langsung tampil."))
    assert client.get(response["Location"]).content.decode().count("sudah tampil")
    page = client.get(story.url)
    assert page.context["comment_count"] == before + 1
    assert "Langsung tampil." in page.content.decode()


def test_reply_form_names_the_comment(client, write_url, approved):
    parent = approved("Pendapat pertama.")
    html = client.get(f"{write_url}?balas={parent.pk}").content.decode()
    assert "Balas komentar Ani" in html and f'value="{parent.pk}"' in html


def test_reply_attaches_to_its_comment(client, story, write_url, form_data, approved):
    parent = approved()
    client.post(write_url, form_data(parent=parent.pk, body="Setuju."))
    assert Comment.objects.get(body="Setuju.").parent == parent


def test_reply_to_a_reply_joins_the_top_level_comment(
    client, write_url, form_data, approved
):
    top = approved()
    reply = approved("Balasan.", parent=top)
    client.post(write_url, form_data(parent=reply.pk, body="Balasan kedua."))
    assert Comment.objects.get(body="Balasan kedua.").parent == top


@pytest.mark.parametrize("where", ["other story", "missing", "pending"])
def test_reply_to_a_comment_not_in_this_thread_is_refused(
    client, story, write_url, form_data, approved, where
):
    from warta.articles.models import ArticlePage

    other = ArticlePage.objects.live().exclude(pk=story.pk).first()
    target = {
        "other story": lambda: approved(page=other).pk,
        "missing": lambda: 987654321,
        "pending": lambda: (
            Comment.objects.create(
                page=story, name="A", email="a@contoh.invalid", body="x"
            ).pk
        ),
    }[where]()
    response = client.post(write_url, form_data(parent=target, body="Nyasar."))
    assert response.status_code == 400
    assert "Komentar yang Anda balas tidak ditemukan." in response.content.decode()
    assert not Comment.objects.filter(body="Nyasar.").exists()


def test_editor_can_close_a_thread(client, story, write_url, form_data):
    from warta.comments.models import ClosedThread

    ClosedThread.objects.create(page=story)
    assert "sudah ditutup" in client.get(write_url).content.decode()
    assert "sudah ditutup" in client.get(story.url).content.decode()
    response = client.post(write_url, form_data(body="Telat."))
    assert response.status_code == 403
    assert not Comment.objects.filter(body="Telat.").exists()


def test_threads_close_by_age(client, settings, story, write_url, form_data):
    settings.WARTA_COMMENTS_CLOSE_AFTER_DAYS = 1
    story.first_published_at = story.first_published_at.replace(year=2020)
    story.save(update_fields=["first_published_at"])
    response = client.post(write_url, form_data(body="Telat."))
    assert response.status_code == 403
    assert "sudah ditutup" in response.content.decode()
    assert "Tulis komentar" not in client.get(story.url).content.decode()


def test_only_live_articles_take_comments(client):
    from wagtail.models import Page

    home = Page.objects.get(depth=2)
    assert client.get(reverse("comments:write", args=[home.pk])).status_code == 404
    assert client.get(reverse("comments:write", args=[2**70])).status_code == 404
