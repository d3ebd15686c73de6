"""The page cache: whole reader pages for anonymous readers, kept in Django's cache.

- ``keys``: what a page's key is made of (path, the query parameters that change
  a page, and the generations of the surfaces it belongs to).
- ``middleware``: serve a hit, store a miss (one render per key under load),
  ``Cache-Control`` for a proxy or CDN, ``ETag`` and ``304``.
- ``invalidation``: bump the generations a publish, unpublish, edit, delete or
  comment approval touches, and purge the frontend cache (nginx, Varnish,
  Cloudflare) when one is configured.
"""
