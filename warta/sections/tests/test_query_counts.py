"""Reader pages cost a fixed number of queries, whatever the archive's size.

The figures are the measured counts with a little room; a listing that starts
costing a query per card breaks them.
"""

import pytest

pytestmark = pytest.mark.django_db

BUDGET = {
    "home": 70,
    "section": 16,
    "article": 30,
    "gallery desk": 18,
    "topic": 10,
    "writer": 10,
    "search": 12,
}


@pytest.fixture
def urls(wire_article):
    return {
        "home": "/",
        "section": wire_article.get_parent().url,
        "article": wire_article.url,
        "gallery desk": "/foto/",
        "topic": f"/topik/{wire_article.topics.first().slug}/",
        "writer": f"/penulis/{wire_article.editor.slug}/",
        "search": "/cari/?q=vaksin",
    }


@pytest.mark.parametrize("name", list(BUDGET))
def test_reader_page_query_budget(client, urls, name, django_assert_max_num_queries):
    client.get(urls[name])  # renditions and caches warm, as in production
    with django_assert_max_num_queries(BUDGET[name]):
        assert client.get(urls[name]).status_code == 200
