"""What each event invalidates: the one map from a change to the kept things.

=======================  ====================================================
event                    surfaces whose generations are bumped
=======================  ====================================================
``page_changed``         a publish, unpublish or live edit: ``surfaces_for``
``page_moved``           the new places and the old ones (section, address)
``slug_changed``         the page before and after
``page_deleted``         ``surfaces_for`` the page
``story_corrected``      ``surfaces_for`` the story plus what lists corrections
``thread_changed``       a comment shown, hidden or edited: the story's page
``picture_changed``      the home page (its plan holds its cards' pictures)
``restriction_changed``  everything (any list may show or hide the page)
``changed``              named surfaces (a takedown list, a live poll)
=======================  ====================================================

``surfaces_for(page)`` asks the page what shows it, so no class name is
matched here: its own paths (Wagtail's ``get_cached_paths()``, which routable
pages extend), its ancestors' paths and ``listing_surfaces()`` (a section's
feeds), its ``other_surfaces()`` (topic, writer and agency pages, a live
report's poll), the
surfaces every story touches (home, search, sitemaps) and, for a page whose
``changes_navigation`` is true (the home page, sections), every page.

Each event bumps the generations at once and again after the transaction
commits (a render that ran between the two cannot keep the old page), then
purges the frontend cache once, after the commit: a proxy that refetches at
once gets the new page.
"""

import logging

from django.conf import settings
from django.db import transaction
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Page

from warta.delivery import keys
from warta.delivery.sites import url_of

log = logging.getLogger("warta.delivery")
SHARED_SURFACES = ("/", "sitemaps", "/cari/", "/indeks/")
FEEDS = ("rss/", "atom/", "rss/lengkap/", "atom/lengkap/")
# Surfaces under which the paper serves feeds (see warta.feeds.urls).
FEED_OWNERS = ("/rubrik/", "/topik/", "/penulis/")
SITEMAP_URLS = ("/sitemap.xml", "/news-sitemap.xml")


def page_changed(page):
    changed(surfaces_for(page))


def page_moved(page, parent_before, url_path_before):
    """A story moved to another section leaves its old section and address."""
    before = surfaces_for(parent_before) | {url_of(url_path_before)}
    changed(surfaces_for(page) | before)


def slug_changed(page, page_before):
    changed(surfaces_for(page_before) | surfaces_for(page))


def page_deleted(page):
    changed(surfaces_for(page))


def story_corrected(page, also=()):
    """A correction is not a revision: what shows the story, and ``also``."""
    changed((surfaces_for(page) if page is not None else set()) | set(also))


def thread_changed(page):
    changed({page_path(page)})


def picture_changed(image):
    changed({"/"})


def restriction_changed(page):
    """A page closed or opened to readers: every list and page may show it."""
    changed({keys.GLOBAL} | (surfaces_for(page) if page is not None else set()))


def changed(surfaces):
    """Bump ``surfaces`` now and after the commit; purge them once."""
    surfaces = {surface for surface in surfaces if surface}
    if not surfaces:
        return
    keys.bump(surfaces)
    transaction.on_commit(lambda: keys.bump(surfaces))
    transaction.on_commit(lambda: purge_frontend(surfaces))


def page_path(page):
    parts = page.get_url_parts()
    return parts[2] if parts else None


def surfaces_for(page):
    """Every surface showing ``page`` (a set of paths and group names)."""
    page = page.specific_deferred if hasattr(page, "specific_deferred") else page
    found = set(SHARED_SURFACES)
    own = page_path(page)
    if own is not None:
        found.update(own + path.lstrip("/") for path in page.get_cached_paths())
    if getattr(page, "changes_navigation", False):
        found.add(keys.GLOBAL)
    for ancestor in page.get_ancestors().filter(depth__gte=2).specific():
        found.add(page_path(ancestor))
        found.update(getattr(ancestor, "listing_surfaces", tuple)())
    found.update(getattr(page.specific, "other_surfaces", tuple)())
    found.discard(None)
    return found


def purge_urls(surfaces):
    """The URLs a proxy or CDN keeps for ``surfaces`` (feeds included)."""
    urls = set()
    for surface in surfaces:
        if surface == "sitemaps":
            urls.update(SITEMAP_URLS)
        elif surface.startswith("/"):
            urls.add(surface)
            if surface == "/" or surface.startswith(FEED_OWNERS):
                urls.update(surface + feed for feed in FEEDS)
    return sorted(urls)


def purge_frontend(surfaces):
    """Purge the same pages from nginx, Varnish or a CDN, when one is set."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    base = settings.WARTA_BASE_URL
    try:
        purge_urls_from_cache([base + url for url in purge_urls(surfaces)])
    except Exception as error:  # a frontend cache that is down must not block a publish
        log.warning("frontend cache purge failed: %s", error)


def page_of(page_id):
    return Page.objects.filter(pk=page_id).first()
