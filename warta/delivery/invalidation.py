"""What a change to a page invalidates, in the page cache and the frontend cache.

A story's publish, unpublish, edit or deletion touches its own page, its
section (and the section's feeds under ``/rubrik/<slug>/``), the home page and
the paper's feeds, its topics' and people's pages and feeds, search results and
the sitemaps. A change to the home page or a section changes the navigation on
every page: it bumps the global surface. Scheduled go-live publishes through
``page_published`` too, so it needs nothing of its own. A move touches the
old places and the new; a view restriction added or removed, every page; a
picture edited, the home page. Comment approval (``thread_changed``) touches
the story's page only.

Generations are bumped at once and again after the transaction commits, so a
render that ran between the two cannot keep the old page.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.urls import NoReverseMatch, reverse
from wagtail.models import Page

from warta.delivery import keys

log = logging.getLogger("warta.delivery")
GLOBAL_TYPES = ("homepage", "sectionpage")
SHARED_SURFACES = ("/", "sitemaps", "/cari/")


def page_changed(sender, instance, **kwargs):
    invalidate(surfaces_for(instance))


def slug_changed(sender, instance, instance_before, **kwargs):
    invalidate(surfaces_for(instance_before) | surfaces_for(instance))


def page_moved(sender, instance, parent_page_before, url_path_before, **kwargs):
    """A story moved to another section leaves its old section and address."""
    from warta.core.cards import url_of

    before = surfaces_for(parent_page_before) | {url_of(url_path_before)}
    invalidate(surfaces_for(instance) | before - {None})


def restriction_changed(sender, instance, **kwargs):
    """A page closed or opened to readers: every list and page may show it."""
    page = Page.objects.filter(pk=instance.page_id).first()
    surfaces = {keys.GLOBAL} | (surfaces_for(page) if page is not None else set())
    invalidate(surfaces)


def image_changed(sender, instance, created=False, raw=False, **kwargs):
    """A picture edited (its file or focal point): the home page, whose kept
    plan holds the facts of its cards' pictures, is made again."""
    if not created and not raw:
        invalidate({"/"})


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and sender is Page:
        invalidate(surfaces_for(instance))


def thread_changed(sender, page, **kwargs):
    invalidate({path for path in [page_path(page)] if path})


def invalidate(surfaces):
    keys.bump(surfaces)
    transaction.on_commit(lambda: keys.bump(surfaces))
    # After the commit: a proxy refetching at once must get the new page.
    transaction.on_commit(lambda: purge_frontend(surfaces))


def page_path(page):
    parts = page.get_url_parts()
    return parts[2] if parts else None


def surfaces_for(page):
    """Every surface showing this page (a set of paths and group names)."""
    page = page.specific_deferred if hasattr(page, "specific_deferred") else page
    found = set(SHARED_SURFACES)
    found.add(page_path(page))
    if page.specific_class and page.specific_class.__name__.lower() in GLOBAL_TYPES:
        found.add(keys.GLOBAL)
    for ancestor in page.get_ancestors().filter(depth__gte=2):
        found.add(page_path(ancestor))
        if ancestor.specific_class.__name__ == "SectionPage":
            found.add(f"/rubrik/{ancestor.slug}/")
    found |= _credits(page)
    found.discard(None)
    return found


def _credits(page):
    """Topic, writer, editor and agency pages the story is listed on."""
    found = set()
    page = page.specific
    if hasattr(page, "topics"):
        found.update(_reverse("articles:topic", tag.slug) for tag in page.topics.all())
    people = list(getattr(page, "writers", []) or [])
    if getattr(page, "editor_id", None):
        people.append(page.editor)
    found.update(_reverse("people:person", person.slug) for person in people)
    if getattr(page, "agency_id", None):
        found.add(_reverse("people:agency", page.agency.slug))
    return found


def _reverse(name, slug):
    try:
        return reverse(name, args=[slug])
    except NoReverseMatch:
        return None


def purge_frontend(surfaces):
    """Purge the same pages (and the paper's feeds) from nginx, Varnish or a CDN."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    base = settings.WARTA_BASE_URL
    urls = []
    for surface in surfaces:
        if surface == "sitemaps":
            urls += ["/sitemap.xml", "/news-sitemap.xml"]
        elif surface.startswith("/"):
            urls.append(surface)
            if surface == "/" or surface.startswith(FEED_OWNERS):
                urls += [surface + feed for feed in FEEDS]
    try:
        purge_urls_from_cache([base + url for url in sorted(set(urls))])
    except Exception as error:  # a frontend cache that is down must not block a publish
        log.warning("frontend cache purge failed: %s", error)


FEEDS = ("rss/", "atom/", "rss/lengkap/", "atom/lengkap/")
FEED_OWNERS = ("/rubrik/", "/topik/", "/penulis/")
