"""What an article and a topic page say to search engines and link previews."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from warta.articles.models import ArticlePage, ArticleWriter
from warta.articles.seo import news_article
from warta.core import seo
from warta.core.tests.pagehead import BASE, HOSTILE, Head, get, head
from warta.people.models import Person

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_article(db):
    return (
        ArticlePage.objects.live()
        .exclude(writer_links=None)
        .exclude(lead_image=None)
        .first()
    )


def test_article_is_a_news_article_with_every_property(client, wire_article):
    article = wire_article
    tags = head(client, article.url)
    assert tags.types == ["NewsArticle", "BreadcrumbList"]
    data = tags.of_type("NewsArticle")
    url = BASE + article.url
    assert data["headline"] == article.title
    assert data["description"] == article.dek
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}
    assert data["inLanguage"] == "id"
    published = timezone.localtime(article.first_published_at)
    assert data["datePublished"] == published.isoformat(timespec="seconds")
    assert data["datePublished"].endswith("+07:00")
    assert data["dateModified"].endswith("+07:00")
    assert data["articleSection"] == article.get_parent().title
    assert data["keywords"] == [topic.name for topic in article.topics.all()]
    assert data["publisher"] == {
        "@type": "Organization",
        "name": "Harian Warta",
        "url": BASE + "/",
        "logo": BASE + "/static/warta/icons/icon-512.png",  # Google's publisher logo
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
    if wire_article.agency.url:
        assert author["sameAs"] == [wire_article.agency.url]


def test_staff_writers_are_people_with_absolute_profile_urls(client, staff_article):
    tags = head(client, staff_article.url)
    assert tags.of_type("NewsArticle")["author"] == [
        {
            "@type": "Person",
            "name": writer.name,
            "url": f"{BASE}/penulis/{writer.slug}/",
        }
        for writer in staff_article.writers
    ]
    assert tags.meta["article:author"] == [
        f"{BASE}/penulis/{writer.slug}/" for writer in staff_article.writers
    ]


def test_date_modified_is_the_editors_update_time(client):
    article = ArticlePage.objects.live().exclude(updated_at=None).first()
    data = head(client, article.url).of_type("NewsArticle")
    assert data["dateModified"] == seo.iso_datetime(article.updated_at)


def test_an_advertorial_is_advertiser_content_with_its_label(client):
    ad = ArticlePage.objects.live().filter(article_type="advertorial").first()
    data = head(client, ad.url).of_type("AdvertiserContentArticle")
    assert data["genre"] == ad.type_label
    assert data["headline"] == ad.title


def test_story_breadcrumbs_run_home_section_story(client, wire_article):
    section = wire_article.get_parent()
    items = head(client, wire_article.url).of_type("BreadcrumbList")["itemListElement"]
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
    assert tags.links["canonical"] == url
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


def test_the_share_link_under_the_story_is_its_canonical(client, wire_article):
    response = get(client, wire_article.url, HTTP_HOST="evil.example")
    assert response.context["share_url"] == BASE + wire_article.url


def test_a_headline_cannot_break_out_of_the_json_ld_script(client, wire_article):
    wire_article.title = HOSTILE
    wire_article.save()
    text = get(client, wire_article.url).content.decode()
    assert "<script>alert(1)" not in text
    tags = Head(text)
    assert tags.of_type("NewsArticle")["headline"] == HOSTILE
    assert tags.scripts == len(tags.json_ld) + text.count("<script src=")


def test_preview_of_an_unpublished_change_renders_its_metadata(wire_article):
    wire_article.title = "Judul draf"
    response = wire_article.make_preview_request()
    data = Head(response.content.decode()).of_type("NewsArticle")
    assert data["headline"] == "Judul draf"


def test_a_long_headline_is_cut_to_110_characters():
    page = ArticlePage(title="Kata " * 40)
    data = news_article(page, seo.Meta(title=page.title), [])
    assert len(data["headline"]) <= seo.HEADLINE_MAX
    assert data["headline"].endswith("…")


def test_topic_page_is_a_listing_with_its_own_canonical(client, wire_article):
    topic = wire_article.topics.first()
    url = f"/topik/{topic.slug}/"
    tags = head(client, url, HTTP_HOST="evil.example")
    assert tags.links["canonical"] == BASE + url
    assert tags.one("og:title") == f"Topik: {topic.name}"
    assert tags.one("description") == f"Berita tentang {topic.name} dari Harian Warta."
    assert tags.crumb_names() == ["Beranda", f"Topik: {topic.name}"]


def _meta_queries(article_id):
    page = ArticlePage.objects.get(pk=article_id)
    with CaptureQueriesContext(connection) as queries:
        page.seo_meta()
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
