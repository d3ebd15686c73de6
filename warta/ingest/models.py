"""What the wire brought in: one row per agency item, and a record of every run.

The article model stays as it is: a wire item keeps what only the wire knows
(the agency's guid or URI and its version, the original link, when it came in,
who took it) and points at the draft ``ArticlePage`` it became. The identity of
an item is (source, guid): the source is the agency's slug, the guid the
item's own guid, URI or, for RSS items without one, their link.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class WireStatus(models.TextChoices):
    NEW = "baru", _("Baru")
    TAKEN = "diambil", _("Diambil")
    PUBLISHED = "terbit", _("Terbit")
    NEW_VERSION = "versi_baru", _("Versi baru")


class WireItem(models.Model):
    source = models.CharField(_("sumber"), max_length=120)
    guid = models.CharField(_("guid / URI"), max_length=500)
    version = models.BigIntegerField(
        _("versi"),
        default=0,
        help_text=_("Nomor versi kawat, atau waktu pembaruan untuk RSS/Atom."),
    )
    version_label = models.CharField(_("versi"), max_length=40, blank=True)
    agency = models.ForeignKey(
        "people.Agency",
        verbose_name=_("kantor berita"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="wire_items",
    )
    headline = models.CharField(_("judul kawat"), max_length=500)
    original_link = models.URLField(_("tautan asli"), max_length=1000, blank=True)
    feed = models.CharField(_("umpan"), max_length=1000, blank=True)
    format = models.CharField(_("format"), max_length=20, blank=True)
    item_created_at = models.DateTimeField(_("dibuat agensi"), null=True, blank=True)
    item_updated_at = models.DateTimeField(
        _("diperbarui agensi"), null=True, blank=True
    )
    received_at = models.DateTimeField(_("diterima"), auto_now_add=True)
    last_received_at = models.DateTimeField(
        _("terakhir diterima"),
        default=timezone.now,
        help_text=_(
            "Kapan versi terakhir item ini datang; antrean diurutkan menurutnya."
        ),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=WireStatus.choices,
        default=WireStatus.NEW,
    )
    page = models.ForeignKey(
        "articles.ArticlePage",
        verbose_name=_("draf berita"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="wire_items",
    )
    imported_revision_id = models.PositiveBigIntegerField(null=True, blank=True)
    pictures = models.JSONField(
        _("foto"), default=dict, blank=True, help_text=_("Alamat foto → id gambar.")
    )
    taken_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("diambil oleh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    taken_at = models.DateTimeField(_("diambil pada"), null=True, blank=True)
    pending_version = models.BigIntegerField(null=True, blank=True)
    pending_version_label = models.CharField(max_length=40, blank=True)
    pending_headline = models.CharField(max_length=500, blank=True)
    pending_fields = models.JSONField(null=True, blank=True)
    pending_received_at = models.DateTimeField(null=True, blank=True)
    notes = models.TextField(
        _("catatan impor"), blank=True, help_text=_("Peringatan impor terakhir.")
    )

    class Meta:
        ordering = ["-last_received_at", "-pk"]
        verbose_name = _("berita kawat")
        verbose_name_plural = _("berita kawat")
        constraints = [
            models.UniqueConstraint(
                fields=["source", "guid"], name="one_wire_item_per_guid"
            )
        ]
        indexes = [models.Index(fields=["-last_received_at"])]

    def __str__(self):
        return self.headline

    @property
    def current_status(self):
        """The status as the queue shows it, read from the page where it matters."""
        if self.pending_version is not None:
            return WireStatus.NEW_VERSION
        page = self.page
        if page is not None and page.live:
            return WireStatus.PUBLISHED
        if self.taken_by_id:
            return WireStatus.TAKEN
        return WireStatus.NEW

    @property
    def status_label(self):
        return WireStatus(self.current_status).label


class IngestRun(models.Model):
    """One run of ``warta ingest``: its counts and a line per item that went wrong."""

    feed = models.CharField(_("umpan"), max_length=1000)
    started_at = models.DateTimeField(_("mulai"), auto_now_add=True)
    finished_at = models.DateTimeField(_("selesai"), null=True, blank=True)
    new = models.PositiveIntegerField(_("baru"), default=0)
    updated = models.PositiveIntegerField(_("diperbarui"), default=0)
    unchanged = models.PositiveIntegerField(_("tetap"), default=0)
    waiting = models.PositiveIntegerField(_("menunggu redaktur"), default=0)
    failed = models.PositiveIntegerField(_("gagal"), default=0)
    error = models.TextField(_("galat umpan"), blank=True)

    class Meta:
        ordering = ["-started_at", "-pk"]
        verbose_name = _("impor kawat")
        verbose_name_plural = _("impor kawat")

    def __str__(self):
        return f"{self.feed} · {self.started_at:%Y-%m-%d %H:%M}"


class IngestProblem(models.Model):
    """A line of a run's report: an item refused (gagal) or imported with a warning."""

    FAILED = "gagal"
    WARNING = "peringatan"
    LEVELS = [(FAILED, _("Gagal")), (WARNING, _("Peringatan"))]

    run = models.ForeignKey(
        IngestRun, on_delete=models.CASCADE, related_name="problems"
    )
    level = models.CharField(_("tingkat"), max_length=12, choices=LEVELS)
    item = models.CharField(_("item"), max_length=500, blank=True)
    headline = models.CharField(_("judul"), max_length=500, blank=True)
    reason = models.TextField(_("alasan"))

    class Meta:
        ordering = ["pk"]
        verbose_name = _("masalah impor")
        verbose_name_plural = _("masalah impor")

    def __str__(self):
        return f"{self.get_level_display()}: {self.item} — {self.reason}"
