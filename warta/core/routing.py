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

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.http import Http404
from wagtail.models import Page, PageViewRestriction
from wagtail.url_routing import RouteResult

from warta.delivery import kept
from warta.delivery.memo import remembered
from warta.delivery.sites import site_for_request, url_of

ANCESTORS = "_warta_ancestors"


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
        parts = (self.pk, kept.digest("|".join(url_paths)))
        pages = kept.ROUTES.get(*parts)
        if pages is None:
            pages = list(Page.objects.filter(Q(levels, url_path__in=url_paths) | also))
            if set(url_paths) <= {page.url_path for page in pages}:
                kept.ROUTES.set(pages, *parts)
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

    path = url_of(found.url_path)
    if found.last_published_at is None or path is None:
        return read()
    # Bump the version of VIEWS when a page class's for_page_view changes shape.
    facts = (
        found.pk,
        found.latest_revision_id,
        found.live_revision_id,
        found.last_published_at.timestamp(),
    )
    return kept.VIEWS.get_or_set(read, *facts, path=path)


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
        return view_restrictions().for_pages(ids, above)


class ViewRestrictions:
    """Every view restriction, with the path of the page each one closes."""

    def __init__(self):
        self.all = list(PageViewRestriction.objects.all())
        ids = {restriction.page_id for restriction in self.all}
        pages = Page.objects.filter(pk__in=ids).values_list("pk", "path", "depth")
        self.restricted_pages = (
            {pk: (path, depth) for pk, path, depth in pages} if ids else {}
        )

    def for_pages(self, page_ids, paths):
        """The restrictions on any of ``page_ids`` or the pages at ``paths``."""
        paths = set(paths)
        return [
            restriction
            for restriction in self.all
            if restriction.page_id in page_ids
            or self.restricted_pages.get(restriction.page_id, ("",))[0] in paths
        ]


def view_restrictions():
    """Every view restriction: read once per request, and kept in the cache
    under the global generation, which a restriction's save or deletion bumps
    (``warta.delivery.events``)."""
    return remembered("view_restrictions", _kept_restrictions)


def _kept_restrictions():
    return kept.RESTRICTIONS.get_or_set(ViewRestrictions)


def serve(request, path):
    """Wagtail's page view, with the site's root page read in one query.

    ``site.root_page.specific`` costs two queries per request; the root is
    nearly always the home page, kept here under the archive token.
    """
    # Wagtail's views module reads the user model as it loads: not at load.
    from wagtail import views as wagtail_views

    if not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = _route(request, path)
    return wagtail_views.serve(request, path)


def home_page(pk):
    """The site's root page as its own class, kept under the archive token
    (its own publish changes it, as does any story's)."""

    def read():
        page = Page.objects.filter(pk=pk).first()
        return page.specific if page is not None else None

    return kept.HOMES.get_or_set(read, pk)


def _route(request, path):
    site = site_for_request(request)
    if site is None:
        return None
    root = home_page(site.root_page_id) or site.root_page.localized.specific
    # The home page (DirectRouteMixin's root) is kept for the navigation.
    request.warta_home = root if isinstance(root, DirectRouteMixin) else None
    try:
        return root.route(request, [part for part in path.split("/") if part])
    except Http404:
        return None
