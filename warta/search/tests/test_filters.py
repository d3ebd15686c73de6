"""Section and date filters, newest-first order, snippets, counts and pages."""

import datetime

import pytest
from django.utils import timezone

from warta.search.backends import NEWEST
from warta.search.models import SearchDocument
from warta.search.query import search
from warta.sections.models import SectionPage

pytestmark = pytest.mark.django_db


def test_section_filter_keeps_one_section(client):
    mondial = SectionPage.objects.get(slug="mondial")
    results = search("banjir", section_id=mondial.pk)
    assert results.count() >= 1
    ids = results.ids(0, 50)
    sections = set(
        SearchDocument.objects.filter(page_id__in=ids).values_list(
            "section_id", flat=True
        )
    )
    assert sections == {mondial.pk}
    html = client.get("/cari/", {"q": "banjir", "rubrik": "mondial"}).content.decode()
    assert "Bangladesh" in html and "Baleendah" not in html


def test_date_range_filter(client):
    future = timezone.now() + datetime.timedelta(days=2)
    assert search("banjir", since=future).count() == 0
    day = future.date().isoformat()
    html = client.get("/cari/", {"q": "banjir", "dari": day}).content.decode()
    assert "0 hasil" in html and "hapus saringan" in html
    past = timezone.now() - datetime.timedelta(days=3650)
    assert search("banjir", until=past).count() == 0
    assert search("banjir", since=past).count() == search("banjir").count()


@pytest.mark.parametrize(
    ("since", "until"),
    [("kemarin", "?"), ("0001-01-01", "9999-12-31"), ("2026-02-30", "2026-13-01")],
)
def test_bad_filter_values_are_left_out_and_named(client, since, until):
    params = {"q": "banjir", "rubrik": "x'--", "dari": since, "sampai": until}
    response = client.get("/cari/", {**params, "urut": "?"})
    # The search runs without them; the dates it could not read are named.
    html = response.content.decode()
    assert response.status_code == 400 and "hasil untuk" in html
    assert "tidak dikenali" in html or "di luar jangkauan" in html


def test_newest_first_order():
    results = search("pasar", order=NEWEST)
    ids = results.ids(0, 20)
    dates = dict(
        SearchDocument.objects.filter(page_id__in=ids).values_list(
            "page_id", "published_at"
        )
    )
    ordered = [dates[pk] for pk in ids]
    assert ordered == sorted(ordered, reverse=True) and len(ordered) > 2


def test_count_snippet_and_highlight(client):
    html = client.get("/cari/", {"q": "berdagang"}).content.decode()
    assert "hasil untuk “berdagang”" in html
    assert "<mark>pedagang</mark>" in html.lower() or "<mark>Pedagang</mark>" in html


def test_pages_keep_the_query(client, make_story):
    for number in range(25):
        make_story(f"halaman-{number}", f"Berita zirkonkatulistiwa {number}")
    response = client.get("/cari/", {"q": "zirkonkatulistiwa", "rubrik": "nasional"})
    html = response.content.decode()
    assert "25 hasil" in html and "q=zirkonkatulistiwa" in html and "page=2" in html
    second = client.get("/cari/", {"q": "zirkonkatulistiwa", "page": "2"})
    assert second.status_code == 200
    assert (
        client.get("/cari/", {"q": "zirkonkatulistiwa", "page": "3"}).status_code == 404
    )
