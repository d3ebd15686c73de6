"""The Redis cache, for a Redis that hangs or is gone: readers wait for nothing.

Every call has short socket timeouts (settings: 0.2 s to connect, 0.25 s to
answer). The first call that fails opens a *breaker*, one per Redis server and
process: for ``BREAKER_SECONDS`` every call skips Redis and is answered by the
process's own *stand-in*, a small local-memory cache (``FALLBACK_ENTRIES``
entries, each kept ``FALLBACK_SECONDS`` at most). Then one call *probes*: a
PING, the writes owed to Redis (below), and the breaker closes; a probe that
fails keeps it open another ``BREAKER_SECONDS``. The probe runs in a thread of
its own, so no request waits for it (a process's first call probes inline).
One log line when it opens, one when it closes, none per call.

While Redis answers, what is read from it or written to it is copied into the
stand-in (a value once per ``FALLBACK_SECONDS``, a token on every read), so
when it stops answering the process goes on with the pages, kept values and
tokens it saw last, rather than rendering everything cold. A hung Redis
therefore costs a request at most one socket timeout (the call that finds
out); a render lock (``cache.add``) taken in the stand-in makes other
requests of the process wait for one render, never for Redis.

Why nothing stale is served for long, and nothing old comes back:

- *Every key holds its generation tokens* (``warta.delivery.keys``), so a
  value is only served under the tokens the process believes current. While
  Redis is away those are the stand-in's: the token last read from Redis, or
  one this process bumped since (a bump takes effect here at once). A bump
  made by another process cannot be seen until Redis is back; the stand-in
  keeps no token longer than ``FALLBACK_SECONDS`` after it last came from
  Redis, and a token missing there is created fresh (never an old value), so
  such a publish shows in every process within ``FALLBACK_SECONDS`` of the
  start of an outage. While Redis answers the stand-in is never read.
- *When Redis returns* it holds the tokens and pages of before the outage. A
  token bump that did not reach it (skipped by the breaker or timed out) is
  owed to it: the keys are recorded, in memory and as a small file in the
  ``journal`` folder (``$WARTA_DATA/cache/unsent-tokens``), and the probe that
  closes the breaker gives each of them a fresh value before this process
  reads Redis again. Any process of the host replays every file, so a bump
  made by a process that has ended since (``warta publish_scheduled`` runs a
  few seconds a minute) still reaches Redis: by the first worker whose
  breaker closes, or the next process that starts. A fresh value is always
  safe; what matters is that the old one is gone.
- *Commands that timed out may still run* when a paused Redis wakes up: a
  token write lands (it is a bump anyway); a render lock (``add``) that timed
  out, or a lock release (``delete``) that never reached Redis, would make
  other requests wait on a page nobody renders, so the probe deletes those
  keys too.

What is not covered: servers on other hosts do not read this host's journal
(each replays its own bumps on recovery, so the window is their breaker's
seconds); a ``clear()`` during an outage (``warta restore``) is lost, logged.
"""

import json
import logging
import os
import threading
import time
import uuid
from pathlib import Path

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

from warta.delivery.keys import token_seconds

log = logging.getLogger("warta.faults")
BREAKER_SECONDS = 2.0
FALLBACK_SECONDS = 30
FALLBACK_ENTRIES = 1000
MAX_OWED_DELETES = 10_000  # render locks expire by themselves anyway
REDIS_DOWN = (RedisError, OSError)
CLOSED, OPEN, PROBE = "closed", "open", "probe"


class Outage:
    """One Redis server as this process sees it: the breaker, the stand-ins,
    and what is owed to the server once it answers again."""

    def __init__(self, location, seconds=BREAKER_SECONDS, journal=None):
        self.location = location
        self.seconds = seconds
        self.journal = Path(journal) if journal else None
        self._lock = threading.Lock()
        self.open_until = 0.0  # None: closed; a time: open until then
        self.opened_at = None
        self.probing = False
        self.owed_tokens = set()
        self.owed_deletes = set()

    def state(self):
        """CLOSED, OPEN, or PROBE: this caller is the one to try Redis again."""
        with self._lock:
            if self.open_until is None:
                return CLOSED
            if self.probing or time.monotonic() < self.open_until:
                return OPEN
            self.probing = True
            return PROBE

    def failed(self, error):
        with self._lock:
            opening = self.opened_at is None
            self.open_until = time.monotonic() + self.seconds
            self.probing = False
            if opening:
                self.opened_at = time.monotonic()
        if opening:
            log.warning(
                "Redis %s unavailable (%s: %s): the cache skips it, retrying "
                "every %s s",
                self.location, type(error).__name__, error, self.seconds,
            )  # fmt: skip

    def recovered(self):
        with self._lock:
            was_open, self.open_until, self.probing = self.opened_at, None, False
            self.opened_at = None
        if was_open is not None:
            log.warning(
                "Redis %s answers again after %.1f s",
                self.location, time.monotonic() - was_open,
            )  # fmt: skip

    def owe_tokens(self, keys):
        """Token keys (as Redis names them) whose write did not reach Redis."""
        keys = list(keys)
        with self._lock:
            self.owed_tokens.update(keys)
        if self.journal is not None and keys:
            self._write_journal(keys)

    def owe_deletes(self, keys):
        with self._lock:
            if len(self.owed_deletes) < MAX_OWED_DELETES:
                self.owed_deletes.update(keys)

    def _write_journal(self, keys):
        name = f"{time.time_ns()}-{os.getpid()}-{uuid.uuid4().hex[:8]}.json"
        try:
            self.journal.mkdir(parents=True, exist_ok=True)
            part = self.journal / ("." + name)
            part.write_text(json.dumps(keys))
            part.replace(self.journal / name)
        except OSError as error:
            log.error(
                "cannot record unsent token writes in %s: %s", self.journal, error
            )

    def _journal_files(self):
        if self.journal is None or not self.journal.is_dir():
            return {}
        files = {}
        for path in self.journal.glob("[!.]*.json"):
            try:
                keys = json.loads(path.read_text())
            except OSError:  # gone: replayed by another process
                continue
            except ValueError:
                keys = None
            if isinstance(keys, list) and all(isinstance(k, str) for k in keys):
                files[path] = keys
            else:
                log.error("%s is not a list of cache keys: removed", path)
                path.unlink(missing_ok=True)
        return files

    def settle(self, client):
        """Pay what is owed with ``client`` (a RedisCacheClient): fresh values
        for token writes that did not arrive, deletes of locks left behind."""
        with self._lock:
            tokens, deletes = set(self.owed_tokens), set(self.owed_deletes)
        files = self._journal_files()
        for keys in files.values():
            tokens.update(keys)
        if deletes:
            client.delete_many(list(deletes))
        if tokens:
            fresh = time.time_ns()
            # With the TTL a bump gives (warta.delivery.keys), not forever: a
            # replay must not make keys that outlive their surface.
            client.set_many({key: fresh for key in tokens}, token_seconds())
            log.warning(
                "Redis %s: %d token writes replayed", self.location, len(tokens)
            )
        with self._lock:
            self.owed_tokens -= tokens
            self.owed_deletes -= deletes
        for path in files:
            path.unlink(missing_ok=True)


_outages = {}
_outages_lock = threading.Lock()
_stand_ins = set()  # names of the LocMem caches in use


def outage_of(location, **options):
    """The one ``Outage`` of this Redis server in this process."""
    with _outages_lock:
        if location not in _outages:
            _outages[location] = Outage(location, **options)
        outage = _outages[location]
        if outage.journal is None and options.get("journal"):
            outage.journal = Path(options["journal"])
        return outage


def forget_outages():
    """Tests: every server is unknown again (its first call probes), and the
    stand-ins are empty."""
    with _outages_lock:
        _outages.clear()
        for name in _stand_ins:
            LocMemCache(name, {}).clear()


class ResilientRedisCache(RedisCache):
    """Django's Redis cache behind the breaker, with the process's stand-in.

    Extra ``OPTIONS`` (not passed to redis-py): ``breaker_seconds`` and
    ``journal``, the folder where unsent token writes are recorded.
    """

    stand_in_name = "values"

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS", {}))
        seconds = options.pop("breaker_seconds", BREAKER_SECONDS)
        journal = options.pop("journal", None)
        super().__init__(server, {**params, "OPTIONS": options})
        location = server if isinstance(server, str) else ",".join(server)
        self.outage = outage_of(location, seconds=seconds, journal=journal)
        # Instances with one name share their entries: one stand-in a process.
        name = f"warta-stand-in:{location}:{self.stand_in_name}"
        _stand_ins.add(name)
        self.stand_in = LocMemCache(
            name,
            {
                "TIMEOUT": FALLBACK_SECONDS,
                "KEY_PREFIX": params.get("KEY_PREFIX", ""),
                "VERSION": params.get("VERSION", 1),
                "KEY_FUNCTION": params.get("KEY_FUNCTION"),
                "OPTIONS": {"MAX_ENTRIES": FALLBACK_ENTRIES},
            },
        )

    def _call(self, redis_call, stand_in_call, owe=None, copy=None):
        """``redis_call()`` while Redis answers (``copy(result)`` then keeps
        it in the stand-in), else ``stand_in_call()``; ``owe(sent)`` records
        what Redis must still be told."""
        state = self.outage.state()
        if state == PROBE and self.outage.opened_at is not None:
            # Redis is known to be away: probe beside the request, not in it.
            threading.Thread(target=self._probe, daemon=True).start()
            state = OPEN
        elif state == PROBE and not self._probe():  # a process's first call
            state = OPEN
        if state == OPEN:
            if owe is not None:
                owe(sent=False)
            return stand_in_call()
        try:
            result = redis_call()
        except REDIS_DOWN as error:
            self.outage.failed(error)
            if owe is not None:
                owe(sent=True)
            return stand_in_call()
        if copy is not None:
            copy(result)
        return result

    def _probe(self):
        try:
            self._cache.get_client(write=True).ping()
            self.outage.settle(self._cache)
        except Exception as error:  # whatever it is, the breaker must not stick
            self.outage.failed(error)
            return False
        self.outage.recovered()
        return True

    def _capped(self, timeout):
        """The stand-in keeps nothing longer than FALLBACK_SECONDS."""
        seconds = self.get_backend_timeout(timeout)
        return FALLBACK_SECONDS if seconds is None else min(seconds, FALLBACK_SECONDS)

    def _keys(self, keys, version):
        return [self.make_and_validate_key(key, version=version) for key in keys]

    def _copy_read(self, key, value, version):
        """A value read from Redis, kept once per FALLBACK_SECONDS (a key's
        value does not change: its tokens are in it)."""
        if not self.stand_in.has_key(key, version):
            self.stand_in.set(key, value, FALLBACK_SECONDS, version)

    # What a write that did not reach Redis leaves owed. Values: nothing (a
    # miss). A lock or value added by a call that timed out may land when
    # Redis wakes, and a delete (a lock released) may never have: delete both.
    def _owe_write(self, keys, version):
        return None

    def _owe_add(self, keys, version):
        def owe(sent):
            if sent:
                self.outage.owe_deletes(self._keys(keys, version))

        return owe

    def _owe_delete(self, keys, version):
        return lambda sent: self.outage.owe_deletes(self._keys(keys, version))

    def get(self, key, default=None, version=None):
        def copy(value):
            if value is not default:
                self._copy_read(key, value, version)

        return self._call(
            lambda: super(ResilientRedisCache, self).get(key, default, version),
            lambda: self.stand_in.get(key, default, version),
            copy=copy,
        )

    def get_many(self, keys, version=None):
        keys = list(keys)

        def copy(found):
            for key, value in found.items():
                self._copy_read(key, value, version)

        return self._call(
            lambda: super(ResilientRedisCache, self).get_many(keys, version),
            lambda: self.stand_in.get_many(keys, version),
            copy=copy,
        )

    def has_key(self, key, version=None):
        return self._call(
            lambda: super(ResilientRedisCache, self).has_key(key, version),
            lambda: self.stand_in.has_key(key, version),
        )

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        def stand_in():
            return self.stand_in.set(key, value, self._capped(timeout), version)

        return self._call(
            lambda: super(ResilientRedisCache, self).set(key, value, timeout, version),
            stand_in,
            self._owe_write([key], version),
            copy=lambda _: stand_in(),
        )

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        def stand_in():
            return self.stand_in.set_many(data, self._capped(timeout), version)

        return self._call(
            lambda: super(ResilientRedisCache, self).set_many(data, timeout, version),
            stand_in,
            self._owe_write(list(data), version),
            copy=lambda _: stand_in(),
        )

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        def copy(added):
            if added:
                self.stand_in.set(key, value, self._capped(timeout), version)

        return self._call(
            lambda: super(ResilientRedisCache, self).add(key, value, timeout, version),
            lambda: self.stand_in.add(key, value, self._capped(timeout), version),
            self._owe_add([key], version),
            copy=copy,
        )

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(
            lambda: super(ResilientRedisCache, self).touch(key, timeout, version),
            lambda: self.stand_in.touch(key, self._capped(timeout), version),
        )

    def incr(self, key, delta=1, version=None):
        return self._call(
            lambda: super(ResilientRedisCache, self).incr(key, delta, version),
            lambda: self.stand_in.incr(key, delta, version),
        )

    def delete(self, key, version=None):
        return self._call(
            lambda: super(ResilientRedisCache, self).delete(key, version),
            lambda: self.stand_in.delete(key, version),
            self._owe_delete([key], version),
            copy=lambda _: self.stand_in.delete(key, version),
        )

    def delete_many(self, keys, version=None):
        keys = list(keys)
        return self._call(
            lambda: super(ResilientRedisCache, self).delete_many(keys, version),
            lambda: self.stand_in.delete_many(keys, version),
            self._owe_delete(keys, version),
            copy=lambda _: self.stand_in.delete_many(keys, version),
        )

    def clear(self):
        def lost(sent):
            log.error("cache clear did not reach Redis %s", self.outage.location)

        return self._call(
            lambda: super(ResilientRedisCache, self).clear(),
            self.stand_in.clear,
            lost,
            copy=lambda _: self.stand_in.clear(),
        )

    def readiness(self):
        """``"ok"`` when Redis keeps a value now; an error at once while the
        breaker is open (a monitor must not wait on a Redis that hangs)."""
        state = self.outage.state()
        if state == OPEN or (state == PROBE and not self._probe()):
            return "error: unavailable"
        key, value = "warta:readyz", uuid.uuid4().hex
        try:
            RedisCache.set(self, key, value, 10)
            kept = RedisCache.get(self, key)
        except REDIS_DOWN as error:
            self.outage.failed(error)
            return f"error: {type(error).__name__}"
        return "ok" if kept == value else "error: value not kept"


class TokenRedisCache(ResilientRedisCache):
    """The generation tokens' cache: a token read from Redis refreshes the
    stand-in's copy every time (a token's value changes: that is a bump), and
    a token write or delete that did not reach Redis is owed to it, replayed
    with a fresh value (see above)."""

    stand_in_name = "tokens"

    def _copy_read(self, key, value, version):
        self.stand_in.set(key, value, FALLBACK_SECONDS, version)

    def _owe_write(self, keys, version):
        return lambda sent: self.outage.owe_tokens(self._keys(keys, version))

    _owe_delete = _owe_write
