"""Share links and related articles on the article page."""

from urllib.parse import quote

import pytest
from django.conf import settings
from django.utils.html import escape

from warta.articles.models import ArticlePage

pytestmark = pytest.mark.django_db


def test_share_links_are_plain_links_to_the_canonical_url(client, wire_article):
    html = client.get(wire_article.url, HTTP_HOST="evil.example").content.decode()
    url = quote(settings.WARTA_BASE_URL + wire_article.url, safe="")
    for start in (
        "https://wa.me/?text=",
        f"https://www.facebook.com/sharer/sharer.php?u={url}",
        "https://x.com/intent/post?text=",
        f"https://t.me/share/url?url={url}",
    ):
        assert f'href="{start}' in html, start
    copy = f'href="{settings.WARTA_BASE_URL}{wire_article.url}" data-share-copy'
    assert copy in html
    assert "evil.example" not in html
    assert "connect.facebook.net" not in html and "platform.twitter.com" not in html


def test_related_articles_share_a_topic_and_exclude_the_story(wire_article):
    related = wire_article.related_articles()
    assert related and wire_article.pk not in [story.pk for story in related]
    topics = set(wire_article.topics.values_list("pk", flat=True))
    first = ArticlePage.objects.get(pk=related[0].pk)
    assert topics & set(first.topics.values_list("pk", flat=True))


def test_related_articles_fall_back_to_the_section(home):
    section = home.sections().first()
    lonely = ArticlePage(title="Tanpa topik", slug="tanpa-topik-uji")
    section.add_child(instance=lonely)
    lonely.save_revision().publish()
    related = lonely.related_articles()
    assert len(related) == 4
    assert all(story.url_path.startswith(section.url_path) for story in related)


def test_related_articles_are_shown_on_the_page(client, wire_article):
    html = client.get(wire_article.url).content.decode()
    assert "Berita Terkait" in html
    for page in wire_article.related_articles():
        assert escape(page.title) in html


def related_part(client, story):
    html = client.get(story.url).content.decode()
    return html.split('id="berita-terkait"', 1)[1].split("</section>", 1)[0]


def test_a_new_story_on_the_same_topic_is_related_at_once(client, wire_article):
    related_part(client, wire_article)  # the related list is now kept
    topic = wire_article.topics.first()
    newer = ArticlePage(title="Kelanjutan kabar dengan topik sama", slug="lanjutan")
    wire_article.get_parent().add_child(instance=newer)
    newer.topics.add(topic)
    newer.save_revision().publish()
    assert "Kelanjutan kabar dengan topik sama" in related_part(client, wire_article)

    newer.unpublish()
    assert "Kelanjutan kabar dengan topik sama" not in related_part(
        client, wire_article
    )
