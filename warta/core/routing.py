"""Serving a deep URL in two queries instead of two per level of the tree.

Wagtail routes ``/nasional/some-story/`` one level at a time: the section by
slug, its specific object, then the story by slug and its specific object, and
later reads the ancestors again for the view restrictions and the breadcrumbs.
``DirectRouteMixin`` (on the site's root page) reads the whole chain below the
root in one query, matched on the stored ``url_path`` and found through the
slug index, then the target's specific object with what its page shows (a page class's
``for_page_view(queryset)`` adds its joins and prefetches). The chain is kept
on the page, so ``get_parent()``, ``ancestors()`` and the view-restriction
check cost nothing more.

Both are kept in the cache, each under what changes it: the chain under the
archive token (any publish, move or deletion), the target under its own row and
its address's page cache generations (``view_object``). A page cache miss then
costs neither query.

Anything the shortcut does not find (a path below a routable page, a typo) goes
through Wagtail's own routing, so behaviour never differs, only speed.
"""

import hashlib

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Q
from django.http import Http404
from wagtail.models import Page
from wagtail.url_routing import RouteResult

ANCESTORS = "_warta_ancestors"
ROUTE_SECONDS = 60 * 60  # at most; any publish anywhere changes the key first
# Bump when a page class's fields or for_page_view change shape.
VIEW_VERSION = 1


class DirectRouteMixin:
    def route(self, request, path_components):
        if not path_components:
            setattr(self, ANCESTORS, [])  # the site's root: nothing above to show
        target = self._direct_target(path_components) if path_components else None
        if target is None:
            return super().route(request, path_components)
        if not target.live:
            raise Http404
        return RouteResult(target)

    def _direct_target(self, components):
        url_paths = []
        levels = Q()
        for depth, slug in enumerate(components, start=self.depth + 1):
            url_paths.append(f"{url_paths[-1] if url_paths else self.url_path}{slug}/")
            levels |= Q(depth=depth, slug=slug)
        also = self.also_read_with_route()
        chain = {}
        for page in self._route_pages(url_paths, levels, also):
            if page.url_path in url_paths and page.path.startswith(self.path):
                chain[page.url_path] = page
            self.read_with_route(page)
        if any(url_path not in chain for url_path in url_paths):
            return None
        found = chain[url_paths[-1]]
        model = ContentType.objects.get_for_id(found.content_type_id).model_class()
        if model is None:
            return None
        target = view_object(model, found)
        if target is None:
            return None
        trail = [self, *(chain[url_path] for url_path in url_paths[:-1])]
        for child, parent in zip([*trail[1:], target], trail, strict=True):
            child._cached_parent_obj = parent
        setattr(target, ANCESTORS, trail)
        return target

    def _route_pages(self, url_paths, levels, also):
        """The pages on the way to a URL and those the root reads with them.

        Which pages a URL leads to changes only when a page is published,
        unpublished, moved, renamed or deleted, so a route found whole is kept
        under the archive token (``warta.delivery.keys``) until then.
        """
        from warta.delivery.keys import archive_token

        digest = hashlib.blake2b("|".join(url_paths).encode(), digest_size=16)
        key = f"route:v1:{self.pk}:{digest.hexdigest()}:{archive_token()}"
        pages = cache.get(key)
        if pages is None:
            pages = list(Page.objects.filter(Q(levels, url_path__in=url_paths) | also))
            if set(url_paths) <= {page.url_path for page in pages}:
                cache.set(key, pages, ROUTE_SECONDS)
        return pages

    def also_read_with_route(self):
        """Pages the root wants read in the same query (the navigation)."""
        return Q(pk__in=[])

    def read_with_route(self, page):
        """Called for each page the routing query read."""


def view_object(model, found):
    """The page ``found`` (a plain page row) as ``model``, with what its own
    page shows (``for_page_view``: its credits, topics, corrections...).

    Kept in the cache under the page's row (its revisions and publish time)
    and the page cache's generations of its address, which change when it is
    published, corrected, its thread changes, or anything else the page shows
    is invalidated: never an older version of the story. Changes to records
    it only links to (a writer's name, a photo credit) show within
    ``WARTA_PAGE_CACHE_SECONDS``, as they do on cached pages.
    """

    def read():
        queryset = model.objects.filter(pk=found.pk)
        if hasattr(model, "for_page_view"):
            queryset = model.for_page_view(queryset)
        return queryset.first()

    key = view_key(found)
    if key is None:
        return read()
    return cache.get_or_set(key, read, settings.WARTA_PAGE_CACHE_SECONDS)


def view_key(found):
    from warta.core.cards import url_of
    from warta.delivery import keys

    path = url_of(found.url_path)
    if found.last_published_at is None or path is None:
        return None
    tokens = keys.generations([keys.GLOBAL, keys.surface(path)])
    facts = (
        found.pk,
        found.latest_revision_id,
        found.live_revision_id,
        found.last_published_at.timestamp(),
        tokens[keys.GLOBAL],
        tokens[keys.surface(path)],
    )
    digest = hashlib.blake2b(repr(facts).encode(), digest_size=16).hexdigest()
    return f"view:v{VIEW_VERSION}:{digest}"


def ancestors(page):
    """The pages above ``page`` from the home page down (not the tree's root).

    Kept by the routing; read (one query) for a page that did not come from it.
    """
    cached = getattr(page, ANCESTORS, None)
    if cached is None:
        cached = list(page.get_ancestors().filter(depth__gt=1))
        setattr(page, ANCESTORS, cached)
    return cached


class KnownAncestorsMixin:
    """View restrictions checked against the ancestors the routing kept.

    The pages above the site's root (the tree's root) are matched by path in
    the same query rather than read.
    """

    def get_view_restrictions(self):
        known = getattr(self, ANCESTORS, None)
        if known is None:
            return super().get_view_restrictions()
        ids = {self.pk, self.alias_of_id}
        for page in known:
            ids.update((page.pk, page.alias_of_id))
        ids.discard(None)
        top = known[0] if known else self
        steps = range(top.steplen, len(top.path), top.steplen)
        above = [top.path[:end] for end in steps]
        from warta.core.models import view_restrictions

        return view_restrictions().for_pages(ids, above)


def serve(request, path):
    """Wagtail's page view, with the site's root page read in one query.

    ``site.root_page.specific`` costs two queries per request; the root is
    nearly always the home page, read here directly.
    """
    from wagtail import views as wagtail_views  # imports models: not at load

    if not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = _route(request, path)
    return wagtail_views.serve(request, path)


def home_page(pk):
    """The site's home page, kept under the archive token (its own publish
    changes it, as does any story's)."""
    from warta.delivery.keys import archive_token
    from warta.sections.models import HomePage

    key = f"home:v1:{pk}:{archive_token()}"
    return cache.get_or_set(key, HomePage.objects.filter(pk=pk).first, ROUTE_SECONDS)


def _route(request, path):
    from warta.delivery.sites import site_for_request
    from warta.sections.models import HomePage

    site = site_for_request(request)
    if site is None:
        return None
    root = home_page(site.root_page_id) or site.root_page.localized.specific
    request.warta_home = root if isinstance(root, HomePage) else None
    try:
        return root.route(request, [part for part in path.split("/") if part])
    except Http404:
        return None
