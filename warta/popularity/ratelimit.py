"""Refresh floods count once: a client counts a story once per window, capped hourly.

Both limits live in the "limits" cache (Redis, or without it a SQLite file:
``warta.delivery.counters``), so every worker process shares them. The hourly
cap is read before the per-story key is written, so a flooding client stops
adding keys once it is over the cap.
"""

from django.conf import settings
from django.core.cache import caches

HOUR = 60 * 60


def window_seconds():
    return int(settings.WARTA_VIEW_WINDOW_MINUTES) * 60


def hourly_cap():
    return int(settings.WARTA_VIEW_HOURLY_CAP)


def allow_view(client, page_id):
    """True when this client's view of this page should count; records it if so."""
    cache = caches["limits"]
    hour_key = f"popularity:hour:{client}"
    if (cache.get(hour_key) or 0) >= hourly_cap():
        return False
    if not cache.add(f"popularity:seen:{client}:{page_id}", 1, window_seconds()):
        return False
    if not cache.add(hour_key, 1, HOUR):
        try:
            cache.incr(hour_key)
        except ValueError:  # expired between add() and incr()
            cache.set(hour_key, 1, HOUR)
    return True
