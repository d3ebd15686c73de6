"""The shared store for limits and de-duplication when there is no Redis.

Rate limits (comments, reports, password resets) and the "this client saw this
story already" marks must be seen by every worker process, or two workers let
a client through twice. The local-memory default cache is per process, and
Django's ``FileBasedCache`` and ``DatabaseCache`` check, then write, in
``add`` and ``incr``: two processes racing both win. Here each operation is one
SQLite statement on a small file of its own (``$WARTA_DATA/cache/limits.sqlite3``),
which SQLite runs atomically across processes: ``add`` is an upsert that only
replaces an expired row, ``incr`` an ``UPDATE … RETURNING``.

Expired rows are deleted now and then on write, and by ``warta prune``.
"""

import os
import pickle
import random
import sqlite3
import threading
import time
from pathlib import Path

from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache

FOREVER = 2.0**62
SCHEMA = (
    "CREATE TABLE IF NOT EXISTS entry ("
    " key TEXT PRIMARY KEY, value BLOB NOT NULL, expires REAL NOT NULL"
    ") WITHOUT ROWID"
)


def _dump(value):
    # Counters stay integers so that incr() can add in SQL; anything else is
    # pickled, as Django's own file and database caches do.
    if type(value) is int and -(2**63) <= value < 2**63:
        return value
    return pickle.dumps(value, pickle.HIGHEST_PROTOCOL)


def _load(stored):
    return pickle.loads(stored) if isinstance(stored, bytes) else stored


class CounterCache(BaseCache):
    # One delete of expired rows every this many writes, on average.
    prune_every = 500

    def __init__(self, location, params):
        super().__init__(params)
        self.path = Path(location)
        self._local = threading.local()

    def _db(self):
        local = self._local
        if getattr(local, "pid", None) != os.getpid():
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            # Created 0600: the keys name clients (hashed) and pages.
            os.close(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600))
            db = sqlite3.connect(
                self.path, timeout=10, isolation_level=None, check_same_thread=False
            )
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute(SCHEMA)
            local.db, local.pid = db, os.getpid()
        return local.db

    def _expiry(self, timeout):
        timeout = self.get_backend_timeout(timeout)
        return FOREVER if timeout is None else timeout

    def _maybe_prune(self):
        if random.randrange(self.prune_every) == 0:
            self.prune()

    def prune(self):
        """Delete expired rows; returns how many."""
        return (
            self._db()
            .execute("DELETE FROM entry WHERE expires <= ?", (time.time(),))
            .rowcount
        )

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        now = time.time()
        expires = self._expiry(timeout)
        if expires <= now:
            return False
        self._maybe_prune()
        row = (
            self._db()
            .execute(
                "INSERT INTO entry (key, value, expires) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                "expires = excluded.expires WHERE entry.expires <= ? RETURNING 1",
                (key, _dump(value), expires, now),
            )
            .fetchone()
        )
        return row is not None

    def get(self, key, default=None, version=None):
        key = self.make_and_validate_key(key, version=version)
        row = (
            self._db()
            .execute(
                "SELECT value FROM entry WHERE key = ? AND expires > ?",
                (key, time.time()),
            )
            .fetchone()
        )
        return default if row is None else _load(row[0])

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        self._maybe_prune()
        self._db().execute(
            "INSERT OR REPLACE INTO entry (key, value, expires) VALUES (?, ?, ?)",
            (key, _dump(value), self._expiry(timeout)),
        )

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        return (
            self._db()
            .execute(
                "UPDATE entry SET expires = ? WHERE key = ? AND expires > ?",
                (self._expiry(timeout), key, time.time()),
            )
            .rowcount
            == 1
        )

    def incr(self, key, delta=1, version=None):
        key = self.make_and_validate_key(key, version=version)
        row = (
            self._db()
            .execute(
                "UPDATE entry SET value = value + ? WHERE key = ? AND expires > ? "
                "AND typeof(value) = 'integer' RETURNING value",
                (delta, key, time.time()),
            )
            .fetchone()
        )
        if row is None:
            raise ValueError(f"Key '{key}' not found")
        return row[0]

    def delete(self, key, version=None):
        key = self.make_and_validate_key(key, version=version)
        return (
            self._db().execute("DELETE FROM entry WHERE key = ?", (key,)).rowcount == 1
        )

    def has_key(self, key, version=None):
        return self.get(key, self, version=version) is not self

    def clear(self):
        self._db().execute("DELETE FROM entry")

    def close(self, **kwargs):
        # Kept open between requests, like the page-cache's SQLite connection.
        pass
