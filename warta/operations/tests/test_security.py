"""Security headers on reader pages and the admin, and the health endpoints."""

import os
import secrets
import subprocess
import sys

import pytest
from django.core.cache import caches
from django.test import override_settings

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(wire_article):
    return {"home": "/", "article": wire_article.url, "admin login": "/admin/login/"}


@pytest.mark.parametrize("name", ["home", "article", "admin login"])
def test_every_page_carries_the_security_headers(client, pages, name):
    response = client.get(pages[name])
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    csp = response["Content-Security-Policy"]
    assert "object-src 'none'" in csp and "base-uri 'self'" in csp


@pytest.mark.parametrize("name", ["home", "article"])
def test_reader_pages_allow_no_inline_script(client, pages, name):
    response = client.get(pages[name])
    policy = dict(
        part.strip().split(" ", 1)
        for part in response["Content-Security-Policy"].split(";")
    )
    assert policy["script-src"] == "'self'"
    assert policy["frame-ancestors"] == "'none'"
    html = response.content.decode()
    # every executable script is an external file of ours
    for chunk in html.split("<script")[1:]:
        tag = chunk.split(">", 1)[0]
        assert 'src="/static/' in tag or 'type="application/ld+json"' in tag, tag


def _policy(response):
    return dict(
        part.strip().split(" ", 1)
        for part in response["Content-Security-Policy"].split(";")
    )


@pytest.mark.parametrize("path", ["/admin/login/", "/admin/password_reset/"])
def test_the_login_pages_allow_no_inline_script_or_style(client, path):
    """Issue 22, item 11: Observatory B+ on the login for 'unsafe-inline'."""
    response = client.get(path)
    assert response.status_code == 200
    policy = _policy(response)
    assert policy["script-src"] == "'self'" and policy["style-src"] == "'self'"
    assert "unsafe" not in response["Content-Security-Policy"]
    assert policy["frame-ancestors"] == "'self'"
    html = response.content.decode()
    for chunk in html.split("<script")[1:]:
        tag = chunk.split(">", 1)[0]
        assert "src=" in tag or 'type="application/json"' in tag, tag
    assert "<style" not in html and ' style="' not in html


def test_the_signed_in_admin_still_runs_wagtails_inline_widgets(admin_client):
    """The admin's widgets start from inline scripts; its policy allows them."""
    response = admin_client.get("/admin/pages/")
    assert "initDateChooser(" in response.content.decode()
    assert _policy(response)["script-src"] == "'self' 'unsafe-inline'"


@override_settings(SECURE_HSTS_SECONDS=31536000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True)
def test_https_responses_carry_hsts(client):
    response = client.get("/", secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


def test_production_settings_pass_the_deploy_check_with_no_warnings():
    from warta.settings import base

    assert base.SESSION_COOKIE_HTTPONLY
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="warta.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="www.contoh.co.id",
    )
    env.pop("DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "warta", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_healthz_answers_without_touching_anything(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200 and response.content == b"ok\n"
    assert (
        "no-store" in response["Cache-Control"]
        or "max-age=0" in response["Cache-Control"]
    )


def test_readyz_reports_database_and_cache(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}


def test_readyz_is_503_when_the_cache_is_down(client, monkeypatch, settings):
    # The embedded default's cache (a hanging Redis: test_redis_hang_pages).
    local = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    settings.CACHES = {**settings.CACHES, "default": local}

    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(caches["default"], "set", broken)  # this local cache
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["cache"].startswith("error")


def test_database_outage_is_an_indonesian_503_with_retry_after(client, monkeypatch):
    from django.db import OperationalError

    from warta.sections.models import HomePage

    def down(self, request, *args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(HomePage, "serve", down)
    client.raise_request_exception = False
    response = client.get("/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Layanan sedang terganggu" in response.content.decode()
    assert "Traceback" not in response.content.decode()
