"""The read API: every anatomy field, filters, pagination, 304s, nothing private."""

import pytest
from django.utils import timezone

from warta.articles.models import ArticlePage
from warta.multimedia.models import PhotoGalleryPage, VideoPage
from warta.people.models import Person

pytestmark = pytest.mark.django_db
API = "/api/v1"


def get(client, url, status=200, **headers):
    response = client.get(API + url, **headers)
    assert response.status_code == status, (url, response.content[:500])
    assert response["Content-Type"].startswith("application/json")
    return response.json() if status != 304 else response


def test_sections_in_navigation_order(client):
    data = get(client, "/sections")
    assert data[0]["slug"] == "nasional"
    assert data[0]["url"] == "http://127.0.0.1:8000/nasional/"


def test_article_detail_carries_the_whole_anatomy(client, wire_article):
    data = get(client, f"/articles/{wire_article.pk}")
    assert data["title"] == wire_article.title
    assert data["kicker"] == wire_article.kicker
    assert data["dek"] == wire_article.dek
    assert data["dateline"] == wire_article.dateline
    assert data["agency"]["code"] == "Ant"
    assert data["sign_off"] == wire_article.sign_off
    assert data["editor"]["url"].startswith("http://127.0.0.1:8000/penulis/")
    assert data["section"]["slug"] == wire_article.get_parent().slug
    assert {t["slug"] for t in data["topics"]} == {
        t.slug for t in wire_article.topics.all()
    }
    assert data["first_published_at"].endswith("+07:00")
    image = data["lead_image"]
    assert image["credit"] == wire_article.lead_image.credit
    assert set(image["renditions"]) == {"thumbnail", "16x9", "4x3", "1x1"}
    square, wide = image["renditions"]["1x1"], image["renditions"]["16x9"]
    assert square["width"] == square["height"]
    assert wide["width"] * 9 == wide["height"] * 16
    types = {block["type"] for block in data["body"]}
    assert "paragraph" in types
    paragraph = next(b for b in data["body"] if b["type"] == "paragraph")
    assert paragraph["value"]["html"].startswith("<")


def test_article_list_is_paginated_and_bounded(client):
    data = get(client, "/articles?limit=5&offset=5")
    assert data["limit"] == 5 and data["offset"] == 5 and len(data["items"]) == 5
    assert data["count"] == ArticlePage.objects.live().public().count()
    assert "body" not in data["items"][0]
    get(client, "/articles?limit=101", status=422)
    get(client, "/articles?offset=-1", status=422)
    get(client, "/articles?since=nonsense", status=422)
    get(client, "/articles?since=0001-01-01T00:00:00", status=422)
    get(client, "/articles?section=%00", status=422)


def test_article_filters(client, wire_article):
    section = wire_article.get_parent().slug
    data = get(client, f"/articles?section={section}&limit=100")
    assert data["items"] and all(i["section"]["slug"] == section for i in data["items"])
    topic = wire_article.topics.first().slug
    data = get(client, f"/articles?topic={topic}&limit=100")
    assert wire_article.pk in [i["id"] for i in data["items"]]
    writer = Person.objects.filter(article_links__isnull=False).first()
    data = get(client, f"/articles?writer={writer.slug}&limit=100")
    assert data["items"]
    assert all(writer.slug in [w["slug"] for w in i["writers"]] for i in data["items"])
    since = timezone.localtime() - timezone.timedelta(hours=48)
    data = get(client, "/articles", data={"since": since.isoformat(), "limit": 100})
    assert 0 < data["count"] < ArticlePage.objects.live().count()
    data = get(client, "/articles", data={"until": since.isoformat(), "limit": 1})
    assert data["items"][0]["first_published_at"] < since.isoformat()
    assert get(client, "/articles?section=tidak-ada")["count"] == 0


def test_etag_and_last_modified_give_304(client, wire_article):
    response = client.get(f"{API}/articles/{wire_article.pk}")
    etag, modified = response["ETag"], response["Last-Modified"]
    again = client.get(f"{API}/articles/{wire_article.pk}", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    again = client.get(
        f"{API}/articles/{wire_article.pk}", HTTP_IF_MODIFIED_SINCE=modified
    )
    assert again.status_code == 304
    listing = client.get(f"{API}/articles")
    assert (
        client.get(f"{API}/articles", HTTP_IF_NONE_MATCH=listing["ETag"]).status_code
        == 304
    )
    assert client.get(f"{API}/articles", HTTP_IF_NONE_MATCH='"x"').status_code == 200


def test_galleries_have_photos_with_captions_and_credits(client):
    data = get(client, "/galleries")
    assert data["count"] == PhotoGalleryPage.objects.live().count() > 0
    gallery = get(client, f"/galleries/{data['items'][0]['id']}")
    photo = gallery["photos"][0]
    assert photo["image"]["credit"] and "caption" in photo


def test_videos(client):
    data = get(client, "/videos")
    assert data["count"] == VideoPage.objects.live().count() > 0
    video = get(client, f"/videos/{data['items'][0]['id']}")
    assert "duration" in video and "poster" in video


def test_people_carry_no_private_data(client):
    data = get(client, "/people?limit=100")
    assert data["count"] == Person.objects.count()
    text = str(data)
    assert "@" not in text and "user" not in data["items"][0]
    someone = data["items"][0]["slug"]
    assert get(client, f"/people/{someone}")["slug"] == someone
    get(client, "/people/tidak-ada", status=404)
    editors = get(client, "/people?role=editor&limit=100")["items"]
    assert editors and len(editors) == Person.objects.filter(is_editor=True).count()


def test_unpublished_embargoed_expired_and_private_stories_are_404(
    client, wire_article
):
    from wagtail.models import PageViewRestriction

    url = f"/articles/{wire_article.pk}"
    later = timezone.now() + timezone.timedelta(days=1)
    earlier = timezone.now() - timezone.timedelta(minutes=1)
    for change in [
        {"live": False},
        {"go_live_at": later},
        {"expire_at": earlier},
    ]:
        ArticlePage.objects.filter(pk=wire_article.pk).update(**change)
        get(client, url, status=404)
        ids = [item["id"] for item in get(client, "/articles?limit=100")["items"]]
        assert wire_article.pk not in ids
        ArticlePage.objects.filter(pk=wire_article.pk).update(
            live=True, go_live_at=None, expire_at=None
        )
    get(client, url)
    PageViewRestriction.objects.create(
        page=wire_article, restriction_type="password", password="rahasia"
    )
    get(client, url, status=404)


def test_unknown_ids_and_bad_paths_are_json_404(client):
    get(client, "/articles/999999999", status=404)
    get(client, "/galleries/99999999999999999999", status=422)
    get(client, "/videos/-1", status=422)


def test_openapi_schema_is_served(client):
    schema = get(client, "/openapi.json")
    assert schema["openapi"].startswith("3.")
    assert "/api/v1/articles" in schema["paths"]
    assert "/api/v1/articles/{article_id}" in schema["paths"]


def test_list_query_count_is_pinned(client, django_assert_max_num_queries):
    client.get(f"{API}/articles?limit=20")
    with django_assert_max_num_queries(12):
        client.get(f"{API}/articles?limit=20")
