"""Feeds, sitemaps and robots.txt.

Feeds: ``rss/`` and ``atom/`` for the paper, under ``rubrik/<slug>/``,
``topik/<slug>/`` and ``penulis/<slug>/`` for a section, topic or writer; a
``lengkap/`` after either carries the full text for partners.
"""

from django.contrib.sitemaps.views import sitemap
from django.urls import path

from warta.feeds import views
from warta.feeds.feeds import (
    StoryFeed,
    paper_scope,
    section_scope,
    topic_scope,
    writer_scope,
)
from warta.feeds.generators import WartaAtom, WartaRss
from warta.feeds.sitemaps import SITEMAPS

app_name = "feeds"

SCOPES = [
    ("", "paper", paper_scope),
    ("rubrik/<slug:slug>/", "section", section_scope),
    ("topik/<str:slug>/", "topic", topic_scope),
    ("penulis/<slug:slug>/", "writer", writer_scope),
]
FORMATS = [("rss", WartaRss), ("atom", WartaAtom)]


def feed_patterns():
    for prefix, name, scope in SCOPES:
        for fmt, generator in FORMATS:
            yield path(
                f"{prefix}{fmt}/", StoryFeed(scope, generator), name=f"{name}-{fmt}"
            )
            yield path(
                f"{prefix}{fmt}/lengkap/",
                StoryFeed(scope, generator, full_text=True),
                name=f"{name}-{fmt}-full",
            )


urlpatterns = [
    *feed_patterns(),
    path("sitemap.xml", views.sitemap_index, name="sitemap-index"),
    path(
        "sitemap-<str:section>.xml",
        sitemap,
        {"sitemaps": SITEMAPS, "template_name": "feeds/sitemap.xml"},
        name="sitemap",
    ),
    path("news-sitemap.xml", views.news_sitemap, name="news-sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
]
