"""One counter per story, channel, campaign and day: all attribution needs.

Nothing about the reader is kept: no address, no cookie, no user agent.
"""

from django.db import connection, models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from warta.reach.choices import Channel
from warta.reach.links import CAMPAIGN_MAX


class Click(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("berita"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    channel = models.CharField(_("saluran"), max_length=10, choices=Channel.choices)
    campaign = models.CharField(
        _("kampanye"),
        max_length=CAMPAIGN_MAX,
        blank=True,
        help_text=_("Edisi atau kiriman, seperti “pagi-2026-12-04”."),
    )
    day = models.DateField(_("tanggal"), help_text=_("Hari (WIB) klik ini."))
    count = models.PositiveIntegerField(_("jumlah klik"), default=0)

    class Meta:
        verbose_name = _("hitungan klik")
        verbose_name_plural = _("hitungan klik")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "channel", "campaign", "day"],
                name="reach_one_count_per_link_day",
            )
        ]
        indexes = [models.Index(fields=["day"], name="reach_click_day_idx")]

    def __str__(self):
        return f"{self.page_id} {self.channel} {self.campaign} {self.day}: {self.count}"


def record_click(link, day=None):
    """Add one click to the link's counter for today, in one atomic statement
    (``INSERT … ON CONFLICT DO UPDATE``, as ``warta.popularity`` counts views):
    two workers counting at once lose nothing and never trip the constraint."""
    meta = Click._meta
    q = connection.ops.quote_name
    table = q(meta.db_table)
    page, channel, campaign, day_column, count = (
        q(meta.get_field(name).column)
        for name in ("page", "channel", "campaign", "day", "count")
    )
    key = f"{page}, {channel}, {campaign}, {day_column}"
    sql = (
        f"INSERT INTO {table} ({key}, {count}) VALUES (%s, %s, %s, %s, 1) "
        f"ON CONFLICT ({key}) DO UPDATE SET {count} = {table}.{count} + 1"
    )
    day = day or timezone.localdate()
    with connection.cursor() as cursor:
        cursor.execute(
            sql,
            [
                link.page_id,
                str(link.channel),
                link.campaign,
                meta.get_field("day").get_db_prep_value(day, connection),
            ],
        )
