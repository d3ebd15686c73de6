"""Feeds: RSS 2.0 and Atom, per scope, parse cleanly and carry every item field."""

import feedparser
import pytest

from warta.articles.models import ArticlePage
from warta.people.models import Person

pytestmark = pytest.mark.django_db


def parse(client, url):
    response = client.get(url, HTTP_HOST="evil.example")
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, (url, feed.get("bozo_exception"))
    assert "evil.example" not in response.content.decode()
    return feed


@pytest.fixture
def topic_slug(wire_article):
    return wire_article.topics.first().slug


@pytest.fixture
def writer():
    return Person.objects.filter(article_links__isnull=False).distinct().first()


def scope_urls(topic_slug, writer):
    return [
        "/",
        "/rubrik/nasional/",
        f"/topik/{topic_slug}/",
        f"/penulis/{writer.slug}/",
    ]


@pytest.mark.parametrize("fmt", ["rss", "atom"])
@pytest.mark.parametrize("full", ["", "lengkap/"])
def test_every_feed_parses_without_bozo(client, topic_slug, writer, fmt, full):
    for prefix in scope_urls(topic_slug, writer):
        feed = parse(client, f"{prefix}{fmt}/{full}")
        assert feed.entries, prefix
        assert feed.feed.language == "id" if fmt == "rss" else True


def test_rss_item_carries_title_summary_author_topics_date_and_image(
    client, wire_article
):
    feed = parse(client, "/rss/")
    item = next(e for e in feed.entries if e.link.endswith(wire_article.url))
    assert item.title == wire_article.title
    assert item.summary == wire_article.dek
    assert item.author == "Antara"
    terms = {tag.term for tag in item.tags}
    assert {t.name for t in wire_article.topics.all()} <= terms
    assert item.published.endswith("+0700")
    enclosure = item.enclosures[0]
    assert enclosure.type.startswith("image/")
    assert int(enclosure.length) > 0
    assert enclosure.href.startswith("http://127.0.0.1:8000/media/")
    media = item.media_content[0]
    assert media["medium"] == "image" and media["width"] == "1200"
    assert item.media_credit[0]["content"] == wire_article.lead_image.credit


def test_atom_dates_carry_the_jakarta_offset(client):
    feed = parse(client, "/atom/")
    assert all(e.published.endswith("+07:00") for e in feed.entries)
    assert all(e.updated.endswith("+07:00") for e in feed.entries)


def test_full_text_feed_has_the_body_dateline_and_sign_off(client, wire_article):
    feed = parse(client, "/rss/lengkap/")
    item = next(e for e in feed.entries if e.link.endswith(wire_article.url))
    html = max(item.content, key=lambda c: len(c.value)).value
    assert wire_article.dateline in html
    assert f"\u25a0 {wire_article.sign_off}" in html
    assert 'src="/' not in html and "Foto : " in html
    summary_only = parse(client, "/rss/")
    assert all(len(e.get("content", [])) <= 1 for e in summary_only.entries)


def test_section_feed_holds_only_that_section(client):
    feed = parse(client, "/rubrik/olahraga/rss/")
    assert all("/olahraga/" in e.link for e in feed.entries)
    assert feed.feed.title.endswith("Olahraga")


def test_writer_feed_holds_the_writers_articles(client, writer):
    feed = parse(client, f"/penulis/{writer.slug}/atom/")
    for entry in feed.entries:
        assert writer.name in entry.author


def test_unknown_scopes_are_404(client):
    for url in ["/rubrik/tidak-ada/rss/", "/topik/tidak-ada/rss/", "/penulis/x/atom/"]:
        assert client.get(url).status_code == 404


def test_unpublished_and_embargoed_stories_stay_out(client, wire_article):
    from datetime import timedelta

    from django.utils import timezone

    ArticlePage.objects.filter(pk=wire_article.pk).update(
        go_live_at=timezone.now() + timedelta(days=1)
    )
    assert wire_article.title not in client.get("/rss/").content.decode()
    ArticlePage.objects.filter(pk=wire_article.pk).update(
        go_live_at=None, expire_at=timezone.now() - timedelta(minutes=1)
    )
    assert wire_article.title not in client.get("/atom/").content.decode()


def test_feed_query_count_is_pinned(client, django_assert_max_num_queries):
    client.get("/rss/")  # renditions made once
    with django_assert_max_num_queries(40):
        client.get("/rss/")


def test_pages_link_their_feeds_in_the_head(client, wire_article, writer):
    html = client.get(wire_article.url).content.decode()
    assert 'type="application/rss+xml"' in html
    assert 'href="http://127.0.0.1:8000/rss/"' in html
    section = wire_article.get_parent()
    assert f'href="http://127.0.0.1:8000/rubrik/{section.slug}/rss/"' in html
    html = client.get(f"/penulis/{writer.slug}/").content.decode()
    assert f"/penulis/{writer.slug}/rss/" in html
    topic = wire_article.topics.first()
    html = client.get(f"/topik/{topic.slug}/").content.decode()
    assert f"/topik/{topic.slug}/rss/" in html
