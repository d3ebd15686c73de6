"""Moderators approve, reject, mark spam and delete in bulk; readers report."""

from unittest import mock

import pytest
from django.core.management import call_command
from django.urls import reverse

from warta.comments.choices import CommentStatus
from warta.comments.models import Comment, CommentSiteSettings
from warta.comments.signals import thread_changed
from warta.newsroom.roles import EDITOR, MANAGING_EDITOR, WRITER

pytestmark = pytest.mark.django_db


@pytest.fixture
def pending(story):
    def pending(body):
        return Comment.objects.create(
            page=story, name="Budi", email="Budi@Contoh.invalid", body=body
        )

    return pending


def bulk(client, action, comments):
    url = reverse("wagtail_bulk_action", args=["comments", "comment", action])
    query = "&".join(f"id={comment.pk}" for comment in comments)
    return client.post(f"{url}?{query}&next=/admin/")


def count(client, story):
    return client.get(story.url).context["comment_count"]


@pytest.mark.parametrize("role", [EDITOR, MANAGING_EDITOR])
def test_editors_see_the_queue_with_filters(client, login_as, pending, role):
    login_as(role)
    pending("Menunggu giliran.")
    url = reverse("wagtailsnippets_comments_comment:list")
    html = client.get(url + "?status=pending").content.decode()
    assert "Menunggu giliran." in html
    assert client.get(url + "?q=Menunggu").status_code == 200
    assert client.get(url + "?reported=true").status_code == 200


def test_approving_in_bulk_shows_comments_with_the_right_count(
    client, login_as, story, pending
):
    before = count(client, story)
    first, second = pending("Satu."), pending("Dua.")
    login_as(EDITOR)
    confirm = client.get(
        reverse("wagtail_bulk_action", args=["comments", "comment", "approve"])
        + f"?id={first.pk}"
    )
    assert confirm.status_code == 200 and "Setujui" in confirm.content.decode()
    response = bulk(client, "approve", [first, second])
    assert response.status_code == 302
    assert count(client, story) == before + 2
    bulk(client, "reject", [first])
    bulk(client, "spam", [second])
    assert Comment.objects.get(pk=first.pk).status == CommentStatus.REJECTED
    assert Comment.objects.get(pk=second.pk).status == CommentStatus.SPAM
    assert count(client, story) == before


def test_deleting_in_bulk_removes_the_comment_and_its_replies(
    client, login_as, story, approved
):
    top = approved("Induk.")
    approved("Anak.", parent=top)
    before = count(client, story)
    login_as(MANAGING_EDITOR)
    assert bulk(client, "delete", [top]).status_code == 302
    assert not Comment.objects.filter(body__in=["Induk.", "Anak."]).exists()
    assert count(client, story) == before - 2


def test_forgetting_in_bulk_removes_everything_by_that_email(
    client, login_as, story, pending, approved
):
    mine = pending("Punya Budi.")
    Comment.objects.create(
        page=story, name="B", email="budi@contoh.INVALID", body="Juga punya Budi."
    )
    login_as(EDITOR)
    bulk(client, "forget", [mine])
    assert not Comment.objects.by_email("budi@contoh.invalid").exists()


def test_a_writer_cannot_moderate(client, login_as, pending):
    comment = pending("Tidak boleh disetujui penulis.")
    login_as(WRITER)
    listing = client.get(reverse("wagtailsnippets_comments_comment:list"))
    assert listing.status_code in (302, 403)
    bulk(client, "approve", [comment])
    bulk(client, "delete", [comment])
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PENDING


def test_reader_report_counts_once_per_reader(client, story, approved):
    comment = approved("Kasar sekali.")
    url = reverse("comments:report", args=[comment.pk])
    page = client.get(url)
    assert page.status_code == 200 and page["Cache-Control"] == "private, no-store"
    assert "Laporkan komentar" in page.content.decode()
    assert client.post(url).status_code == 200
    again = client.post(url)
    assert again.status_code == 429
    assert "sudah melaporkan komentar ini" in again.content.decode()
    comment.refresh_from_db()
    assert comment.report_count == 1 and comment.status == CommentStatus.APPROVED


def test_reports_hide_a_comment_under_post_moderation(
    client, settings, story, approved
):
    settings.WARTA_COMMENTS_HIDE_AFTER_REPORTS = 2
    row = CommentSiteSettings.for_site(story.get_site())
    row.moderation = "post"
    row.save()
    comment = approved("Dilaporkan banyak orang.")
    url = reverse("comments:report", args=[comment.pk])
    for address in ["203.0.113.1", "203.0.113.2"]:
        assert client.post(url, REMOTE_ADDR=address).status_code == 200
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PENDING and comment.report_count == 2


def test_only_visible_comments_can_be_reported(client, pending):
    url = reverse("comments:report", args=[pending("Belum tampil.").pk])
    assert client.post(url).status_code == 404


def test_thread_changed_fires_when_visibility_changes(
    django_capture_on_commit_callbacks, story, pending, approved
):
    from warta.comments import actions

    seen = []

    def receiver(sender, page, **kwargs):
        seen.append(page.pk)

    thread_changed.connect(receiver)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            comment = pending("Diam.")
        assert seen == []  # a pending comment changes nothing visible
        with django_capture_on_commit_callbacks(execute=True):
            actions.set_status([comment], CommentStatus.APPROVED)
        with django_capture_on_commit_callbacks(execute=True):
            Comment.objects.get(pk=comment.pk).delete()
        assert seen == [story.pk, story.pk]
    finally:
        thread_changed.disconnect(receiver)


def test_frontend_cache_is_purged_once_and_only_when_configured(
    django_capture_on_commit_callbacks, settings, story, approved
):
    target = "warta.delivery.events.purge_urls_from_cache"
    with mock.patch(target) as purge:
        with django_capture_on_commit_callbacks(execute=True):
            approved("Tanpa CDN.")
        purge.assert_not_called()
        settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": "x"}}
        with django_capture_on_commit_callbacks(execute=True):
            approved("Dengan CDN.")
        purge.assert_called_once()  # one purge per event, not one per listener
        (urls,) = purge.call_args.args
        assert urls == [settings.WARTA_BASE_URL + story.url]


def test_forget_commenter_command(capsys, story, pending, approved):
    top = pending("Milik Budi.")
    Comment.objects.create(
        page=story, parent=top, name="C", email="c@contoh.invalid", body="Balas."
    )
    approved("Milik Ani.")
    call_command("forget_commenter", "budi@contoh.invalid")
    out = capsys.readouterr().out
    assert "1 komentar dari budi@contoh.invalid dihapus permanen" in out
    assert "1 balasan" in out
    assert not Comment.objects.by_email("budi@contoh.invalid").exists()
    assert Comment.objects.filter(body="Milik Ani.").exists()
