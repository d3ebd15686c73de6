"""Limits hold across worker processes without Redis (issue 22, item 5).

Two forked processes stand for two `warta serve` workers: each has its own
local-memory cache, as the workers do, and they race on the same client's
budget. Before the shared store, each allowed the full limit.
"""

import multiprocessing

import pytest
from django.core.cache import caches
from django.test import RequestFactory

from warta.comments import ratelimit as comment_limits
from warta.delivery.counters import CounterCache
from warta.popularity import ratelimit as view_limits
from warta.popularity.clients import client_key

WORKERS = 2
TRIES = 15  # each worker, more than the limit of 10 in total


def _post_comments(barrier, results):
    request = RequestFactory().post("/komentar/1/", REMOTE_ADDR="203.0.113.20")
    barrier.wait()
    results.put(sum(comment_limits.allow_post(request) for _ in range(TRIES)))


def _view_story(barrier, results):
    client = client_key(RequestFactory().post("/v/1/", REMOTE_ADDR="203.0.113.21"))
    barrier.wait()
    results.put(sum(view_limits.allow_view(client, 1) for _ in range(TRIES)))


def _race(target):
    context = multiprocessing.get_context("fork")
    barrier, results = context.Barrier(WORKERS), context.Queue()
    workers = [
        context.Process(target=target, args=(barrier, results)) for _ in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    counts = [results.get(timeout=60) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    return counts


@pytest.fixture(autouse=True)
def clean_limits(settings):
    settings.WARTA_COMMENTS_RATE_LIMIT = 10
    settings.WARTA_COMMENTS_RATE_WINDOW_MINUTES = 10
    caches["limits"].clear()
    yield
    caches["limits"].clear()


def test_the_comment_limit_is_shared_by_two_workers():
    assert sum(_race(_post_comments)) == 10


def test_a_story_counts_once_per_client_across_two_workers():
    assert sum(_race(_view_story)) == 1


def test_the_embedded_default_keeps_limits_in_the_shared_store(settings):
    assert settings.CACHES["limits"]["BACKEND"] in (
        "warta.delivery.counters.CounterCache",
        "warta.operations.rediscache.ResilientRedisCache",
    )


def test_the_store_behaves_like_a_cache(tmp_path):
    store = CounterCache(tmp_path / "c.sqlite3", {})
    assert store.add("a", 1, 60) and not store.add("a", 5, 60)
    assert store.incr("a") == 2 and store.get("a") == 2
    with pytest.raises(ValueError):
        store.incr("missing")
    store.set("b", {"x": [1, 2]}, 60)
    assert store.get("b") == {"x": [1, 2]}
    # An expired entry is gone: add() takes its place, incr() refuses it.
    store.set("old", 7, -1)
    assert store.get("old") is None and not store.has_key("old")
    with pytest.raises(ValueError):
        store.incr("old")
    assert store.add("old", 1, 60) and store.get("old") == 1
    store.set("gone", 1, -1)
    assert store.prune() == 1
    assert store.delete("a") and store.get("a") is None
    store.clear()
    assert store.get("b") is None
    assert (tmp_path / "c.sqlite3").stat().st_mode & 0o077 == 0
