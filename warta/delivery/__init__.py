"""Delivery: everything Warta keeps between requests, and what makes it stale.

The ground layer: it imports no other Warta app (``make lint`` checks).

- ``kept``: every kept value on one line: its name, version, parts and what it
  depends on (a page's address, the archive, everything, nothing).
- ``keys``: the generation tokens of surfaces (a page's path, a group such as
  the sitemaps), in a store every process shares.
- ``events``: the one map from an event (publish, move, deletion, correction,
  comment, picture, restriction) to the surfaces it bumps, and one purge of the
  frontend cache (nginx, Varnish, Cloudflare) per event.
- ``middleware``: whole reader pages for anonymous readers: serve a hit, store
  a miss (one render per key under load), ``Cache-Control``, ``ETag``, ``304``.
- ``fastpath``: the same hits answered in front of Django's handler (WSGI).
- ``memo`` and ``sites``: facts read once per request, the site of a host.
"""
