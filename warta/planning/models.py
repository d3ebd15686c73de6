"""The story budget (*Rencana liputan*): what each desk plans to cover each day.

A ``PlanItem`` is one line of a desk's budget; its writer and photographer
are ``people.Person`` rows (told through their linked logins). "Jadikan
draf" makes its ``page``; the item is fulfilled once that page is live
(a query, ``PlanItemQuerySet.fulfilled``, and ``PlanItem.fulfilled``).
``DeskFeed`` holds the secret token of each desk's calendar feed.
"""

import datetime
import secrets
import zoneinfo

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from warta.planning.choices import Channel

JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")


class PlanItemQuerySet(models.QuerySet):
    def on_desks(self, desks):
        return self.filter(desk__in=desks)

    def between(self, first, last):
        return self.filter(day__gte=first, day__lte=last)

    def for_person(self, user):
        return self.filter(
            models.Q(writer__user=user) | models.Q(photographer__user=user)
        )

    def fulfilled(self):
        return self.filter(page__live=True)

    def listed(self):
        return self.select_related("desk", "writer", "photographer", "page").order_by(
            "day", "deadline", "pk"
        )


class PlanItem(models.Model):
    desk = models.ForeignKey(
        "sections.SectionPage",
        verbose_name=_("desk"),
        on_delete=models.CASCADE,
        related_name="plan_items",
    )
    day = models.DateField(_("hari"), db_index=True)
    slug_line = models.CharField(
        _("slug"),
        max_length=80,
        help_text=_("Nama pendek liputan, seperti BANJIR-DEMAK."),
    )
    angle = models.TextField(_("angle"), blank=True, help_text=_("Sudut berita."))
    writer = models.ForeignKey(
        "people.Person",
        verbose_name=_("penulis"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="writing_plans",
    )
    photographer = models.ForeignKey(
        "people.Person",
        verbose_name=_("fotografer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="photo_plans",
    )
    deadline = models.TimeField(
        _("tenggat"), null=True, blank=True, help_text=_("Jam WIB, seperti 16:00.")
    )
    place = models.CharField(_("tempat"), max_length=160, blank=True)
    planned_length = models.PositiveIntegerField(
        _("panjang (kata)"), null=True, blank=True
    )
    channel = models.CharField(
        _("terbit di"), max_length=10, choices=Channel.choices, default=Channel.WEB
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("berita"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="fulfils_plans",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("dibuat oleh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created = models.DateTimeField(_("dibuat"), auto_now_add=True)
    updated = models.DateTimeField(_("diubah"), auto_now=True)

    objects = PlanItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("rencana liputan")
        verbose_name_plural = _("rencana liputan")
        ordering = ["day", "deadline", "pk"]

    def __str__(self):
        return f"{self.day:%d/%m/%Y} · {self.slug_line}"

    @property
    def fulfilled(self):
        return bool(self.page_id and self.page.live)

    def deadline_at(self):
        """The deadline as an aware Asia/Jakarta datetime (None without one)."""
        if self.deadline is None:
            return None
        return datetime.datetime.combine(self.day, self.deadline, tzinfo=JAKARTA)

    def assignees(self):
        """The logins of its writer and photographer (those that have one)."""
        people = [self.writer, self.photographer]
        return [p.user for p in people if p is not None and p.user_id]


def new_token():
    return secrets.token_urlsafe(24)


class DeskFeed(models.Model):
    """A desk's calendar feed: calendar apps cannot log in, so the URL is the key."""

    desk = models.OneToOneField(
        "sections.SectionPage",
        verbose_name=_("desk"),
        on_delete=models.CASCADE,
        related_name="plan_feed",
    )
    token = models.CharField(max_length=64, unique=True, default=new_token)

    class Meta:
        verbose_name = _("kalender desk")
        verbose_name_plural = _("kalender desk")

    def __str__(self):
        return self.desk.title

    @classmethod
    def for_desk(cls, desk):
        return cls.objects.get_or_create(desk=desk)[0]
