"""The sitemap index, the Google News sitemap and robots.txt."""

from datetime import timedelta

from django.contrib.sitemaps.views import x_robots_tag
from django.db.models import Max
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from warta.articles.models import ArticlePage
from warta.core import paper
from warta.core.seo import absolute_url, page_path
from warta.feeds.queries import distributable, newest
from warta.feeds.sitemaps import SITEMAPS, modified_expression, w3c

NEWS_WINDOW = timedelta(hours=48)  # what Google News reads from a news sitemap
NEWS_MAX = 1000


def chunks(sitemap):
    """(page number, latest lastmod) per file, cut at the sitemap's limit."""
    pages = sitemap.pages()
    ids = pages.order_by("pk").values_list("pk", flat=True)
    count = sitemap.paginator.count
    for number, start in enumerate(range(0, count, sitemap.limit), start=1):
        first = ids[start]
        chunk = pages.filter(pk__gte=first)
        if start + sitemap.limit < count:
            chunk = chunk.filter(pk__lt=ids[start + sitemap.limit])
        chunk = chunk.annotate(modified=modified_expression())
        yield number, w3c(chunk.aggregate(m=Max("modified"))["m"])


@require_safe
@x_robots_tag
def sitemap_index(request):
    entries = []
    for section, sitemap_class in SITEMAPS.items():
        sitemap = sitemap_class()
        url = absolute_url(reverse("feeds:sitemap", args=[section]))
        for number, lastmod in chunks(sitemap):
            suffix = f"?p={number}" if number > 1 else ""
            entries.append({"location": url + suffix, "lastmod": lastmod})
    return TemplateResponse(
        request,
        "feeds/sitemap_index.xml",
        {"sitemaps": entries},
        content_type="application/xml",
    )


@require_safe
@x_robots_tag
def news_sitemap(request):
    since = timezone.now() - NEWS_WINDOW
    articles = newest(distributable(ArticlePage.objects.not_advertorial()))
    articles = articles.defer_streamfields().prefetch_related("corrections")
    articles = articles.filter(first_published_at__gte=since)[:NEWS_MAX]
    urls = [
        {
            "location": absolute_url(page_path(article, request)),
            "published": w3c(article.first_published_at),
            "lastmod": w3c(article.modified_at),
            "title": article.title,
        }
        for article in articles
    ]
    return TemplateResponse(
        request,
        "feeds/news_sitemap.xml",
        {"urlset": urls, "publication": paper.name(request), "language": "id"},
        content_type="application/xml",
    )


ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /cari/

Sitemap: {sitemap}
Sitemap: {news}
"""


@require_safe
def robots_txt(request):
    text = ROBOTS.format(
        sitemap=absolute_url(reverse("feeds:sitemap-index")),
        news=absolute_url(reverse("feeds:news-sitemap")),
    )
    return HttpResponse(text, content_type="text/plain; charset=utf-8")
