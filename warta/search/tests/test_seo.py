"""The search page is kept out of search engines' indexes."""

import pytest

from warta.core.tests.pagehead import head

pytestmark = pytest.mark.django_db


def test_search_results_are_noindex_with_no_canonical_or_json_ld(client):
    tags = head(client, "/cari/?q=jakarta")
    assert tags.one("robots") == "noindex, follow"
    assert "canonical" not in tags.links
    assert tags.json_ld == []
    assert "og:title" not in tags.meta
