"""/cari/: basic search, and a clean page for every odd query."""

import pytest
from django.utils.html import escape

from warta.articles.models import ArticlePage

pytestmark = pytest.mark.django_db


def test_finds_a_story_by_a_word_of_its_headline(client, wire_article):
    word = max(wire_article.title.split(), key=len)
    response = client.get("/cari/", {"q": word})
    assert response.status_code == 200
    html = response.content.decode()
    assert escape(wire_article.title) in html and "hasil untuk" in html


def test_no_results_gives_a_helpful_page(client):
    html = client.get("/cari/", {"q": "zzqxjwv"}).content.decode()
    assert "0 hasil" in html and "Coba kata lain" in html


def test_unpublished_stories_are_not_found(client, wire_article):
    word = max(wire_article.title.split(), key=len)
    wire_article.unpublish()
    html = client.get("/cari/", {"q": wire_article.title}).content.decode()
    assert escape(wire_article.title) not in html
    assert client.get("/cari/", {"q": word}).status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "x" * 5000,
        "!!! ??? ...",
        "'; DROP TABLE wagtailcore_page; --",
        'vaksin AND OR NOT "',
        "vaksin* NEAR(a b) ^col:x",
        "\x00\x01\x1b[31m",
        "<script>alert(1)</script>",
        "%",
        '"',
        "*",
        "NEAR",
        "title_stems:vaksin",
        'vaksin" OR "x',
        "vaksin) OR (x",
        "-vaksin +banjir ^pasar",
        "{title_stems kicker_stems}: vaksin",
        "' | 'x' & !",
        "ＡＢＣ ｖａｋｓｉｎ",
        "kata " * 400,
        "\u202evaksin\u200b",
    ],
)
def test_odd_queries_get_a_clean_page(client, query):
    response = client.get("/cari/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert ArticlePage.objects.exists()


@pytest.mark.parametrize("number", ["abc", "0", "99999"])
def test_bad_result_page_numbers_are_a_404(client, number):
    assert client.get("/cari/", {"q": "vaksin", "page": number}).status_code == 404


def test_a_count_stopped_at_the_backends_cap_reads_more_than(client, monkeypatch):
    from warta.search.backends import get_backend

    backend = type(get_backend())
    found = client.get("/cari/", {"q": "vaksin"})
    total = found.context["page_obj"].paginator.count
    assert total >= 2 and "Lebih dari" not in found.content.decode()
    monkeypatch.setattr(backend, "count_cap", total)  # as PostgreSQL's 1,000
    html = client.get("/cari/", {"q": "vaksin"}).content.decode()
    assert f"Lebih dari {total} hasil untuk" in html


def test_the_section_filter_offers_public_live_sections_in_tree_order(client, home):
    from wagtail.models import PageViewRestriction

    sections = list(home.sections())
    closed, hidden = sections[0], sections[1]
    PageViewRestriction.objects.create(
        page=closed, restriction_type=PageViewRestriction.PASSWORD, password="rahasia"
    )
    hidden.unpublish()
    html = client.get("/cari/", {"q": "vaksin"}).content.decode()
    offered = html.split('id="rubrik"', 1)[1].split("</select>", 1)[0]
    expected = [s.slug for s in sections[2:]]
    assert [slug for slug in expected if f'value="{slug}"' in offered] == expected
    positions = [offered.index(f'value="{slug}"') for slug in expected]
    assert positions == sorted(positions)
    assert f'value="{closed.slug}"' not in offered
    assert f'value="{hidden.slug}"' not in offered
