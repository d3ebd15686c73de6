"""A missing page adds no generation token; a bumped token expires.

Every path used to get a token of its own on its first read, kept forever: a
client asking for random missing paths filled ``cache/generations`` (or Redis)
at a few hundred keys a second. Now only a bump stores a token, with a TTL.
"""

import pickle
import uuid
from pathlib import Path

import pytest
from django.core.cache import caches

from warta.delivery import keys

pytestmark = pytest.mark.django_db


def stored_tokens():
    """The generation tokens the shared store holds: files, or Redis keys."""
    store = caches["generations"]
    if hasattr(store, "_dir"):
        return sorted(p.name for p in Path(store._dir).glob("*.djcache"))
    client = store._cache.get_client()
    return sorted(client.scan_iter(match="*pagecache:gen:*", count=1000))


def test_a_thousand_missing_paths_add_no_token(client, home, page_cache):
    client.get("/")  # the tokens every page reads, if any are to be made
    before = stored_tokens()
    statuses = set()
    for n in range(1000):
        response = client.get(f"/tidak-ada-{uuid.uuid4().hex}/{n}/")
        statuses.add(response.status_code)
    assert statuses == {404}
    assert stored_tokens() == before


def test_a_page_is_still_kept_and_a_bump_still_reaches_it(client, home, page_cache):
    assert client.get("/").headers["X-Page-Cache"] == "miss"
    assert client.get("/").headers["X-Page-Cache"] == "hit"
    keys.bump(["/"])
    assert client.get("/").headers["X-Page-Cache"] == "miss"
    assert client.get("/").headers["X-Page-Cache"] == "hit"


def test_a_bumped_token_expires(page_cache):
    name = f"/uji-{uuid.uuid4().hex}/"
    keys.bump([name])
    store = caches["generations"]
    key = keys._generation_key(name)
    if hasattr(store, "_dir"):
        with open(store._key_to_file(key), "rb") as f:
            expiry = pickle.load(f)
        assert expiry is not None
    else:
        ttl = store._cache.get_client().ttl(store.make_and_validate_key(key))
        assert 0 < ttl <= keys.token_seconds()
