"""A Redis that hangs or is down: calls fail fast, the process answers, and
nothing from before the outage comes back once Redis does.

``FakeRedis`` stands in for Django's Redis client: while it *hangs* every
command waits, then times out (as redis-py does with a socket timeout); a
hung server still runs what it was sent when it wakes up, and so does this.
"""

import json
import logging
import socket
import threading
import time
from types import SimpleNamespace

import pytest
from redis.exceptions import TimeoutError as RedisTimeout

from warta.operations import rediscache
from warta.operations.rediscache import ResilientRedisCache, TokenRedisCache

BREAKER = 0.1
HANG = 0.05
URL = "redis://127.0.0.1:6/0"


class FakeRedis:
    """Django's RedisCacheClient, in memory, able to hang."""

    def __init__(self):
        self.data = {}
        self.timeouts = {}  # key: the TTL it was last written with
        self.hanging = False
        self.sent = []  # commands a hung server has received and not run
        self.calls = 0

    def _answer(self, name, *args):
        self.calls += 1
        if self.hanging:
            self.sent.append((name, args))
            time.sleep(HANG)
            raise RedisTimeout("Timeout reading from socket")
        return getattr(self, "_" + name)(*args)

    def wake(self):
        self.hanging = False
        for name, args in self.sent:
            getattr(self, "_" + name)(*args)
        self.sent = []

    def get_client(self, key=None, *, write=False):
        return SimpleNamespace(ping=lambda: self._answer("ping"))

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return lambda *args: self._answer(name, *args)

    def _ping(self):
        return True

    def _get(self, key, default):
        return self.data.get(key, default)

    def _get_many(self, keys):
        return {key: self.data[key] for key in keys if key in self.data}

    def _set(self, key, value, timeout):
        self.data[key] = value

    def _set_many(self, data, timeout):
        self.data.update(data)
        self.timeouts.update(dict.fromkeys(data, timeout))

    def _add(self, key, value, timeout):
        if key in self.data:
            return False
        self.data[key] = value
        return True

    def _delete(self, key):
        return self.data.pop(key, None) is not None

    def _delete_many(self, keys):
        for key in keys:
            self.data.pop(key, None)

    def _has_key(self, key):
        return key in self.data


@pytest.fixture(autouse=True)
def fresh_process():
    rediscache.forget_outages()
    yield
    rediscache.forget_outages()


@pytest.fixture
def server():
    return FakeRedis()


def connect(server, cls=ResilientRedisCache, **options):
    cache = cls(
        URL, {"KEY_PREFIX": "warta", "OPTIONS": {"breaker_seconds": BREAKER, **options}}
    )
    cache._cache = server  # the client Django would have made
    return cache


def timed(call):
    started = time.monotonic()
    result = call()
    return result, time.monotonic() - started


def after_breaker():
    time.sleep(BREAKER * 1.5)


def back(cache):
    """Redis answers again: the next call starts a probe (in a thread of its
    own, the call itself is answered by the stand-in); wait for it to close
    the breaker."""
    deadline = time.monotonic() + 2
    while cache.outage.open_until is not None and time.monotonic() < deadline:
        cache.has_key("probe")
        time.sleep(0.01)


def test_a_hung_redis_costs_one_timeout_then_nothing(server, caplog):
    cache = connect(server)
    cache.set("kabar", "lama")
    server.hanging = True
    with caplog.at_level(logging.WARNING, logger="warta.faults"):
        value, first = timed(lambda: cache.get("lain", "bawaan"))
        _, hundred = timed(lambda: [cache.get("kabar") for _ in range(100)])
    assert value == "bawaan"
    assert first < HANG * 3
    assert hundred < HANG  # the breaker skips Redis: no call waits
    assert server.calls == 3  # the process's first PING, the set, the get
    assert len(caplog.records) == 1 and "unavailable" in caplog.text


def test_a_redis_that_does_not_listen_fails_in_a_fraction_of_a_second():
    with socket.create_server(("127.0.0.1", 0), backlog=64) as hung:
        port = hung.getsockname()[1]  # the kernel connects; nobody answers
        cache = ResilientRedisCache(
            f"redis://127.0.0.1:{port}/0",
            {"OPTIONS": {"socket_connect_timeout": 0.1, "socket_timeout": 0.1}},
        )
        _, seconds = timed(
            lambda: (
                [cache.get_many(["a", "b"]) for _ in range(50)] + [cache.set("x", 1)]
            )
        )
    assert seconds < 0.5
    assert cache.get("x") == 1  # kept by the process meanwhile


def test_while_redis_is_away_the_process_keeps_values_and_locks(server):
    cache = connect(server)
    server.hanging = True
    cache.get("trip")
    cache.set("halaman", "isi", 600)
    assert cache.get("halaman") == "isi"
    assert cache.add("kunci", 1, 10) is True
    assert cache.add("kunci", 1, 10) is False  # a render lock works in the process
    assert cache.get_or_set("hitung", lambda: 42) == 42
    assert server.data == {}


def test_the_process_goes_on_with_what_it_read_last(server):
    cache = connect(server)
    cache.set("halaman", "ditulis")
    server.data[cache.make_key("dibaca")] = "dibaca"
    assert cache.get("dibaca") == "dibaca"
    server.hanging = True
    assert cache.get("halaman") == "ditulis"
    assert cache.get("dibaca") == "dibaca"
    assert cache.get("tidak-ada") is None


def test_what_the_process_kept_in_an_outage_is_not_served_once_redis_is_back(
    server,
):
    cache = connect(server)
    server.hanging = True
    cache.get("trip")
    cache.set("halaman", "dari masa gangguan")
    server.wake()
    back(cache)
    assert cache.get("halaman") is None  # Redis answers again, and has nothing
    server.data[cache.make_key("halaman")] = "dari Redis"
    assert cache.get("halaman") == "dari Redis"


def test_one_probe_at_a_time_and_no_request_waits_for_it(server):
    cache = connect(server)
    server.hanging = True
    cache.get("trip")
    after_breaker()
    calls = server.calls
    _, seconds = timed(lambda: [cache.get("x") for _ in range(20)])
    assert seconds < HANG / 2  # nobody waited for the probe
    time.sleep(HANG * 2)
    assert server.calls == calls + 1  # one PING, then the breaker is open again


def test_a_stand_in_keeps_nothing_longer_than_its_cap(server, monkeypatch):
    monkeypatch.setattr(rediscache, "FALLBACK_SECONDS", 0.2)
    cache = connect(server)
    server.hanging = True
    cache.get("trip")
    cache.set("halaman", "isi", None)
    time.sleep(0.3)
    assert cache.get("halaman") is None


def test_a_token_from_before_the_outage_lasts_its_cap_and_no_longer(
    server, monkeypatch
):
    """Another process's bump cannot reach this one while Redis is away: the
    token it last read gives way to a fresh one within FALLBACK_SECONDS."""
    monkeypatch.setattr(rediscache, "FALLBACK_SECONDS", 0.2)
    tokens = connect(server, TokenRedisCache)
    before = keys_of(tokens, ["/"])
    server.hanging = True
    assert keys_of(tokens, ["/"]) == before
    time.sleep(0.3)
    assert keys_of(tokens, ["/"]) != before


def keys_of(token_cache, names):
    """The generation tokens as warta.delivery.keys reads and makes them."""
    found = token_cache.get_many(names)
    for name in names:
        if name not in found:
            token_cache.add(name, time.time_ns(), None)
            found[name] = token_cache.get(name)
    return found


def test_a_bump_while_redis_is_away_works_in_the_process_and_reaches_redis(
    server, tmp_path
):
    tokens = connect(server, TokenRedisCache, journal=tmp_path)
    before = keys_of(tokens, ["/nasional/"])
    server.hanging = True
    tokens.get("trip")  # the breaker is open: the bump below is not even sent
    assert keys_of(tokens, ["/nasional/"]) == before  # the last one read
    tokens.set_many({"/nasional/": time.time_ns()}, None)
    assert keys_of(tokens, ["/nasional/"]) != before  # invalidation works here
    assert server.sent == [("get", (tokens.make_key("trip"), None))]

    server.wake()
    back(tokens)
    after = keys_of(tokens, ["/nasional/"])
    assert after != before  # the page kept before the outage is unreachable
    assert list(tmp_path.iterdir()) == []  # paid: nothing owed any more


def test_a_bump_from_a_process_that_has_ended_reaches_redis(server, tmp_path):
    publisher = connect(server, TokenRedisCache, journal=tmp_path)
    before = keys_of(publisher, ["/"])
    server.hanging = True
    publisher.set("/", time.time_ns(), None)  # times out: owed to Redis
    owed = json.loads(next(tmp_path.iterdir()).read_text())
    assert owed == [publisher.make_key("/")]
    server.sent.clear()  # and say the hung server never got it

    rediscache.forget_outages()  # the publisher is gone; a worker starts
    server.hanging = False
    worker = connect(server, TokenRedisCache, journal=tmp_path)
    assert keys_of(worker, ["/"]) != before
    assert list(tmp_path.iterdir()) == []


def test_a_replayed_bump_expires_like_a_bump(server, tmp_path):
    """Tokens replayed after an outage carry the bump's TTL, not none (issue 22,
    item 4: a key without TTL for every path ever bumped)."""
    from warta.delivery.keys import token_seconds

    tokens = connect(server, TokenRedisCache, journal=tmp_path)
    server.hanging = True
    tokens.set_many({"/nasional/": time.time_ns()}, token_seconds())  # times out
    server.sent.clear()  # never arrived
    server.hanging = False
    after_breaker()
    back(tokens)
    key = tokens.make_key("/nasional/")
    assert key in server.data
    assert server.timeouts[key] == token_seconds()


def test_a_lock_left_in_a_hung_redis_is_released_when_it_is_back(server):
    cache = connect(server)
    cache.add("halaman:lock", 1, 10)  # a render starts
    server.hanging = True
    cache.set("halaman", "isi")  # Redis hangs: the page goes to the process
    cache.delete("halaman:lock")  # skipped: the lock stays in Redis
    assert cache.add("lain:lock", 1, 10) is True  # in the process
    server.wake()
    back(cache)
    assert cache.add("halaman:lock", 1, 10) is True  # nobody waits on it


def test_a_lock_taken_by_a_call_that_timed_out_is_released(server):
    cache = connect(server)
    cache.get("x")
    server.hanging = True
    assert cache.add("halaman:lock", 1, 10) is True  # the process's own lock
    server.wake()  # ...and Redis runs the add it was sent
    assert server.data
    back(cache)
    assert cache.add("halaman:lock", 1, 10) is True


def test_readiness_answers_at_once_while_redis_hangs(server):
    cache = connect(server)
    assert cache.readiness() == "ok"
    server.hanging = True
    first, seconds = timed(cache.readiness)
    assert first.startswith("error") and seconds < HANG * 3
    again, seconds = timed(cache.readiness)
    assert again.startswith("error") and seconds < HANG / 5
    server.wake()
    after_breaker()
    assert cache.readiness() == "ok"


def test_one_log_line_per_outage_and_one_when_it_ends(server, caplog):
    cache = connect(server)
    with caplog.at_level(logging.WARNING, logger="warta.faults"):
        server.hanging = True
        for _ in range(5):
            [cache.get("x") for _ in range(50)]
            after_breaker()
        server.wake()
        back(cache)
    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) == 2
    assert "unavailable" in messages[0] and "answers again" in messages[1]


def test_threads_share_the_breaker(server):
    """Django makes one cache object per thread; the breaker is the process's."""
    connect(server).get("x")
    server.hanging = True
    connect(server).get("trip")
    seconds = []

    def read():
        other = connect(server)
        seconds.append(timed(lambda: other.get("x"))[1])

    threads = [threading.Thread(target=read) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert max(seconds) < HANG
