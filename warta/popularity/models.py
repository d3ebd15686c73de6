"""One counter per story per hour: all Terpopuler needs, and nothing about readers."""

import datetime

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection, models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from warta.core.models import StoryPage

MAX_PAGE_ID = 2**31 - 1  # wagtailcore.Page uses a 32-bit AutoField


def floor_hour(moment):
    """The start of the UTC hour ``moment`` falls in: the counter it belongs to."""
    return moment.astimezone(datetime.UTC).replace(minute=0, second=0, microsecond=0)


def story_content_types():
    """Every page type built on ``StoryPage``: articles and the media desks."""
    models_ = [m for m in apps.get_models() if issubclass(m, StoryPage)]
    return list(ContentType.objects.get_for_models(*models_).values())


def is_countable(page_id):
    """A live, public story page exists with this id (hostile ids simply are not)."""
    if not 0 < page_id <= MAX_PAGE_ID:
        return False
    return (
        Page.objects.live()
        .public()
        .filter(pk=page_id, content_type__in=story_content_types())
        .exists()
    )


class StoryViewCount(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("halaman"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    hour = models.DateTimeField(_("jam"), help_text=_("Awal jam (UTC) hitungan ini."))
    count = models.PositiveIntegerField(_("jumlah dibaca"), default=0)

    class Meta:
        verbose_name = _("hitungan baca")
        verbose_name_plural = _("hitungan baca")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "hour"], name="popularity_one_count_per_page_hour"
            )
        ]
        indexes = [models.Index(fields=["hour"], name="popularity_hour_idx")]

    def __str__(self):
        return f"{self.page_id} @ {self.hour:%Y-%m-%d %H}: {self.count}"


def record_view(page_id, when=None):
    """Add one view to the page's counter for this hour, in one atomic statement.

    ``INSERT … ON CONFLICT DO UPDATE`` reads the same on SQLite (3.24+, Django
    needs 3.31) and PostgreSQL, and two workers counting the same hour at once
    cannot lose a view or trip over the unique constraint. The ORM's
    ``bulk_create(update_conflicts=True)`` can only overwrite, not add.
    """
    meta = StoryViewCount._meta
    hour_field = meta.get_field("hour")
    q = connection.ops.quote_name
    table, page, hour, count = (
        q(meta.db_table),
        q(meta.get_field("page").column),
        q(hour_field.column),
        q(meta.get_field("count").column),
    )
    sql = (
        f"INSERT INTO {table} ({page}, {hour}, {count}) VALUES (%s, %s, 1) "
        f"ON CONFLICT ({page}, {hour}) DO UPDATE SET {count} = {table}.{count} + 1"
    )
    moment = floor_hour(when or timezone.now())
    with connection.cursor() as cursor:
        cursor.execute(sql, [page_id, hour_field.get_db_prep_value(moment, connection)])


def prune_views(days=30, now=None):
    """Delete counters older than ``days`` days; returns how many rows went."""
    cutoff = floor_hour(now or timezone.now()) - datetime.timedelta(days=days)
    deleted, _by_model = StoryViewCount.objects.filter(hour__lt=cutoff).delete()
    return deleted
