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

Anything the shortcut does not find (a path below a routable page, a typo) goes
through Wagtail's own routing, so behaviour never differs, only speed.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.http import Http404
from wagtail.models import Page
from wagtail.url_routing import RouteResult

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
        chain = {}
        for page in Page.objects.filter(
            Q(levels, url_path__in=url_paths) | self.also_read_with_route()
        ):
            if page.url_path in url_paths and page.path.startswith(self.path):
                chain[page.url_path] = page
            self.read_with_route(page)
        if any(url_path not in chain for url_path in url_paths):
            return None
        found = chain[url_paths[-1]]
        model = ContentType.objects.get_for_id(found.content_type_id).model_class()
        if model is None:
            return None
        target = model.objects.filter(pk=found.pk)
        if hasattr(model, "for_page_view"):
            target = model.for_page_view(target)
        target = target.first()
        if target is None:
            return None
        trail = [self, *(chain[url_path] for url_path in url_paths[:-1])]
        for child, parent in zip([*trail[1:], target], trail, strict=True):
            child._cached_parent_obj = parent
        setattr(target, ANCESTORS, trail)
        return target

    def also_read_with_route(self):
        """Pages the root wants read in the same query (the navigation)."""
        return Q(pk__in=[])

    def read_with_route(self, page):
        """Called for each page the routing query read."""


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


def _route(request, path):
    from warta.core.sites import site_for_request
    from warta.sections.models import HomePage

    site = site_for_request(request)
    if site is None:
        return None
    root = HomePage.objects.filter(pk=site.root_page_id).first()
    root = root or site.root_page.localized.specific
    request.warta_home = root if isinstance(root, HomePage) else None
    try:
        return root.route(request, [part for part in path.split("/") if part])
    except Http404:
        return None
