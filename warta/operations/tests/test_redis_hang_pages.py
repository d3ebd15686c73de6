"""Reader pages and ``/readyz`` with a Redis that hangs: a loopback port that
accepts connections and never answers, as a paused (SIGSTOP) Redis does."""

import socket
import threading
import time

import pytest

from warta.operations import rediscache

pytestmark = pytest.mark.django_db
SOCKET_SECONDS = 0.1
BACKENDS = "warta.operations.rediscache"


@pytest.fixture
def hang_redis(settings):
    """Call it to put the caches on a Redis that hangs (renditions and other
    first-render work done before, so the timings are the cache's)."""
    with socket.create_server(("127.0.0.1", 0), backlog=128) as hung:
        redis = {
            "LOCATION": f"redis://127.0.0.1:{hung.getsockname()[1]}/0",
            "OPTIONS": {
                "socket_connect_timeout": SOCKET_SECONDS,
                "socket_timeout": SOCKET_SECONDS,
            },
        }

        def hang():
            rediscache.forget_outages()
            settings.CACHES = {
                "default": {"BACKEND": f"{BACKENDS}.ResilientRedisCache"} | redis,
                "generations": {"BACKEND": f"{BACKENDS}.TokenRedisCache"} | redis,
            }
            settings.WARTA_PAGE_CACHE = True

        yield hang
        rediscache.forget_outages()


def timed_get(client, path):
    started = time.monotonic()
    response = client.get(path)
    return response, time.monotonic() - started


def test_pages_answer_and_are_kept_by_the_process_while_redis_hangs(
    client, home, hang_redis, monkeypatch
):
    assert client.get("/").status_code == 200
    waits = []
    failed = rediscache.Outage.failed

    def count(outage, error):
        # A socket timeout a reader waited out: in the request's own thread
        # (the breaker's later probes run beside the requests).
        if threading.current_thread() is threading.main_thread():
            waits.append(error)
        failed(outage, error)

    monkeypatch.setattr(rediscache.Outage, "failed", count)
    hang_redis()
    answers = [client.get("/") for _ in range(3)]
    assert [response.status_code for response in answers] == [200] * 3
    # The first call finds out; the hundreds of cache calls of three renders
    # after it skip Redis (counted, not timed: the machine's load varies).
    assert 1 <= len(waits) <= 2
    assert answers[-1]["X-Page-Cache"] == "hit"  # from the process's stand-in


def test_readyz_says_the_cache_is_down_at_once(client, hang_redis):
    hang_redis()
    for _ in range(3):
        response, seconds = timed_get(client, "/readyz")
        assert response.status_code == 503
        assert response.json()["cache"].startswith("error")
        assert seconds < 1.0  # the bound operators are promised, not a speed test
