"""Terpopuler: which stories readers open most, counted without tracking anyone.

How a view is counted
    A story page names its beacon URL, ``/v/<page id>/`` (``{% view_url page %}``),
    in ``data-view-url``; the site's script POSTs to it once the page is shown,
    and ``{% view_pixel page %}`` adds a ``<noscript>`` 1x1 GIF for readers without
    JavaScript. The beacon is its own request, so a view counts even when the page
    itself came from a cache or a CDN.

    The endpoint (``views.py``) counts only live, public story pages; it skips bots,
    empty user agents, prefetches and cross-site requests, and it counts a client at
    most once per story every ``WARTA_VIEW_WINDOW_MINUTES`` and at most
    ``WARTA_VIEW_HOURLY_CAP`` times an hour (``ratelimit.py``). A "client" is the
    reader's IP address (an IPv6 reader's /64), kept only as a keyed hash in the
    cache for the length of the window; ``X-Forwarded-For`` is believed only from
    ``WARTA_TRUSTED_PROXIES`` (``clients.py``). Nothing is stored about a reader:
    the database holds one counter per story per hour (``models.py``).

Reading the counts
    ``warta.popularity.queries.most_read(limit=5, now=None)``: the articles read most
    in the last 24 hours, filled up from the last 7 days. The front page's list
    (``front_ranking``) is computed at most once a minute.

Housekeeping
    ``warta prune_views [--days 30]`` deletes counters older than 30 days; run it
    daily (cron or a systemd timer). ``warta.popularity.demo.seed_demo_views()``
    gives the demo paper a plausible week of reading.
"""
