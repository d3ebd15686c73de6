"""What the front page and a section say to search engines."""

import pytest

from warta.core.tests.pagehead import BASE, head

pytestmark = pytest.mark.django_db


def test_home_is_a_website_with_search_and_an_organization(client, home):
    tags = head(client, "/")
    assert tags.types == ["WebSite", "Organization"]
    site = tags.of_type("WebSite")
    assert site["url"] == BASE + "/"
    assert site["potentialAction"]["@type"] == "SearchAction"
    assert site["potentialAction"]["target"] == BASE + "/cari/?q={search_term_string}"
    assert tags.of_type("Organization")["name"] == "Harian Warta"
    assert tags.links["canonical"] == BASE + "/"
    assert tags.one("og:type") == "website"
    assert tags.one("og:title") == "Harian Warta"
    assert tags.one("description") == home.tagline


def test_section_page_has_breadcrumbs_and_its_intro(client, home):
    section = home.sections().first().specific
    tags = head(client, section.url)
    assert tags.types == ["BreadcrumbList"]
    assert tags.crumb_names() == ["Beranda", section.title]
    assert tags.links["canonical"] == BASE + section.url
    assert tags.one("description") == section.intro
    assert tags.one("twitter:card") == "summary"
    assert "og:image" not in tags.meta


def test_a_section_without_an_intro_is_described_by_the_papers_tagline(client, home):
    section = home.sections().first().specific
    section.intro = ""
    section.save()
    assert head(client, section.url).one("description") == home.tagline
