"""The view beacon counts readers once per window and tells nobody anything."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, override_settings
from django.urls import reverse
from PIL import Image
from wagtail.models import Page, PageViewRestriction

from warta.multimedia.models import PhotoGalleryPage
from warta.popularity.tests.conftest import BROWSER, views_of

pytestmark = pytest.mark.django_db


def test_the_url_is_named_and_short(article):
    assert reverse("popularity:view", args=[article.pk]) == f"/v/{article.pk}/"


def test_a_post_counts_a_view_and_answers_204_uncached(beacon, article):
    response = beacon(article)
    assert response.status_code == 204
    assert response["Cache-Control"] == "no-store"
    assert views_of(article) == 1


def test_get_answers_a_transparent_gif_and_counts(beacon, article):
    response = beacon(article, method="get")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/gif"
    image = Image.open(io.BytesIO(response.content))
    assert image.format == "GIF" and image.size == (1, 1)
    assert image.convert("RGBA").getpixel((0, 0))[3] == 0  # transparent
    assert response["Cache-Control"] == "no-store"
    assert views_of(article) == 1


def test_other_methods_are_refused(beacon, article):
    assert beacon(article, method="put").status_code == 405
    assert beacon(article, method="head").status_code == 405
    assert views_of(article) == 0


def test_a_refresh_within_the_window_counts_once(beacon, article):
    assert [beacon(article).status_code for _ in range(5)] == [204] * 5
    assert views_of(article) == 1


def test_the_same_reader_counts_again_for_another_story(beacon, articles):
    beacon(articles[0])
    beacon(articles[1])
    assert (views_of(articles[0]), views_of(articles[1])) == (1, 1)


def test_different_readers_each_count(beacon, article):
    for ip in ("203.0.113.1", "203.0.113.2", "2001:db8:1::5", "2001:db8:2::5"):
        beacon(article, ip=ip)
    assert views_of(article) == 4


def test_one_ipv6_network_is_one_reader(beacon, article):
    beacon(article, ip="2001:db8:1:2::a")
    beacon(article, ip="2001:db8:1:2:ffff::b")
    assert views_of(article) == 1


@override_settings(WARTA_VIEW_HOURLY_CAP=2)
def test_a_reader_is_capped_per_hour_across_stories(beacon, articles):
    for page in articles[:4]:
        assert beacon(page).status_code == 204
    assert [views_of(page) for page in articles[:4]] == [1, 1, 0, 0]


@pytest.mark.parametrize(
    "agent",
    [
        "",
        "   ",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "Mozilla/5.0 (compatible; Yahoo! Slurp)",
        "Mozilla/5.0 (compatible; Baiduspider/2.0)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "WhatsApp/2.23.20.0 A",
        "curl/8.5.0",
        "Wget/1.21.4",
        "python-requests/2.32.3",
        "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/126.0 Safari/537.36",
        "Mozilla/5.0 AppleWebKit/537.36 (compatible; GPTBot/1.2)",
        "Mediapartners-Google",
    ],
)
def test_bots_and_empty_agents_are_answered_but_not_counted(beacon, article, agent):
    assert beacon(article, agent=agent).status_code == 204
    assert beacon(article, agent=agent, method="get")["Content-Type"] == "image/gif"
    assert views_of(article) == 0


def test_a_cubot_phone_is_a_reader_not_a_bot(beacon, article):
    agent = "Mozilla/5.0 (Linux; Android 12; CUBOT KINGKONG 7) Chrome/120.0 Mobile"
    beacon(article, agent=agent)
    assert views_of(article) == 1


@pytest.mark.parametrize(
    "meta",
    [
        {"HTTP_SEC_PURPOSE": "prefetch"},
        {"HTTP_SEC_PURPOSE": "prefetch;prerender"},
        {"HTTP_PURPOSE": "prefetch"},
        {"HTTP_X_MOZ": "prefetch"},
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
    ],
)
def test_prefetches_and_cross_site_requests_are_not_counted(beacon, article, meta):
    assert beacon(article, **meta).status_code == 204
    assert views_of(article) == 0


def test_same_origin_fetch_metadata_counts(beacon, article):
    beacon(article, HTTP_SEC_FETCH_SITE="same-origin", HTTP_SEC_FETCH_MODE="cors")
    assert views_of(article) == 1


def test_other_story_types_count_too(beacon, no_views):
    gallery = PhotoGalleryPage.objects.live().first()
    assert beacon(gallery).status_code == 204
    assert views_of(gallery) == 1


@pytest.mark.parametrize(
    "path",
    [
        "/v/0/",
        "/v/-1/",
        "/v/abc/",
        "/v/1e9/",
        "/v/2147483648/",
        "/v/99999999999999999999999999999999999999/",
        "/v/%00/",
        "/v/12/../",
        "/v/",
    ],
)
def test_hostile_ids_are_404_never_500(client, path, no_views):
    for method in (client.get, client.post):
        response = method(path, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="203.0.113.9")
        assert response.status_code == 404, (method, path)


def test_pages_that_are_not_stories_are_404(beacon, home, no_views):
    section = home.sections().first()
    root = Page.objects.get(depth=1)
    for page in (home, section, root):
        assert beacon(page).status_code == 404
        assert views_of(page) == 0


def test_unpublished_stories_are_404_and_not_counted(beacon, article):
    article.unpublish()
    assert beacon(article).status_code == 404
    assert beacon(article, method="get").status_code == 404
    assert views_of(article) == 0


def test_private_stories_are_404_and_not_counted(beacon, article):
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.LOGIN
    )
    assert beacon(article).status_code == 404
    assert views_of(article) == 0


def test_no_cookie_is_set_even_for_a_logged_in_editor_without_csrf(article):
    client = Client(enforce_csrf_checks=True)
    client.force_login(get_user_model().objects.create_user("uji-redaksi"))
    for method in (client.post, client.get):
        response = method(
            f"/v/{article.pk}/", REMOTE_ADDR="203.0.113.7", HTTP_USER_AGENT=BROWSER
        )
        assert response.status_code in (200, 204)
        assert not response.cookies
        assert "Set-Cookie" not in response.headers
        assert "Cookie" not in response.get("Vary", "")
    assert views_of(article) == 1


def test_a_404_sets_no_cookie_either(client, no_views):
    response = client.post("/v/2147483647/", HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 404
    assert not response.cookies
