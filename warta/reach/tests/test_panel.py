"""The dashboard's panel: the week's clicks per story and channel."""

import datetime

import pytest
from django.utils import timezone

from warta.reach.models import Click

pytestmark = pytest.mark.django_db

HEADING = "Klik dari nawala, notifikasi dan WhatsApp"


def dashboard(client):
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def test_a_counted_click_shows_on_the_dashboard(
    editor_client, reader, link, wire_article
):
    reader.get(link("whatsapp", "saluran-2026-12-04"))
    html = dashboard(editor_client)
    assert HEADING in html
    table = html.split('id="reach-clicks"', 1)[1]
    row = table.split(wire_article.title, 1)[1].split("</tr>", 1)[0]
    cells = [
        cell.split(">", 1)[1].split("<", 1)[0]
        for cell in row.split('class="reach-number"')[1:]
    ]
    assert cells[:3] == ["0", "0", "1"]  # Nawala, Notifikasi, WhatsApp


def test_counts_per_channel_and_totals_with_indonesian_thousands(
    editor_client, wire_article, home
):
    today = timezone.localdate()
    other = (
        home.get_descendants()
        .live()
        .type(type(wire_article))
        .exclude(pk=wire_article.pk)
        .first()
    )
    Click.objects.create(page=wire_article, channel="nawala", day=today, count=1234)
    Click.objects.create(
        page=wire_article, channel="push", campaign="sore", day=today, count=56
    )
    Click.objects.create(page=other, channel="whatsapp", day=today, count=7)
    html = dashboard(editor_client)
    table = html.split('id="reach-clicks"', 1)[1]
    assert table.index(wire_article.title) < table.index(other.title)
    assert "1.234" in table and "1.290" in table  # the story's total
    assert "1.297" in table.split("<tfoot>", 1)[1]  # every story's


def test_only_the_last_seven_days_count(editor_client, wire_article):
    long_ago = timezone.localdate() - datetime.timedelta(days=7)
    Click.objects.create(page=wire_article, channel="push", day=long_ago, count=9)
    html = dashboard(editor_client)
    assert "Belum ada klik dari nawala, notifikasi atau WhatsApp" in html


def test_the_ten_most_clicked_stories_are_listed(editor_client, home):
    from warta.articles.models import ArticlePage

    stories = list(ArticlePage.objects.live()[:11])
    for n, story in enumerate(stories):
        Click.objects.create(
            page=story, channel="nawala", day=timezone.localdate(), count=n + 1
        )
    table = dashboard(editor_client).split('id="reach-clicks"', 1)[1]
    assert table.split("<tbody>")[1].split("</tbody>")[0].count("<tr>") == 10
    assert f"/admin/pages/{stories[0].pk}/edit/" not in table  # the fewest


def test_a_writer_does_not_see_the_panel(writer_client, wire_article):
    Click.objects.create(
        page=wire_article, channel="push", day=timezone.localdate(), count=3
    )
    assert HEADING not in dashboard(writer_client)


def test_the_panel_reads_in_a_few_queries(
    editor_client, home, django_assert_max_num_queries
):
    from warta.articles.models import ArticlePage

    for story in ArticlePage.objects.live()[:10]:
        Click.objects.create(
            page=story, channel="push", day=timezone.localdate(), count=2
        )
    from warta.reach.attribution import ReachPanel

    panel = ReachPanel()
    with django_assert_max_num_queries(2):
        panel.get_context_data({"request": None})
