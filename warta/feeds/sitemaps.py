"""Sitemaps for a large archive: every public page, in files of at most 50,000.

``PageSitemap`` uses Django's sitemap framework for paging; its items are bare
rows (``url_path`` and dates, no page objects) so 50,000 URLs cost one query.
The domain and scheme come from ``WARTA_BASE_URL``, never the Host header.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max, OuterRef, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone
from wagtail.models import Site

from warta.feeds.queries import all_pages, distributable


def sitemap_limit():
    return settings.WARTA_SITEMAP_LIMIT


def root_path():
    site = Site.objects.filter(is_default_site=True).select_related("root_page")
    site = site.first()
    return site.root_page.url_path if site else "/"


def w3c(value):
    """A sitemap date: ISO 8601 to the second in Jakarta time (``+07:00``)."""
    return timezone.localtime(value).replace(microsecond=0) if value else None


def modified_expression():
    """Last publish, or the latest correction (warta.trust) when it is newer."""
    from warta.trust.models import Correction

    latest = (
        Correction.objects.filter(page_id=OuterRef("pk"))
        .order_by("-published_at")
        .values("published_at")[:1]
    )
    return Greatest(
        "last_published_at", Coalesce(Subquery(latest), "last_published_at")
    )


class PageSitemap(Sitemap):
    """Every distributable page under the default site, oldest id first."""

    def __init__(self):
        self.root = root_path()
        self.limit = sitemap_limit()

    def pages(self):
        published = distributable(all_pages())
        return published.filter(url_path__startswith=self.root)

    def items(self):
        return (
            self.pages()
            .order_by("pk")
            .annotate(modified=modified_expression())
            .values_list("url_path", "modified", named=True)
        )

    def location(self, item):
        return item.url_path[len(self.root) - 1 :]

    def lastmod(self, item):
        return w3c(item.modified)

    def get_latest_lastmod(self):
        latest = self.pages().annotate(modified=modified_expression())
        return w3c(latest.aggregate(latest=Max("modified"))["latest"])

    def get_protocol(self, protocol=None):
        return urlsplit(settings.WARTA_BASE_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.WARTA_BASE_URL).netloc


SITEMAPS = {"halaman": PageSitemap}
