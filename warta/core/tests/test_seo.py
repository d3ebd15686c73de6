"""Page metadata: description, canonical URL, Open Graph, Twitter and JSON-LD."""

import json
from html.parser import HTMLParser
from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.images.models import SourceImageIOError

from warta.articles.models import ArticlePage, ArticleWriter
from warta.core import seo
from warta.multimedia.models import InfographicPage, PhotoGalleryPage, VideoPage
from warta.people.models import Person

pytestmark = pytest.mark.django_db

BASE = "https://www.warta.example"
HOSTILE = "</script><script>alert(1)</script>"


class Head(HTMLParser):
    """The metadata of a rendered page: meta tags, the canonical link, JSON-LD."""

    def __init__(self, text):
        super().__init__()
        self.meta, self.links, self.json_ld, self.scripts = {}, {}, [], 0
        self._in_json_ld = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            key = attrs.get("property") or attrs["name"]
            self.meta.setdefault(key, []).append(attrs.get("content"))
        elif tag == "link":
            self.links[attrs.get("rel")] = attrs.get("href")
        elif tag == "script":
            self.scripts += 1
            self._in_json_ld = attrs.get("type") == "application/ld+json"

    def handle_endtag(self, tag):
        self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld.append(json.loads(data))

    def one(self, key):
        (value,) = self.meta[key]
        return value

    def of_type(self, kind):
        (found,) = [item for item in self.json_ld if item["@type"] == kind]
        return found


@pytest.fixture(autouse=True)
def public_address(settings):
    settings.WARTA_BASE_URL = BASE


@pytest.fixture
def staff_article(db):
    return (
        ArticlePage.objects.live()
        .exclude(writer_links=None)
        .exclude(lead_image=None)
        .first()
    )


def head(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, url
    return Head(response.content.decode())


def test_article_is_a_news_article_with_every_property(client, wire_article):
    article = wire_article
    data = head(client, article.url).of_type("NewsArticle")
    url = BASE + article.url
    assert data["headline"] == article.title
    assert data["description"] == article.dek
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}
    assert data["inLanguage"] == "id"
    assert data["datePublished"].endswith("+07:00")
    published = timezone.localtime(article.first_published_at)
    assert data["datePublished"] == published.isoformat(timespec="seconds")
    assert data["dateModified"].endswith("+07:00")
    assert data["articleSection"] == article.get_parent().title
    assert data["keywords"] == [topic.name for topic in article.topics.all()]
    assert data["publisher"] == {
        "@type": "Organization",
        "name": "Harian Warta",
        "url": BASE + "/",
    }
    editor = article.editor
    assert data["editor"] == {
        "@type": "Person",
        "name": editor.name,
        "url": f"{BASE}/penulis/{editor.slug}/",
    }


def test_article_images_are_absolute_16x9_4x3_and_1x1_crops(client, wire_article):
    images = head(client, wire_article.url).of_type("NewsArticle")["image"]
    assert len(images) == 3
    assert all(url.startswith(BASE + "/media/") for url in images)
    for url, spec in zip(images, seo.LD_IMAGES, strict=True):
        assert f".{spec}." in url


def test_wire_copy_is_credited_to_the_agency_as_an_organization(client, wire_article):
    (author,) = head(client, wire_article.url).of_type("NewsArticle")["author"]
    assert author["@type"] == "Organization"
    assert author["name"] == wire_article.agency.name
    assert author["url"] == f"{BASE}/kantor-berita/{wire_article.agency.slug}/"


def test_staff_writers_are_people_with_absolute_profile_urls(client, staff_article):
    authors = head(client, staff_article.url).of_type("NewsArticle")["author"]
    assert authors == [
        {
            "@type": "Person",
            "name": writer.name,
            "url": f"{BASE}/penulis/{writer.slug}/",
        }
        for writer in staff_article.writers
    ]


def test_date_modified_is_the_editors_update_time(client):
    article = ArticlePage.objects.live().exclude(updated_at=None).first()
    data = head(client, article.url).of_type("NewsArticle")
    assert data["dateModified"] == seo.iso_datetime(article.updated_at)
    assert data["dateModified"].endswith("+07:00")


def test_story_breadcrumbs_run_home_section_story(client, wire_article):
    section = wire_article.get_parent()
    crumbs = head(client, wire_article.url).of_type("BreadcrumbList")
    items = crumbs["itemListElement"]
    assert [item["position"] for item in items] == [1, 2, 3]
    assert [item["name"] for item in items] == [
        "Beranda",
        section.title,
        wire_article.title,
    ]
    assert [item["item"] for item in items] == [
        BASE + "/",
        BASE + section.url,
        BASE + wire_article.url,
    ]


def test_open_graph_and_twitter_cards_of_an_article(client, wire_article):
    tags = head(client, wire_article.url)
    url = BASE + wire_article.url
    assert tags.one("description") == wire_article.dek
    assert tags.one("og:site_name") == "Harian Warta"
    assert tags.one("og:type") == "article"
    assert tags.one("og:locale") == "id_ID"
    assert tags.one("og:title") == wire_article.title
    assert tags.one("og:description") == wire_article.dek
    assert tags.one("og:url") == url
    assert tags.one("og:image").startswith(BASE + "/media/")
    assert ".fill-1200x630." in tags.one("og:image")
    assert (tags.one("og:image:width"), tags.one("og:image:height")) == ("1200", "630")
    assert tags.one("og:image:alt") == wire_article.lead_caption
    assert tags.one("article:published_time").endswith("+07:00")
    assert tags.one("article:modified_time").endswith("+07:00")
    assert tags.one("article:section") == wire_article.get_parent().title
    assert tags.meta["article:tag"] == [t.name for t in wire_article.topics.all()]
    assert tags.one("twitter:card") == "summary_large_image"
    assert tags.one("twitter:title") == wire_article.title
    assert tags.one("twitter:image") == tags.one("og:image")


def test_canonical_ignores_a_hostile_host_header(client, wire_article):
    response = client.get(wire_article.url, HTTP_HOST="evil.example")
    text = response.content.decode()
    tags = Head(text)
    assert tags.links["canonical"] == BASE + wire_article.url
    assert tags.one("og:url") == BASE + wire_article.url
    assert "evil.example" not in text


def test_a_headline_cannot_break_out_of_the_json_ld_script(client, wire_article):
    wire_article.title = HOSTILE
    wire_article.save()
    text = client.get(wire_article.url).content.decode()
    assert "<script>alert(1)" not in text
    tags = Head(text)
    assert tags.of_type("NewsArticle")["headline"] == HOSTILE
    assert tags.scripts == len(tags.json_ld) + text.count("<script src=")
    assert not set("<>&") & set(seo.to_script_json({"headline": HOSTILE + "&"}))


def test_home_is_a_website_with_search_and_an_organization(client, home):
    tags = head(client, "/")
    site = tags.of_type("WebSite")
    assert site["url"] == BASE + "/"
    assert site["potentialAction"]["@type"] == "SearchAction"
    assert site["potentialAction"]["target"] == BASE + "/cari/?q={search_term_string}"
    assert tags.of_type("Organization")["name"] == "Harian Warta"
    assert not [item for item in tags.json_ld if item["@type"] == "BreadcrumbList"]
    assert tags.links["canonical"] == BASE + "/"
    assert tags.one("og:type") == "website"
    assert tags.one("description") == home.tagline


def test_section_page_has_breadcrumbs_and_its_intro(client, home):
    section = home.sections().first()
    tags = head(client, section.url)
    names = [i["name"] for i in tags.of_type("BreadcrumbList")["itemListElement"]]
    assert names == ["Beranda", section.specific.title]
    assert tags.links["canonical"] == BASE + section.url
    assert tags.one("twitter:card") == "summary"


def test_video_is_a_video_object(client):
    video = VideoPage.objects.live().exclude(provider_url="").first()
    data = head(client, video.url).of_type("VideoObject")
    assert data["name"] == video.title
    assert data["uploadDate"].endswith("+07:00")
    assert data["thumbnailUrl"][0].startswith(BASE + "/media/")
    assert data["embedUrl"] == seo.embed_url(video.provider_url)
    assert data["embedUrl"].startswith("https://www.youtube.com/embed/")
    assert data["description"]


@pytest.mark.parametrize("model", [PhotoGalleryPage, InfographicPage])
def test_galleries_and_infographics_are_news_articles(client, model):
    story = model.objects.live().first()
    tags = head(client, story.url)
    data = tags.of_type("NewsArticle")
    assert data["headline"] == story.title
    assert data["image"]
    assert data["articleSection"] == story.get_parent().title
    assert tags.one("og:type") == "article"


def test_person_page_is_a_profile_with_its_own_canonical(client, wire_article):
    editor = wire_article.editor
    url = f"/penulis/{editor.slug}/"
    tags = head(client, url, HTTP_HOST="evil.example")
    assert tags.links["canonical"] == BASE + url
    profile = tags.of_type("ProfilePage")
    assert profile["mainEntity"]["name"] == editor.name
    assert tags.one("og:title") == editor.name
    assert tags.one("description")


def test_agency_and_topic_pages_render_their_metadata(client, wire_article):
    topic = wire_article.topics.first()
    for url in (
        f"/kantor-berita/{wire_article.agency.slug}/",
        f"/topik/{topic.slug}/",
    ):
        tags = head(client, url)
        assert tags.links["canonical"] == BASE + url
        assert tags.one("description")
        assert len(tags.of_type("BreadcrumbList")["itemListElement"]) == 2


def test_a_missing_page_gets_no_canonical(client):
    response = client.get("/tidak-ada-halaman-ini/")
    assert response.status_code == 404
    tags = Head(response.content.decode())
    assert "canonical" not in tags.links
    assert tags.json_ld == []


def test_preview_of_an_unpublished_change_renders_its_metadata(wire_article):
    wire_article.title = "Judul draf"
    response = wire_article.make_preview_request()
    data = Head(response.content.decode()).of_type("NewsArticle")
    assert data["headline"] == "Judul draf"


def test_a_long_headline_is_cut_to_110_characters():
    page = ArticlePage(title="Kata " * 40)
    data = seo.news_article(page, seo.Meta(title=page.title), [])
    assert len(data["headline"]) <= seo.HEADLINE_MAX
    assert data["headline"].endswith("…")


def test_a_missing_image_file_means_no_image_rather_than_an_error(monkeypatch):
    def missing(image, *specs):
        raise SourceImageIOError("gone")

    monkeypatch.setattr(seo, "renditions", missing)
    assert seo.picture(SimpleNamespace(title="x")) is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/media/a.jpg", BASE + "/media/a.jpg"),
        ("media/a.jpg", BASE + "/media/a.jpg"),
        ("https://cdn.example/a.jpg", "https://cdn.example/a.jpg"),
        ("//cdn.example/a.jpg", "https://cdn.example/a.jpg"),
        ("", ""),
    ],
)
def test_absolute_url(url, expected):
    assert seo.absolute_url(url) == expected


def test_canonical_of_a_later_listing_page_keeps_its_number():
    assert seo.canonical_url("/nasional/", 1) == BASE + "/nasional/"
    assert seo.canonical_url("/nasional/", 3) == BASE + "/nasional/?page=3"
    assert seo.canonical_url("") == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [("03:42", "PT3M42S"), ("1:00:05", "PT1H5S"), ("0:00", "PT0S"), ("abc", "")],
)
def test_iso_duration(text, expected):
    assert seo.iso_duration(text) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://www.youtube.com/watch?v=abc_1",
            "https://www.youtube.com/embed/abc_1",
        ),
        ("https://youtu.be/abc_1", "https://www.youtube.com/embed/abc_1"),
        ("https://vimeo.com/12345", "https://player.vimeo.com/video/12345"),
        ("https://example.com/video/1", ""),
        ("https://www.youtube.com/watch?v=a%22b", ""),
    ],
)
def test_embed_url(url, expected):
    assert seo.embed_url(url) == expected


def test_rich_text_description_keeps_paragraphs_apart():
    assert seo.plain_text("<p>Satu.</p><p>Dua &amp; tiga</p>", rich=True) == (
        "Satu. Dua & tiga"
    )


def _meta_queries(article_id):
    page = ArticlePage.objects.get(pk=article_id)
    with CaptureQueriesContext(connection) as queries:
        seo.meta_for_page(page)
    return len(queries)


def test_metadata_costs_the_same_queries_whatever_the_number_of_writers(
    staff_article,
):
    _meta_queries(staff_article.pk)  # the first call makes the image renditions
    one_writer = _meta_queries(staff_article.pk)
    for i in range(3):
        person = Person.objects.create(name=f"Uji {i}", slug=f"uji-{i}")
        ArticleWriter.objects.create(page=staff_article, person=person, sort_order=9)
    assert _meta_queries(staff_article.pk) == one_writer
    assert one_writer <= 8


def test_article_page_query_count_is_pinned(
    client, wire_article, django_assert_max_num_queries
):
    client.get(wire_article.url)  # renditions and caches are made once
    with django_assert_max_num_queries(30):
        client.get(wire_article.url)
