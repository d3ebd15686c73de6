"""Reader pages and ``/readyz`` with a Redis that hangs: a loopback port that
accepts connections and never answers, as a paused (SIGSTOP) Redis does."""

import socket
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
    client, home, hang_redis
):
    assert client.get("/").status_code == 200
    hang_redis()
    answers = [timed_get(client, "/") for _ in range(3)]
    assert [response.status_code for response, _ in answers] == [200] * 3
    # One socket timeout in all (the first call finds out), not one per call.
    assert max(seconds for _, seconds in answers) < 1.5
    assert answers[-1][0]["X-Page-Cache"] == "hit"  # from the process's stand-in


def test_readyz_says_the_cache_is_down_at_once(client, hang_redis):
    hang_redis()
    for _ in range(3):
        response, seconds = timed_get(client, "/readyz")
        assert response.status_code == 503
        assert response.json()["cache"].startswith("error")
        assert seconds < SOCKET_SECONDS * 4
