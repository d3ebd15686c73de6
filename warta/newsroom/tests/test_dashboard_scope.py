"""The dashboard as each editor sees it: their desks only, numbers in Indonesian,
a chart whose bars a browser can draw."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Revision

from warta.newsroom import roles
from warta.newsroom.models import Notification
from warta.popularity.models import StoryViewCount
from warta.sections.models import SectionPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def nasional_story(make_staff, make_draft):
    writer = make_staff(roles.WRITER)
    story = make_draft(writer, title="Kabar dari meja Nasional")
    story.save_revision(
        user=writer,
        approved_go_live_at=timezone.now().replace(year=timezone.now().year + 1),
    )
    return story


def _panel(client, user):
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    return html[html.index('class="w-panel newsroom-panel"') :]


def test_an_editor_of_another_desk_does_not_see_the_schedule_of_nasional(
    client, make_staff, nasional_story
):
    olahraga = SectionPage.objects.get(slug="olahraga")
    other = make_staff(roles.EDITOR, desk=olahraga)
    nasional = make_staff(roles.EDITOR)
    assert Revision.page_revisions.filter(approved_go_live_at__isnull=False).exists()
    assert "Kabar dari meja Nasional" in _panel(client, nasional)
    client.logout()
    assert "Kabar dari meja Nasional" not in _panel(client, other)


def test_todays_stories_show_their_views_with_indonesian_thousands(
    client, make_staff, make_draft
):
    editor = make_staff(roles.EDITOR)
    story = make_draft(editor, live=True, title="Berita yang banyak dibaca")
    hour = timezone.now().replace(minute=0, second=0, microsecond=0)
    StoryViewCount.objects.create(page=story, hour=hour, count=12345)
    panel = _panel(client, editor)
    assert "Berita yang banyak dibaca" in panel
    assert "12.345 kali dibaca" in panel
    # the 14-day total (the demo's counts and ours) is grouped the same way
    assert re.search(r"\(\d{1,3}(\.\d{3})+ kali\)", panel)


def test_the_chart_geometry_uses_decimal_points(client, make_staff, make_draft):
    editor = make_staff(roles.EDITOR)
    story = make_draft(editor, live=True)
    today = timezone.now().replace(minute=0, second=0, microsecond=0)
    for days, count in ((0, 7), (1, 3), (2, 11)):
        StoryViewCount.objects.create(
            page=story, hour=today - datetime.timedelta(days=days), count=count
        )
    svg = _panel(client, editor).split("<svg", 1)[1].split("</svg>", 1)[0]
    rects = " ".join(re.findall(r"<rect ([^>]*)>", svg))
    numbers = re.findall(r'\b(?:x|y|width|height)="([^"]*)"', rects)
    assert numbers and all(re.fullmatch(r"-?\d+(\.\d+)?", n) for n in numbers), numbers
    assert re.search(r'<rect [^>]*height="(?!0")[\d.]+"', svg)


def test_the_dashboard_counts_unread_notifications_once(
    client, make_staff, make_draft, django_assert_max_num_queries
):
    editor = make_staff(roles.EDITOR)
    story = make_draft(make_staff(roles.WRITER))
    for _ in range(3):
        Notification.objects.create(recipient=editor, kind="submitted", page=story)
    client.force_login(editor)
    client.get("/admin/")  # the session, the menu's caches
    with CaptureQueriesContext(connection) as seen:
        html = client.get("/admin/").content.decode()
    assert "Notifikasi (3 belum dibaca)" in html
    counts = [
        q["sql"]
        for q in seen.captured_queries
        if "COUNT(" in q["sql"] and "newsroom_notification" in q["sql"]
    ]
    assert len(counts) == 1, counts
    # And the whole dashboard stays within its budget as it is today.
    with django_assert_max_num_queries(len(seen.captured_queries)):
        client.get("/admin/")
