"""Sitemaps: an index of files of at most N URLs, Google News, robots.txt."""

import re
import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from warta.articles.models import ArticlePage

pytestmark = pytest.mark.django_db
NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "n": "http://www.google.com/schemas/sitemap-news/0.9",
}
OFFSET = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$")


def xml(client, url):
    response = client.get(url, HTTP_HOST="evil.example")
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/xml")
    assert b"evil.example" not in response.content
    return ET.fromstring(response.content)


def texts(root, path):
    return [node.text for node in root.findall(path, NS)]


def test_index_lists_one_file_and_it_holds_every_public_page(client):
    index = xml(client, "/sitemap.xml")
    locations = texts(index, "s:sitemap/s:loc")
    assert locations == ["http://127.0.0.1:8000/sitemap-halaman.xml"]
    assert all(OFFSET.match(d) for d in texts(index, "s:sitemap/s:lastmod"))
    urls = xml(client, "/sitemap-halaman.xml")
    locs = texts(urls, "s:url/s:loc")
    live = ArticlePage.objects.live().public().count()
    assert len(locs) > live and len(set(locs)) == len(locs)
    assert "http://127.0.0.1:8000/" in locs
    assert all(OFFSET.match(d) for d in texts(urls, "s:url/s:lastmod"))


@override_settings(WARTA_SITEMAP_LIMIT=25)
def test_index_splits_the_archive_into_files_of_the_limit(client):
    index = xml(client, "/sitemap.xml")
    locations = texts(index, "s:sitemap/s:loc")
    assert len(locations) > 2
    seen = []
    for location in locations:
        urls = texts(
            xml(client, location.removeprefix("http://127.0.0.1:8000")), "s:url/s:loc"
        )
        assert 0 < len(urls) <= 25
        seen += urls
    assert len(seen) == len(set(seen))
    assert client.get("/sitemap-halaman.xml?p=999").status_code == 404
    assert client.get("/sitemap-tidak-ada.xml").status_code == 404


def test_news_sitemap_holds_the_last_48_hours(client):
    root = xml(client, "/news-sitemap.xml")
    urls = root.findall("s:url", NS)
    since = timezone.now() - timedelta(hours=48)
    expected = ArticlePage.objects.live().filter(first_published_at__gte=since)
    expected = expected.not_advertorial()  # never sent to Google News
    assert 0 < len(urls) == expected.count() <= 1000
    for url in urls:
        news = url.find("n:news", NS)
        assert news.find("n:publication/n:name", NS).text == "Harian Warta"
        assert news.find("n:publication/n:language", NS).text == "id"
        assert news.find("n:title", NS).text
        published = news.find("n:publication_date", NS).text
        assert OFFSET.match(published)
        assert parse_datetime(published) >= since


def test_robots_points_at_both_sitemaps_and_keeps_out_of_admin_and_search(client):
    response = client.get("/robots.txt", HTTP_HOST="evil.example")
    text = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://127.0.0.1:8000/sitemap.xml" in text
    assert "Sitemap: http://127.0.0.1:8000/news-sitemap.xml" in text
    assert "Disallow: /admin/" in text and "Disallow: /cari/" in text


def test_unpublished_pages_stay_out_of_sitemaps(client, wire_article):
    ArticlePage.objects.filter(pk=wire_article.pk).update(live=False)
    assert wire_article.slug.encode() not in client.get("/sitemap-halaman.xml").content
    assert wire_article.slug.encode() not in client.get("/news-sitemap.xml").content
