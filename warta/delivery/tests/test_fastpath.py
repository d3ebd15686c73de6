"""The WSGI fast path: a hit answered in front of Django, byte for byte Django's.

Each test calls the WSGI applications themselves with a WSGI environ (as
granian does), Django's handler alone and the same handler wrapped in
``FastPath``, and compares status line, header list and body. A spy on the
wrapped handler tells whether the fast path answered or handed over.
"""

import io
import logging
import sys

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from wagtail.contrib.redirects.models import Redirect

from warta.delivery import kept, keys
from warta.delivery.fastpath import FastPath, outer

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]
MISSING = "/tidak-ada-halaman-seperti-ini/"


@pytest.fixture(autouse=True)
def keep_the_test_connection():
    """As Django's test client does: a WSGI request must not close the
    connection that holds the test's transaction."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


class Spy:
    """Django's WSGI handler, counting the requests it is handed."""

    def __init__(self):
        self.django = WSGIHandler()
        self.calls = 0

    def __call__(self, environ, start_response):
        self.calls += 1
        return self.django(environ, start_response)


@pytest.fixture
def apps(settings):
    """(Django alone, Django behind the fast path, the spy on the latter)."""

    def make():
        spy = Spy()
        return WSGIHandler(), FastPath(spy, settings.MIDDLEWARE), spy

    return make


def environ(path, query="", method="GET", host="127.0.0.1", **headers):
    return {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SCRIPT_NAME": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_HOST": host,
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        **{f"HTTP_{name.upper()}": value for name, value in headers.items()},
    }


def call(app, path, **request):
    """(status line, header list, body) as a WSGI server receives them."""
    started = {}

    def start_response(status, headers, exc_info=None):
        started.update(status=status, headers=list(headers))

    result = app(environ(path, **request), start_response)
    try:
        body = b"".join(result)
    finally:
        if hasattr(result, "close"):
            result.close()
    return started["status"], started["headers"], body


def same_answer(apps, path, **request):
    """Django's hit and the fast path's for one request: identical, and the
    fast path did not hand it to Django. Returns the answer."""
    django, fast, spy = apps()
    call(django, path, **request)  # stores the page (or finds it stored)
    expected = call(django, path, **request)
    assert ("X-Page-Cache", "hit") in expected[1]
    answer = call(fast, path, **request)
    assert answer == expected
    assert spy.calls == 0
    return answer


def header(answer, name):
    return dict(answer[1]).get(name)


def test_a_cached_article_is_django_s_answer_byte_for_byte(apps, wire_article):
    status, headers, body = same_answer(apps, wire_article.url)
    assert status == "200 OK" and b"<html" in body
    names = {name for name, _ in headers}
    expected = {"Content-Security-Policy", "Permissions-Policy", "X-Frame-Options"}
    expected |= {"Cross-Origin-Opener-Policy", "Referrer-Policy", "ETag", "Vary"}
    assert expected | {"X-Content-Type-Options", "Cache-Control"} <= names


def test_gzip_and_each_validator_304(apps, wire_article):
    packed = same_answer(apps, wire_article.url, accept_encoding="gzip, br")
    assert header(packed, "Content-Encoding") == "gzip"
    plain = same_answer(apps, wire_article.url)
    for answer, encoding in ((packed, "gzip"), (plain, "identity")):
        etag = header(answer, "ETag")
        again = same_answer(
            apps,
            wire_article.url,
            accept_encoding=encoding,
            if_none_match=etag,
        )
        assert again[0] == "304 Not Modified" and again[2] == b""


def test_head_is_answered_as_django_answers_it(apps, wire_article):
    same_answer(apps, wire_article.url, method="HEAD")


def test_a_stored_404_and_its_log_line(apps, caplog):
    with caplog.at_level(logging.WARNING, logger="django.request"):
        answer = same_answer(apps, MISSING)
    assert answer[0] == "404 Not Found"
    assert header(answer, "Cache-Control") == "public, max-age=30"
    lines = [r.getMessage() for r in caplog.records if r.name == "django.request"]
    assert lines == [f"Not Found: {MISSING}"] * 3  # store, Django's hit, ours


def test_a_kept_answer_follows_its_stored_entry(apps, wire_article):
    django, fast, spy = apps()
    call(django, wire_article.url)
    call(fast, wire_article.url)  # built and kept
    key = kept.page_key(wire_article.url, "")
    status, headers, content, _etag, _gzipped = keys.store().get(key)
    renewed = content.replace(b"</body>", b"<!-- dirender lagi --></body>")
    keys.store().set(key, (status, headers, renewed, '"baru"', None), 60)
    again = call(fast, wire_article.url)
    assert again[2] == renewed and header(again, "ETag") == '"baru"'
    keys.bump([wire_article.url])  # a publish: the page is no longer reachable
    assert header(call(fast, wire_article.url), "X-Page-Cache") == "miss"
    assert spy.calls == 1


def test_tracking_parameters_share_the_stored_page(apps, wire_article):
    django, fast, spy = apps()
    call(django, wire_article.url)
    answer = call(fast, wire_article.url, query="utm_source=wa&fbclid=x")
    assert header(answer, "X-Page-Cache") == "hit" and spy.calls == 0
    same_answer(apps, wire_article.url, query="utm_medium=social")


def test_a_session_cookie_goes_to_django(apps, wire_article):
    django, fast, spy = apps()
    call(django, wire_article.url)
    answer = call(fast, wire_article.url, cookie="sessionid=abc")
    assert spy.calls == 1
    assert header(answer, "X-Page-Cache") is None
    assert header(answer, "Cache-Control") == "private"


def test_a_host_not_allowed_gets_django_s_400(apps, settings, wire_article):
    settings.ALLOWED_HOSTS = ["127.0.0.1"]
    django, fast, spy = apps()
    call(django, wire_article.url)  # stored for the allowed host
    answer = call(fast, wire_article.url, host="penipu.example")
    assert spy.calls == 1
    assert answer == call(django, wire_article.url, host="penipu.example")
    assert answer[0].startswith("400")


def test_a_wordpress_short_link_still_redirects(apps, home):
    django, fast, spy = apps()
    call(django, "/", query="p=77")  # no redirect yet: the home page is stored
    Redirect.objects.create(old_path="/?p=77", redirect_link="/nasional/")
    answer = call(fast, "/", query="p=77")
    assert spy.calls == 1
    assert answer[0].startswith("301") and header(answer, "Location") == "/nasional/"


def test_misses_posts_and_the_cache_switched_off_go_to_django(
    apps, settings, wire_article
):
    django, fast, spy = apps()
    assert header(call(fast, wire_article.url), "X-Page-Cache") == "miss"
    call(fast, f"/v/{wire_article.pk}/", method="POST")  # the view-count beacon
    settings.WARTA_PAGE_CACHE = False
    call(fast, wire_article.url)
    assert spy.calls == 3


def test_https_gets_hsts_and_plain_http_the_redirect(apps, settings, wire_article):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    secure = same_answer(apps, wire_article.url, x_forwarded_proto="https")
    assert header(secure, "Strict-Transport-Security") == "max-age=31536000"
    assert (
        header(same_answer(apps, wire_article.url), "Strict-Transport-Security") is None
    )
    settings.SECURE_SSL_REDIRECT = True
    django, fast, spy = apps()
    redirect = call(fast, wire_article.url)
    assert redirect == call(django, wire_article.url)
    assert redirect[0].startswith("301")


def test_json_request_log_has_one_line_per_request(
    apps, settings, caplog, wire_article
):
    settings.MIDDLEWARE = [
        "warta.operations.requestlog.RequestLogMiddleware",
        *settings.MIDDLEWARE,
    ]
    django, fast, spy = apps()
    with caplog.at_level(logging.INFO, logger="warta.requests"):
        call(fast, wire_article.url)  # a miss: Django logs it
        call(fast, wire_article.url)  # a hit: the fast path logs it
    lines = [r for r in caplog.records if r.name == "warta.requests"]
    assert [(r.status, r.page_cache, r.path) for r in lines] == [
        (200, "miss", wire_article.url),
        (200, "hit", wire_article.url),
    ]
    assert spy.calls == 1 and lines[1].bytes > 1000


def test_without_the_page_cache_there_is_no_fast_path():
    assert outer(["django.middleware.security.SecurityMiddleware"]) is None


def test_a_middleware_not_declared_turns_the_fast_path_off(
    apps, settings, wire_article
):
    assert outer(settings.MIDDLEWARE) is not None  # every one is declared today
    settings.MIDDLEWARE = [
        "django.middleware.gzip.GZipMiddleware",
        *settings.MIDDLEWARE,
    ]
    django, fast, spy = apps()
    call(django, wire_article.url)
    answer = call(fast, wire_article.url, accept_encoding="gzip")
    assert fast.outer is None and spy.calls == 1
    assert answer == call(django, wire_article.url, accept_encoding="gzip")
