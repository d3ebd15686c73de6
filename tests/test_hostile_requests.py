"""Hostile request shapes get a 4xx, never a 500 or a false outage (issue 22, 8 and 11).

Each of these answered 500, 503 or the page itself before: a number too large
for SQLite in a URL or a listing's page, a path of a thousand segments (a 503
and a "database unavailable" line in the log), TRACE and OPTIONS rendering the
page, an HTML 503 from the JSON API.
"""

import logging

import pytest
from django.contrib.auth import get_user_model
from django.db import OperationalError
from django.test import Client, RequestFactory

from warta.operations import faults

pytestmark = pytest.mark.django_db
HUGE = "99999999999999999999"


@pytest.fixture
def reader():
    return Client(raise_request_exception=False)


@pytest.fixture
def editor(reader):
    user = get_user_model().objects.create_superuser(
        "uji-hostile", "uji-hostile@warta.invalid", "kata sandi panjang sekali"
    )
    reader.force_login(user)
    return reader


@pytest.mark.parametrize(
    "path",
    [
        f"/liputan-langsung/{HUGE}/pembaruan.json",
        f"/v/{HUGE}/",
        f"/api/v1/articles/{HUGE}",
    ],
)
def test_a_number_too_large_for_the_database_is_refused(reader, path):
    assert reader.get(path).status_code in (404, 422)


@pytest.mark.parametrize(
    "path",
    [
        f"/admin/pages/?p={HUGE}",
        f"/admin/images/?p={HUGE}",
        f"/admin/documents/?p={HUGE}",
        f"/admin/users/?p={HUGE}",
        f"/admin/pages/search/?q=a&p={HUGE}",
        f"/admin/pages/3/?p={HUGE}",
        f"/admin/pages/3/?page={HUGE}",
        f"/admin/kawat/?p={HUGE}",
        f"/admin/kawat/?page={HUGE}",
        f"/admin/notifikasi/?p={HUGE}",
        f"/admin/pages/{HUGE}/edit/",
        f"/admin/images/{HUGE}/",
        f"/admin/snippets/people/person/edit/{HUGE}/",
    ],
)
def test_an_admin_listing_past_its_end_is_no_server_error(editor, path):
    status = editor.get(path).status_code
    assert status < 500, (path, status)


def test_a_thousand_segments_are_not_found_and_no_outage_is_logged(reader, caplog):
    with caplog.at_level(logging.INFO):
        response = reader.get("/" + "a/" * 1000)
    assert response.status_code == 404
    assert "database unavailable" not in caplog.text


def test_a_query_the_database_refuses_is_not_called_an_outage(caplog):
    request = RequestFactory().get("/x/")
    middleware = faults.DatabaseUnavailableMiddleware(lambda r: None)
    refused = OperationalError("Expression tree is too large (maximum depth 1000)")
    assert middleware.process_exception(request, refused) is None  # a 500
    assert "database unavailable" not in caplog.text
    down = OperationalError("could not connect to server: Connection refused")
    assert middleware.process_exception(request, down).status_code == 503


@pytest.mark.parametrize("path", ["/cari/?q=banjir", "/rss/", "/"])
def test_trace_is_refused_and_options_renders_nothing(reader, path):
    trace = reader.generic("TRACE", path)
    assert trace.status_code == 405 and b"<html" not in trace.content.lower()
    options = reader.options(path)
    assert options.status_code == 204 and options.content == b""
    assert "GET" in options["Allow"] and "TRACE" not in options["Allow"]


def test_the_api_says_it_is_unavailable_in_json(reader, monkeypatch):
    from warta.api import endpoints

    def down():
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(endpoints, "sections", down)
    response = reader.get("/api/v1/sections")
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert "tidak tersedia" in response.json()["detail"]
    assert response["Retry-After"] == "30"


def test_an_unknown_host_is_refused_even_when_the_page_is_cached(reader, settings):
    settings.ALLOWED_HOSTS = ["testserver"]
    settings.WARTA_PAGE_CACHE = True
    assert reader.get("/").status_code == 200
    assert reader.get("/").status_code == 200  # now from the page cache
    assert reader.get("/", HTTP_HOST="jahat.example").status_code == 400
    for method in ("HEAD", "OPTIONS", "TRACE"):
        response = reader.generic(method, "/", HTTP_HOST="jahat.example")
        assert response.status_code == 400, method
