"""A 404 and a search with no results offer the most-read and latest stories."""

import pytest
from django.db import OperationalError

from warta.articles.models import ArticlePage
from warta.sections import suggestions

pytestmark = pytest.mark.django_db


def test_the_404_page_offers_the_latest_stories(client):
    response = client.get("/tidak-ada-halaman-ini/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Halaman tidak ditemukan" in html and "Terkini" in html
    newest = ArticlePage.objects.listed().first()
    assert f'href="{newest.url}"' in html


def test_an_empty_search_offers_the_latest_stories(client):
    for params in ({}, {"q": "zzzqqqxxx"}):
        html = client.get("/cari/", params).content.decode()
        assert "Terkini" in html
        assert f'href="{ArticlePage.objects.listed().first().url}"' in html


def test_the_404_page_costs_no_query_for_its_suggestions_once_kept(
    client, django_assert_max_num_queries
):
    client.get("/tidak-ada/")
    with django_assert_max_num_queries(6):  # the takedown lookup and the nav
        assert client.get("/juga-tidak-ada/").status_code == 404


def test_suggestions_never_fail_when_the_database_is_down(monkeypatch):
    def down(*args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(suggestions, "front_ranking", down)
    assert suggestions.suggestions() == {"most_read": [], "latest": []}


def test_a_404_with_the_database_down_is_not_a_500(client, monkeypatch):
    from warta.trust import views

    def down(*args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(views.Takedown.objects, "public", down)
    client.raise_request_exception = False
    response = client.get("/tidak-ada/")
    assert response.status_code in (404, 503)
