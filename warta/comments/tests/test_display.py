"""Approved comments, and only those, show under the story with their count."""

import pytest
from django.utils.html import escape

from warta.comments.choices import CommentStatus
from warta.comments.models import Comment

pytestmark = pytest.mark.django_db


@pytest.fixture
def thread(wire_article):
    Comment.objects.filter(page=wire_article).delete()
    first = Comment.objects.create(
        page=wire_article,
        name="Ani",
        email="ani@contoh.invalid",
        body="Komentar pertama.",
        status=CommentStatus.APPROVED,
    )
    Comment.objects.create(
        page=wire_article,
        parent=first,
        name="Budi",
        email="budi@contoh.invalid",
        body="Balasan untuk Ani.",
        status=CommentStatus.APPROVED,
    )
    Comment.objects.create(
        page=wire_article,
        name="Spammer",
        email="s@contoh.invalid",
        body="Beli sekarang!",
        status=CommentStatus.PENDING,
    )
    return wire_article


def test_count_and_list_show_approved_comments_and_replies(client, thread):
    html = client.get(thread.url).content.decode()
    assert "Komentar (2)" in html
    assert "Komentar pertama." in html and "Balasan untuk Ani." in html
    assert html.index("Komentar pertama.") < html.index("Balasan untuk Ani.")


def test_pending_comments_and_emails_are_never_shown(client, thread):
    html = client.get(thread.url).content.decode()
    assert "Beli sekarang!" not in html
    assert "@contoh.invalid" not in html


def test_comment_text_is_escaped_not_rendered_as_html(client, wire_article):
    Comment.objects.create(
        page=wire_article,
        name="<b>Nakal</b>",
        email="n@contoh.invalid",
        body='<script>alert("x")</script><img src=x onerror=alert(1)>',
        status=CommentStatus.APPROVED,
    )
    html = client.get(wire_article.url).content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "<img src=x" not in html and "<b>Nakal</b>" not in html
    assert escape("<b>Nakal</b>") in html


def test_story_without_comments_says_so(client, wire_article):
    Comment.objects.filter(page=wire_article).delete()
    html = client.get(wire_article.url).content.decode()
    assert "Komentar (0)" in html and "Belum ada komentar." in html


def test_demo_paper_has_approved_comments_on_several_articles():
    pages = Comment.objects.approved().values("page").distinct().count()
    assert pages >= 4
