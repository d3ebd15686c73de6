"""Web push: the readers' browsers that said yes, and what editors sent them.

A ``Subscription`` is one browser's push endpoint with its keys, made only
when the reader pressed *Ya, beri tahu saya* and the browser granted the
permission; its topics say what it follows (``warta.push.topics``). A push
service that answers 404 or 410 has forgotten the browser: the row is
deleted. A ``Message`` is one notification an editor sent about a story, with
its counts once the task has sent it.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from warta.push.topics import BREAKING, describe

ENDPOINT_MAX = 1000


class SubscriptionQuerySet(models.QuerySet):
    def following(self, topic):
        """Subscriptions to ``topic``; everyone follows ``breaking``."""
        if topic == BREAKING:
            return self.all()
        return self.filter(topics__contains=f" {topic} ")


class Subscription(models.Model):
    endpoint = models.URLField(_("alamat layanan push"), max_length=ENDPOINT_MAX)
    p256dh = models.CharField(_("kunci publik peramban"), max_length=100)
    auth = models.CharField(_("rahasia autentikasi"), max_length=30)
    # Names separated and surrounded by spaces (" breaking rubrik-nasional "),
    # so one LIKE finds a topic's followers on SQLite as on PostgreSQL
    # (JSONField's ``contains`` is not there on SQLite).
    topics = models.CharField(_("topik"), max_length=600, default=" breaking ")
    created_at = models.DateTimeField(_("berlangganan"), default=timezone.now)
    last_success_at = models.DateTimeField(
        _("terakhir berhasil"), null=True, blank=True
    )
    failures = models.PositiveIntegerField(
        _("gagal berturut-turut"),
        default=0,
        help_text=_("Dihitung sejak kiriman terakhir yang berhasil."),
    )

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("langganan notifikasi")
        verbose_name_plural = _("langganan notifikasi")
        constraints = [
            models.UniqueConstraint(fields=["endpoint"], name="one_push_endpoint")
        ]

    def __str__(self):
        return f"{self.pk}: {self.topics.strip()}"

    @property
    def topic_list(self):
        return self.topics.split()

    def set_topics(self, topics):
        self.topics = " " + " ".join(dict.fromkeys(topics)) + " "

    def info(self):
        """What pywebpush takes (the browser's ``PushSubscription.toJSON()``)."""
        return {
            "endpoint": self.endpoint,
            "keys": {"p256dh": self.p256dh, "auth": self.auth},
        }


class Message(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Menunggu")
        SENDING = "sending", _("Sedang dikirim")
        SENT = "sent", _("Terkirim")
        CANCELLED = "cancelled", _("Batal: berita tidak terbit")

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("berita"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    title = models.CharField(_("judul"), max_length=100)
    body = models.CharField(_("isi"), max_length=240, blank=True)
    url = models.URLField(_("tautan terlacak"), max_length=300)
    topic = models.CharField(_("penerima"), max_length=90)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("dikirim oleh"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("dibuat"), default=timezone.now)
    finished_at = models.DateTimeField(_("selesai"), null=True, blank=True)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    sent = models.PositiveIntegerField(_("terkirim"), default=0)
    failed = models.PositiveIntegerField(_("gagal"), default=0)
    removed = models.PositiveIntegerField(_("langganan kedaluwarsa dihapus"), default=0)
    # The last subscription sent to: a retried task resumes after it, so a
    # worker killed mid-send sends nobody the same notification twice.
    reached = models.BigIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = _("notifikasi terkirim")
        verbose_name_plural = _("notifikasi terkirim")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["created_at"])]

    def __str__(self):
        return self.title

    @property
    def audience(self):
        return describe(self.topic)
