"""What a weekend edition's page says to search engines and link previews."""

import pytest

from warta.core.seo import plain_text
from warta.core.tests.pagehead import BASE, head
from warta.editions.models import EditionPage

pytestmark = pytest.mark.django_db


def test_edition_page_shares_its_cover_with_its_intro(client):
    edition = EditionPage.objects.live().exclude(cover_image=None).first()
    tags = head(client, edition.url)
    assert tags.types == ["BreadcrumbList"]
    assert tags.crumb_names() == ["Beranda", edition.get_parent().title, edition.title]
    assert tags.links["canonical"] == BASE + edition.url
    assert tags.one("og:type") == "website"
    assert tags.one("description") == plain_text(edition.intro)
    assert ".fill-1200x630." in tags.one("og:image")
    assert tags.one("og:image").startswith(BASE + "/media/")
    assert tags.one("twitter:card") == "summary_large_image"
