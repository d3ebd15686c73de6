"""Indeks: a day's stories, newest first; bad dates and sections are clear 404s."""

import datetime

import pytest
from django.utils import timezone

from warta.articles.models import ArticlePage
from warta.sections.indeks import parse_day

pytestmark = pytest.mark.django_db


def newest():
    return ArticlePage.objects.listed().first()


def day_of(story):
    return timezone.localtime(story.first_published_at).date()


def test_a_day_lists_its_stories_newest_first(client):
    story = newest()
    day = day_of(story)
    response = client.get(f"/indeks/{day.isoformat()}/")
    assert response.status_code == 200
    html = response.content.decode()
    same_day = [page for page in ArticlePage.objects.listed() if day_of(page) == day]
    positions = [html.index(f'href="{page.url}"') for page in same_day]
    assert positions == sorted(positions)  # newest first
    other = ArticlePage.objects.listed().exclude(pk__in=[p.pk for p in same_day])
    assert f'href="{other.first().url}"' not in html.split("<main", 1)[1]


def test_today_is_the_default_and_links_go_to_other_days(client):
    today = timezone.localdate()
    html = client.get("/indeks/").content.decode()
    yesterday = (today - datetime.timedelta(days=1)).isoformat()
    assert f'href="/indeks/{yesterday}/"' in html
    assert "Berikutnya" not in html  # no day after today
    past = client.get(f"/indeks/{yesterday}/").content.decode()
    assert f'href="/indeks/{today.isoformat()}/"' in past


def test_the_section_filter_keeps_one_section(client):
    story = newest()
    section = story.get_parent()
    day = day_of(story).isoformat()
    html = client.get(f"/indeks/{day}/", {"rubrik": section.slug}).content.decode()
    listed = html.split('class="indeks-list"', 1)[1].split("</ol>", 1)[0]
    assert f'href="{story.url}"' in listed
    for page in ArticlePage.objects.listed():
        if day_of(page).isoformat() == day and page.get_parent().pk != section.pk:
            assert f'href="{page.url}"' not in listed


@pytest.mark.parametrize(
    "path",
    [
        "/indeks/2026-13-45/",
        "/indeks/2026-02-30/",
        "/indeks/99999-01-01/",
        "/indeks/0001-01-01/",
        "/indeks/kemarin/",
        "/indeks/2026-1-2/",
        "/indeks/%00/",
        "/indeks/3000-01-01/",
    ],
)
def test_hostile_dates_are_a_clear_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert "Tanggal" in html or "Indeks" in html


@pytest.mark.parametrize("slug", ["<script>alert(1)</script>", "x'--", "tidak-ada"])
def test_an_unknown_section_is_a_clear_404_and_never_echoed_raw(client, slug):
    response = client.get("/indeks/", {"rubrik": slug})
    assert response.status_code == 404
    html = response.content.decode()
    assert "Rubrik itu tidak ada" in html and "<script>alert" not in html


def test_the_date_picker_goes_to_the_day(client):
    response = client.get("/indeks/", {"tanggal": "02/12/2026", "rubrik": "nasional"})
    assert response.status_code == 302
    assert response["Location"] == "/indeks/2026-12-02/?rubrik=nasional"
    assert client.get("/indeks/", {"tanggal": "31/02/2026"}).status_code == 404


def test_parse_day_refuses_the_future():
    today = datetime.date(2026, 12, 2)
    assert parse_day("2026-12-02", today) == today
    with pytest.raises(Exception, match="belum tiba"):
        parse_day("2026-12-03", today)
