"""Every kind of body block renders on the article page."""

import pytest
from django.utils.html import escape
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from warta.articles.models import ArticlePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def article_with(wire_article):
    def publish(*blocks):
        wire_article.body = list(blocks)
        wire_article.save_revision().publish()
        return wire_article

    return publish


def render(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_headings_quotes_and_related_links_render(client, article_with, wire_article):
    other = ArticlePage.objects.live().exclude(pk=wire_article.pk).first()
    page = article_with(
        ("paragraph", "<p>Paragraf pembuka.</p>"),
        ("heading", "Lokasi Baru"),
        ("quote", {"text": "Kami siap bekerja.", "attribution": "Ketua Panitia"}),
        ("related", {"article": other}),
    )
    html = render(client, page)
    assert '<h2 class="subheading">Lokasi Baru</h2>' in html
    assert "Kami siap bekerja." in html and "— Ketua Panitia" in html
    assert (
        f'Baca juga:</strong> <a href="{other.url}">{escape(other.title)}</a>' in html
    )


def test_inline_photo_shows_its_credit_and_caption(client, article_with, wire_article):
    image = wire_article.lead_image
    page = article_with(
        ("paragraph", "<p>Paragraf.</p>"),
        ("image", {"image": image, "caption_title": "uji", "caption": "Keterangan"}),
    )
    html = render(client, page)
    assert html.count(f"Foto : {escape(image.credit)}") == 2
    assert "UJI</span> I Keterangan" in html


def test_embed_renders_from_the_embed_cache(client, article_with):
    url = "https://video.contoh.invalid/v/1"
    Embed.objects.create(
        url=url,
        hash=get_embed_hash(url),
        type="video",
        html='<div class="uji-embed"></div>',
    )
    html = render(client, article_with(("embed", url)))
    assert '<div class="uji-embed"></div>' in html


def test_embed_that_cannot_be_fetched_falls_back_to_a_link(client, article_with):
    url = "https://tidak-dikenal.contoh.invalid/x"
    html = render(client, article_with(("embed", url)))
    assert f'<a href="{url}" rel="noopener">' in html


def test_a_related_article_that_was_unpublished_disappears(
    client, article_with, wire_article
):
    other = ArticlePage.objects.live().exclude(pk=wire_article.pk).first()
    page = article_with(("related", {"article": other}))
    other.unpublish()
    assert "Baca juga" not in render(client, page)
