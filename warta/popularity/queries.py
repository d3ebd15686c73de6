"""Terpopuler: the articles read most lately, in a fixed handful of queries."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from warta.articles.choices import ArticleType
from warta.articles.models import ArticlePage
from warta.delivery import kept
from warta.popularity.models import StoryViewCount

DAY = datetime.timedelta(hours=24)
# How long the front page's ranking is reused: the counts move by the hour.
WEEK = datetime.timedelta(days=7)
NOT_PAID = [kind for kind in ArticleType.values if kind != ArticleType.ADVERTORIAL]


def ranked_article_ids(limit, now):
    """Article ids by views in the last 24 hours, then by views in the last 7 days.

    One grouped query: an article read today ranks by today's count; one not read
    today follows, ranked by its week, so a quiet night still fills the list.
    """
    # Joined, not ``page__in`` a list of every live article: the counters of
    # the week are read through their hour index, each joined to its page.
    # Advertorials are paid for: never "Terpopuler" (Pedoman Media Siber).
    articles = [
        ContentType.objects.get_for_model(model)
        for model in ArticlePage.__subclasses__() + [ArticlePage]
    ]
    private = ArticlePage.objects.private_q(prefix="page__")
    rows = (
        StoryViewCount.objects.filter(
            hour__gte=now - WEEK,
            hour__lte=now,
            page__live=True,
            page__content_type__in=articles,
        )
        .exclude(private)
        .filter(page__articlepage__article_type__in=NOT_PAID)
        .values("page_id")
        .annotate(
            day=Coalesce(Sum("count", filter=Q(hour__gte=now - DAY)), 0),
            week=Sum("count"),
        )
        .order_by("-day", "-week", "-page_id")
    )
    return [row["page_id"] for row in rows[:limit]]


def most_read(limit=5, now=None):
    """Up to ``limit`` live, public articles, most read first, ready for cards."""
    if limit <= 0:
        return []
    ids = ranked_article_ids(limit, now or timezone.now())
    if not ids:
        return []
    pages = ArticlePage.objects.for_cards().in_bulk(ids)
    return [pages[pk] for pk in ids if pk in pages]


def front_ranking(limit=5):
    """``ranked_article_ids`` for the front page, computed at most once a
    minute (the grouped count reads a week of counters). Lists check that
    each story is still live when they show it (``warta.core.cards``)."""
    return kept.RANKINGS.get_or_set(
        lambda: ranked_article_ids(limit, timezone.now()), limit
    )
