"""One use of a limited thing, counted where every worker sees it.

The "limits" cache is Redis, or without it a SQLite file every worker shares
(``warta.delivery.counters``), so two workers allow no more than one.
"""

from django.core.cache import caches


def spend(key, limit, seconds):
    """Count one use of ``key``; False once ``limit`` uses were spent in the
    window of ``seconds`` that the first use opened. A limit of 0 or less
    allows everything."""
    cache = caches["limits"]
    if limit <= 0:
        return True
    if cache.add(key, 1, seconds):
        return True
    try:
        used = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, seconds)
        return True
    return used <= limit
