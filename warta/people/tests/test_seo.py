"""What a writer's and an agency's page say to search engines."""

import pytest

from warta.core.tests.pagehead import BASE, head

pytestmark = pytest.mark.django_db


def test_person_page_is_a_profile_with_its_own_canonical(client, wire_article):
    editor = wire_article.editor
    url = f"/penulis/{editor.slug}/"
    tags = head(client, url, HTTP_HOST="evil.example")
    assert tags.types == ["ProfilePage", "BreadcrumbList"]
    assert tags.links["canonical"] == BASE + url
    profile = tags.of_type("ProfilePage")
    assert profile["url"] == BASE + url
    assert profile["mainEntity"]["@type"] == "Person"
    assert profile["mainEntity"]["name"] == editor.name
    assert tags.one("og:title") == editor.name
    assert tags.one("description")
    assert tags.crumb_names() == ["Beranda", editor.name]


def test_a_person_without_a_bio_is_described_by_the_papers_tagline(
    client, wire_article, home
):
    editor = wire_article.editor
    editor.bio = editor.job_title = ""
    editor.save()
    tags = head(client, f"/penulis/{editor.slug}/")
    assert tags.one("description") == home.tagline


def test_agency_page_has_its_canonical_and_breadcrumbs(client, wire_article):
    agency = wire_article.agency
    url = f"/kantor-berita/{agency.slug}/"
    tags = head(client, url)
    assert tags.types == ["BreadcrumbList"]
    assert tags.links["canonical"] == BASE + url
    assert tags.one("og:title") == agency.name
    assert tags.one("description")
