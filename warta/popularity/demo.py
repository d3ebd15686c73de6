"""A plausible week of reading for the demo paper, so Terpopuler is not empty."""

import datetime
import random
import zlib

from django.utils import timezone

from warta.articles.models import ArticlePage
from warta.popularity.models import StoryViewCount, floor_hour

HOURS = 7 * 24
# Readers by hour of the day in WIB: the commute, lunch and the evening.
DAILY_CURVE = [
    2, 1, 1, 1, 2, 5, 9, 10, 8, 6, 6, 7,
    8, 7, 6, 6, 7, 8, 9, 10, 10, 8, 6, 4,
]  # fmt: skip


def hourly_views(rng, appeal, age_hours, local_hour):
    """News fades over a day or so, then keeps a small steady readership."""
    freshness = 0.1 + 0.9 * 0.5 ** (age_hours / 18)
    expected = 12 * appeal * freshness * DAILY_CURVE[local_hour]
    return round(expected * rng.uniform(0.7, 1.3))


def story_rows(page_id, slug, published, now):
    """One article's counters for the last week, the same for the same ``now``."""
    rng = random.Random(zlib.crc32(slug.encode()))
    appeal = rng.uniform(0.2, 1.0) ** 2  # a few stories draw most readers
    start = floor_hour(published)
    rows = []
    for back in range(HOURS):
        hour = now - datetime.timedelta(hours=back)
        if hour < start:
            break
        age = (hour - start).total_seconds() / 3600
        local_hour = timezone.localtime(hour).hour
        count = hourly_views(rng, appeal, age, local_hour)
        if count > 0:
            rows.append(StoryViewCount(page_id=page_id, hour=hour, count=count))
    return rows


def seed_demo_views(now=None, stories=40):
    """Give the newest ``stories`` articles a week of views; returns rows created.

    Idempotent: once any counter exists (seeded or real readers'), it does nothing.
    """
    if StoryViewCount.objects.exists():
        return 0
    now = floor_hour(now or timezone.now())
    articles = ArticlePage.objects.listed().values_list(
        "pk", "slug", "first_published_at"
    )[:stories]
    rows = [
        row
        for pk, slug, published in articles
        if published
        for row in story_rows(pk, slug, published, now)
    ]
    StoryViewCount.objects.bulk_create(rows, batch_size=1000)
    return len(rows)
