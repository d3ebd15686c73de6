"""Story cards come from the cache, and never show an older version of a story.

The page cache is off in tests, so every request renders the page; the cards
in it are kept per version of their story (``{% card %}``).
"""

import re

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from wagtail.images.models import Rendition

from warta.core.cards import card_refs
from warta.core.templatetags.cards import card

pytestmark = pytest.mark.django_db


def front_lead(home):
    from warta.articles.models import ArticlePage

    lead = home.get_context(RequestFactory().get("/"))["lead"]
    return ArticlePage.objects.get(pk=lead.pk)


def test_a_headline_fixed_after_publishing_shows_at_once_on_the_front(client, home):
    lead = front_lead(home)
    old_title = lead.title
    assert old_title in client.get("/").content.decode()  # its card is now cached

    lead.title = "Judul yang sudah dibetulkan redaktur"
    lead.save_revision().publish()

    page = client.get("/").content.decode()
    assert "Judul yang sudah dibetulkan redaktur" in page
    assert old_title not in page


def test_a_renamed_section_changes_the_links_of_its_cached_cards(client, home):
    lead = front_lead(home)
    section = lead.get_parent().specific
    client.get("/")

    section.slug = "rubrik-baru"
    section.save_revision().publish()

    page = client.get("/").content.decode()
    assert f'href="/rubrik-baru/{lead.slug}/"' in page


def lead_pictures(home, client):
    """The picture addresses in the front page's lead card."""
    page = client.get("/").content.decode()
    card_html = page[page.index('class="card') :]
    card_html = card_html[: card_html.index("</article>")]
    return set(re.findall(r'/media/images/[^"\s,]+', card_html))


def test_a_new_focal_point_changes_the_cached_card_picture(client, home):
    lead = front_lead(home)
    before = lead_pictures(home, client)
    assert before and lead_pictures(home, client) == before  # kept: the same
    image = lead.lead_image
    image.focal_point_x, image.focal_point_y = 10, 10
    image.focal_point_width = image.focal_point_height = 20
    image.save()
    after = lead_pictures(home, client)
    assert after and after.isdisjoint(before)  # other crops, at once


def test_readers_get_the_kept_card_and_previews_a_fresh_one(home):
    story = front_lead(home)
    request = RequestFactory().get("/")
    published = card({"request": request}, story)
    assert story.title in published
    story.title = "Judul draf yang belum terbit"  # not published: same version

    assert card({"request": request}, story) == published

    request.is_preview = True
    fresh = card({"request": request}, story)
    assert "Judul draf yang belum terbit" in fresh


def test_a_never_published_story_is_rendered_without_the_cache(home):
    story = front_lead(home)
    story.last_published_at = None
    request = RequestFactory().get("/")
    assert story.title in card({"request": request}, story)
    story.title = "Judul yang berubah"
    assert "Judul yang berubah" in card({"request": request}, story)


def test_pictures_found_in_the_cache_are_not_written_back(
    client, wire_article, monkeypatch
):
    client.get(wire_article.url)  # renditions made and cached
    writes = []
    backend = Rendition.cache_backend
    monkeypatch.setattr(backend, "set_many", lambda *a, **k: writes.append(a))
    monkeypatch.setattr(backend, "set", lambda *a, **k: writes.append(a))

    assert client.get(wire_article.url).status_code == 200
    assert writes == []


@pytest.mark.parametrize(
    "model",
    [
        "articles.ArticlePage",
        "multimedia.PhotoGalleryPage",
        "multimedia.VideoPage",
        "multimedia.InfographicPage",
        "editions.EditionPage",
    ],
)
def test_a_list_finds_the_card_a_page_would_render(model, django_assert_num_queries):
    """Lists read card references (a few columns), pages read stories: a card a
    page rendered is the one a list shows, with no query for the story."""
    from django.apps import apps

    page = apps.get_model(model).objects.live().first().specific
    request = RequestFactory().get("/")
    variants = [{"big": True}, {"compact": True}, {}]
    from_page = [card({"request": request}, page, **v) for v in variants]
    ref = card_refs([(page.pk, page.content_type_id)])[page.pk]
    assert (ref.url, ref.title) == (page.url, page.title)
    with django_assert_num_queries(0):
        from_list = [card({"request": request}, ref, **v) for v in variants]
    assert from_list == from_page


def test_a_list_renders_cards_that_are_not_cached_yet(client, home):
    section = front_lead(home).get_parent()
    cache.clear()
    page = client.get(section.url).content.decode()
    assert front_lead(home).title in page
    assert page.count('class="card') >= 2
