"""The middleware on its own: which URLs share a page, how long a page is kept,
cookies, 304s and one render per page."""

import gzip
import threading
import time

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from warta.delivery.middleware import PageCacheMiddleware

pytestmark = pytest.mark.usefixtures("page_cache")


class CountingView:
    def __init__(self, delay=0, cookie=False, status=200):
        self.calls, self.delay, self.cookie, self.status = 0, delay, cookie, status
        self.lock = threading.Lock()

    def __call__(self, request):
        with self.lock:
            self.calls += 1
        time.sleep(self.delay)
        response = HttpResponse(b"<p>halaman</p>", status=self.status)
        if self.cookie:
            response.set_cookie("csrftoken", "x")
        return response


def get(middleware, url="/nasional/", **headers):
    return middleware(RequestFactory().get(url, **headers))


def test_tracking_parameters_share_a_page_and_pagination_does_not():
    view = CountingView()
    middleware = PageCacheMiddleware(view)
    get(middleware, "/nasional/")
    assert get(middleware, "/nasional/?utm_medium=wa")["X-Page-Cache"] == "hit"
    assert get(middleware, "/nasional/?page=2")["X-Page-Cache"] == "miss"
    again = get(middleware, "/nasional/?fbclid=y&page=2&utm_source=x")
    assert again["X-Page-Cache"] == "hit"
    get(middleware, "/cari/?urut=terbaru&q=a&rubrik=x")
    reordered = get(middleware, "/cari/?q=a&rubrik=x&urut=terbaru")
    assert reordered["X-Page-Cache"] == "hit"
    assert view.calls == 3


def test_a_stored_page_lives_exactly_the_page_cache_seconds(settings, clock):
    settings.WARTA_PAGE_CACHE_SECONDS = 5
    view = CountingView()
    middleware = PageCacheMiddleware(view)
    assert get(middleware)["X-Page-Cache"] == "miss"
    clock.advance(4.9)
    assert get(middleware)["X-Page-Cache"] == "hit"
    clock.advance(0.2)
    assert get(middleware)["X-Page-Cache"] == "miss"
    assert view.calls == 2


def test_second_request_is_a_hit_with_cache_headers():
    view = CountingView()
    middleware = PageCacheMiddleware(view)
    first, second = get(middleware), get(middleware, "/nasional/?utm_source=x")
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert view.calls == 1
    assert second.content == b"<p>halaman</p>"
    assert second["Cache-Control"].startswith("public, max-age=60")
    assert "stale-if-error" in second["Cache-Control"]


def test_if_none_match_gets_a_304():
    middleware = PageCacheMiddleware(CountingView())
    etag = get(middleware)["ETag"]
    response = get(middleware, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert response["ETag"] == etag


def test_responses_setting_cookies_are_never_stored():
    view = CountingView(cookie=True)
    middleware = PageCacheMiddleware(view)
    get(middleware), get(middleware)
    assert view.calls == 2


def test_session_holders_and_excluded_paths_are_not_cached():
    view = CountingView()
    middleware = PageCacheMiddleware(view)
    for _ in range(2):
        response = get(middleware, HTTP_COOKIE="sessionid=abc")
        get(middleware, "/komentar/1/tulis/")
        get(middleware, "/v/1/")
        get(middleware, "/admin/")
    assert view.calls == 8
    assert response["Cache-Control"] == "private"


def test_other_statuses_are_not_cached():
    view = CountingView(status=500)
    middleware = PageCacheMiddleware(view)
    get(middleware), get(middleware)
    assert view.calls == 2


def test_switched_off_renders_every_time(settings):
    settings.WARTA_PAGE_CACHE = False
    view = CountingView()
    middleware = PageCacheMiddleware(view)
    get(middleware), get(middleware)
    assert view.calls == 2


def test_a_miss_under_concurrent_load_renders_once():
    view = CountingView(delay=0.3)
    middleware = PageCacheMiddleware(view)
    results = []
    threads = [
        threading.Thread(target=lambda: results.append(get(middleware)))
        for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert view.calls == 1
    assert [r.content for r in results] == [b"<p>halaman</p>"] * 8


def test_pages_go_out_gzipped_to_browsers_that_accept_it(client, home):
    plain = client.get("/")
    packed = client.get("/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert "Content-Encoding" not in plain
    assert packed["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.content) == plain.content
    for response in (plain, packed):  # a stale length would cut the page short
        if response.has_header("Content-Length"):
            assert int(response["Content-Length"]) == len(response.content)
    assert len(packed.content) < len(plain.content) / 3
    assert "Accept-Encoding" in packed["Vary"]
    # Each representation has its own validator, and each revalidates.
    assert packed["ETag"] != plain["ETag"]
    again = client.get(
        "/", HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=packed["ETag"]
    )
    assert again.status_code == 304


def test_gzip_refused_with_q_zero_is_not_sent(client, home):
    response = client.get("/", HTTP_ACCEPT_ENCODING="gzip;q=0, identity")
    assert "Content-Encoding" not in response
    assert b"<html" in response.content
