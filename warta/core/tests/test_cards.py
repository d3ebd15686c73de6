"""Story cards come from the cache, and never show an older version of a story.

The page cache is off in tests, so every request renders the page; the cards
in it are kept per version of their story (``{% card %}``).
"""

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from wagtail.images.models import Rendition

from warta.core.cards import VARIANTS, card_key, card_refs
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


def test_a_new_focal_point_changes_the_cached_card_picture(client, home):
    lead = front_lead(home)
    before = card_key(lead, "big")
    image = lead.lead_image
    image.focal_point_x, image.focal_point_y = 10, 10
    image.focal_point_width = image.focal_point_height = 20
    image.save()
    lead.refresh_from_db()
    assert card_key(lead, "big") != before


def test_cards_are_served_from_the_cache_except_in_previews(home):
    story = front_lead(home)
    cache.set(card_key(story, "plain"), "<article>kept</article>")
    request = RequestFactory().get("/")

    assert card({"request": request}, story) == "<article>kept</article>"

    request.is_preview = True
    fresh = card({"request": request}, story)
    assert "kept" not in fresh and story.title in fresh


def test_a_never_published_story_is_rendered_without_the_cache(home):
    story = front_lead(home)
    story.last_published_at = None
    assert card_key(story, "plain") is None
    assert story.title in card({"request": RequestFactory().get("/")}, story)


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
def test_a_list_finds_the_card_a_page_would_render(model):
    """Lists read card references (a few columns), pages read stories: both
    must agree on the key, the address and the headline of every kind."""
    from django.apps import apps

    page = apps.get_model(model).objects.live().first().specific
    ref = card_refs([(page.pk, page.content_type_id)])[page.pk]
    assert (ref.url, ref.title) == (page.url, page.title)
    for variant in VARIANTS:
        assert ref.key(variant) == card_key(page, variant)


def test_a_list_renders_cards_that_are_not_cached_yet(client, home):
    section = front_lead(home).get_parent()
    cache.clear()
    page = client.get(section.url).content.decode()
    assert front_lead(home).title in page
    assert page.count('class="card') >= 2
