"""Which site a request is for, without a query on every request.

Wagtail finds the site of each request with a query (host and port against
every site), although sites change perhaps once in a paper's life. The answer
is kept per process, for at most ``SECONDS``, and forgotten at once when a site
is saved or deleted: by this process directly, by the others through a
generation number in the store every process shares (the page cache's token
store: Redis, or files in ``WARTA_DATA``).

The Host header is the client's to choose: at most ``KEPT`` hosts are kept,
others are looked up as Wagtail does.
"""

import time

from django.db.models.signals import post_delete, post_save
from django.http.request import split_domain_port
from wagtail.models import Site
from wagtail.models.sites import get_site_for_hostname

from warta.delivery.keys import token_store
from warta.delivery.memo import remembered

SECONDS = 60
KEPT = 32
GENERATION = "warta:sites:generation"

_known = {}  # (hostname, port) -> (site or None, generation, monotonic time)


def site_for_request(request):
    """The request's ``Site`` (or None), also remembered on the request the way
    ``Site.find_for_request`` does, so Wagtail's own calls cost nothing."""
    if not hasattr(request, "_wagtail_site"):
        request._wagtail_site = _lookup(
            split_domain_port(request._get_raw_host())[0], request.get_port()
        )
    return request._wagtail_site


def _lookup(hostname, port):
    key = (hostname, port)
    generation = token_store().get(GENERATION, 0)
    kept = _known.get(key)
    if kept and kept[1] == generation and time.monotonic() - kept[2] < SECONDS:
        return kept[0]
    try:
        site = get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        site = None
    if key in _known or len(_known) < KEPT:
        _known[key] = (site, generation, time.monotonic())
    return site


def forget(**kwargs):
    """A site changed: every process looks the sites up again."""
    _known.clear()
    try:
        token_store().incr(GENERATION)
    except ValueError:  # not in the store yet
        token_store().set(GENERATION, 1, None)


def connect():
    post_save.connect(forget, sender=Site, dispatch_uid="warta-sites-saved")
    post_delete.connect(forget, sender=Site, dispatch_uid="warta-sites-deleted")


def url_of(url_path):
    """A page's address from its stored path, as ``Page.url`` gives it:
    relative on a single-site install, with the site's root URL otherwise."""
    roots = site_root_paths()
    for root in roots:
        if url_path.startswith(root.root_path):
            path = url_path[len(root.root_path) - 1 :]
            return path if len(roots) == 1 else root.root_url + path
    return None


def site_root_paths():
    return remembered("site-root-paths", Site.get_site_root_paths)
