"""The type-independent part of page metadata: addresses, times, text, the
JSON-LD script, breadcrumbs, and what a page type without its own says.

Each page type's own metadata is tested in its app (``<app>/tests/test_seo.py``).
"""

import datetime

import pytest
from wagtail.models import Page

from warta.core import seo
from warta.core.tests.pagehead import BASE, HOSTILE, Head, get

pytestmark = pytest.mark.django_db


@pytest.fixture
def public_address(settings):
    settings.WARTA_BASE_URL = BASE


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/media/a.jpg", BASE + "/media/a.jpg"),
        ("media/a.jpg", BASE + "/media/a.jpg"),
        ("https://cdn.example/a.jpg", "https://cdn.example/a.jpg"),
        ("//cdn.example/a.jpg", "https://cdn.example/a.jpg"),
        ("", ""),
    ],
)
def test_absolute_url(public_address, url, expected):
    assert seo.absolute_url(url) == expected


def test_canonical_of_a_later_listing_page_keeps_its_number(public_address):
    assert seo.canonical_url("/nasional/", 1) == BASE + "/nasional/"
    assert seo.canonical_url("/nasional/", 3) == BASE + "/nasional/?page=3"
    assert seo.canonical_url("") == ""


def test_times_are_in_the_papers_zone_to_the_second():
    moment = datetime.datetime(2021, 7, 6, 7, 5, 9, 123, tzinfo=datetime.UTC)
    assert seo.iso_datetime(moment) == "2021-07-06T14:05:09+07:00"
    assert seo.iso_datetime(None) == ""


def test_rich_text_description_keeps_paragraphs_apart():
    assert seo.plain_text("<p>Satu.</p><p>Dua &amp; tiga</p>", rich=True) == (
        "Satu. Dua & tiga"
    )


def test_a_long_description_is_cut_at_a_word():
    text = seo.plain_text("kata " * 100)
    assert len(text) <= seo.DESCRIPTION_MAX
    assert text.endswith("…")
    assert len(seo.headline("Kata " * 40)) <= seo.HEADLINE_MAX


def test_script_json_cannot_close_its_script():
    text = seo.to_script_json({"headline": HOSTILE + "&"})
    assert not set("<>&") & set(text)
    assert "</script" not in text


def test_empty_properties_are_dropped():
    assert seo.compact({"a": "", "b": [], "c": None, "d": 0, "e": "x"}) == {
        "d": 0,
        "e": "x",
    }


def test_breadcrumbs_run_from_the_home_page_to_the_page(public_address, home):
    section = home.sections().first()
    assert seo.trail(section) == [
        ("Beranda", BASE + "/"),
        (section.title, BASE + section.url),
    ]
    items = seo.breadcrumb_list(seo.trail(section))["itemListElement"]
    assert [item["position"] for item in items] == [1, 2]


def test_the_papers_tagline_is_the_home_pages(home):
    assert home.tagline
    assert seo.paper_tagline() == home.tagline


def test_a_page_type_without_its_own_metadata_still_gets_the_basics(
    public_address, home
):
    plain = home.add_child(instance=Page(title="Halaman Polos", slug="polos"))
    meta = seo.basic_meta(plain)
    assert meta.canonical == BASE + "/polos/"
    assert meta.description == home.tagline  # nothing of its own to say
    assert meta.json_ld[0]["@type"] == "BreadcrumbList"


def test_canonical_ignores_a_hostile_host_header(client, wire_article):
    response = get(client, wire_article.url, HTTP_HOST="evil.example")
    text = response.content.decode()
    tags = Head(text)
    assert tags.links["canonical"] == BASE + wire_article.url
    assert tags.one("og:url") == BASE + wire_article.url
    assert "evil.example" not in text


def test_a_title_cannot_break_out_of_the_json_ld_script(client, home):
    section = home.sections().first().specific
    section.title = HOSTILE
    section.save()
    text = get(client, section.url).content.decode()
    assert "<script>alert(1)" not in text
    tags = Head(text)
    assert tags.crumb_names()[-1] == HOSTILE
    assert tags.scripts == len(tags.json_ld) + text.count("<script src=")


def test_a_missing_page_gets_no_canonical(client):
    response = get(client, "/tidak-ada-halaman-ini/")
    assert response.status_code == 404
    tags = Head(response.content.decode())
    assert "canonical" not in tags.links
    assert tags.json_ld == []
