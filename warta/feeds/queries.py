"""What may leave the building: the one filter every feed, sitemap and API shares.

``live().public()`` is what the reader site shows; distribution adds the two
clocks Wagtail only applies when ``publish_scheduled`` runs, so a story whose
embargo (``go_live_at``) has not passed or whose ``expire_at`` has is never
handed to an aggregator or an app in the minutes between.
"""

from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page

from warta.core.models import WartaPageQuerySet

STORY_MODELS = (
    "articles.ArticlePage",
    "multimedia.PhotoGalleryPage",
    "multimedia.VideoPage",
    "multimedia.InfographicPage",
)


def distributable(queryset, now=None):
    """Live, public, past its embargo and not expired."""
    now = now or timezone.now()
    return (
        queryset.live()
        .public()
        .filter(Q(go_live_at__isnull=True) | Q(go_live_at__lte=now))
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
    )


def newest(queryset):
    return queryset.order_by("-first_published_at", "-pk")


def story_models():
    from django.apps import apps

    return [apps.get_model(label) for label in STORY_MODELS]


def all_pages():
    return WartaPageQuerySet(Page)


def stories():
    """Every distributable story of any type, as plain pages, newest first."""
    return newest(distributable(all_pages().type(*story_models())))
