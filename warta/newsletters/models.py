"""Nawala: the paper's newsletters.

A *list* (``NewsletterList``) is what a reader signs up for: the morning
digest built from the front page, a section's day, or breaking news sent by
hand. An *issue* is one mail of a list, with its stories in order; the
morning digest's issue is prepared ahead of its time so an editor can change
its subject, intro and stories, or hold it. Sending makes one ``Delivery`` row
per subscriber first, then sends them in batches: a worker killed mid-send
resumes where it stopped, and nobody gets an issue twice.

A reader's address stays *pending* until the link in the confirmation mail is
followed (double opt-in); every mail carries its own unsubscribe link (and
RFC 8058 one-click headers). Bounces and complaints reported by the mail
provider (django-anymail's webhooks) stop sending to that address.
"""

import secrets

from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.models import Orderable, Page


def new_token():
    return secrets.token_urlsafe(24)


class NewsletterList(models.Model):
    class Kind(models.TextChoices):
        MORNING = "pagi", "Ringkasan pagi (halaman depan)"
        SECTION = "rubrik", "Ringkasan harian satu rubrik"
        BREAKING = "breaking", "Berita penting (dikirim redaktur)"

    name = models.CharField("nama", max_length=100)
    slug = models.SlugField(unique=True)
    kind = models.CharField("jenis", max_length=10, choices=Kind.choices)
    description = models.CharField("keterangan", max_length=255, blank=True)
    section = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="rubrik",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Hanya untuk ringkasan satu rubrik.",
    )
    send_time = models.TimeField(
        "jam kirim", null=True, blank=True, help_text="WIB; untuk ringkasan harian."
    )
    stories = models.PositiveSmallIntegerField("jumlah berita", default=8)
    active = models.BooleanField("aktif", default=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("description"),
        PageChooserPanel("section", "sections.SectionPage"),
        FieldPanel("send_time"),
        FieldPanel("stories"),
        FieldPanel("active"),
    ]

    class Meta:
        verbose_name = "daftar nawala"
        verbose_name_plural = "daftar nawala"
        ordering = ["name"]

    def __str__(self):
        return self.name

    def confirmed_subscribers(self):
        return Subscriber.objects.filter(
            status=Subscriber.Status.ACTIVE,
            subscriptions__newsletter=self,
            subscriptions__left_at=None,
        )


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Menunggu konfirmasi"
        ACTIVE = "active", "Aktif"
        UNSUBSCRIBED = "unsubscribed", "Berhenti"
        BOUNCED = "bounced", "Alamat ditolak"
        COMPLAINED = "complained", "Melaporkan spam"

    email = models.EmailField("surel", unique=True)
    status = models.CharField(
        "status", max_length=12, choices=Status.choices, default=Status.PENDING
    )
    token = models.CharField(
        "kode tautan", max_length=64, unique=True, default=new_token, editable=False
    )
    created_at = models.DateTimeField("mendaftar", default=timezone.now)
    confirmed_at = models.DateTimeField("dikonfirmasi", null=True, blank=True)
    # The consent as the reader gave it (UU PDP): what they agreed to, when.
    consent_text = models.TextField("persetujuan yang diberikan", blank=True)
    status_changed_at = models.DateTimeField("status berubah", null=True, blank=True)
    status_reason = models.CharField("alasan status", max_length=255, blank=True)

    class Meta:
        verbose_name = "pelanggan nawala"
        verbose_name_plural = "pelanggan nawala"

    def __str__(self):
        return self.email

    def set_status(self, status, reason=""):
        self.status = status
        self.status_changed_at = timezone.now()
        self.status_reason = reason[:255]
        self.save(update_fields=["status", "status_changed_at", "status_reason"])


class Subscription(models.Model):
    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.CASCADE, related_name="subscriptions"
    )
    newsletter = models.ForeignKey(
        NewsletterList, on_delete=models.CASCADE, related_name="subscriptions"
    )
    joined_at = models.DateTimeField("bergabung", default=timezone.now)
    left_at = models.DateTimeField("berhenti", null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["subscriber", "newsletter"], name="one_subscription_per_list"
            )
        ]

    def __str__(self):
        return f"{self.subscriber_id} → {self.newsletter_id}"


class Issue(ClusterableModel):
    class Status(models.TextChoices):
        DRAFT = "draft", "Konsep (terkirim pada waktunya)"
        HELD = "held", "Ditahan"
        SENDING = "sending", "Sedang dikirim"
        SENT = "sent", "Terkirim"

    newsletter = models.ForeignKey(
        NewsletterList,
        verbose_name="daftar",
        on_delete=models.CASCADE,
        related_name="issues",
    )
    subject = models.CharField("subjek", max_length=200)
    intro = models.TextField("pengantar", blank=True)
    date = models.DateField("tanggal", default=timezone.localdate)
    send_at = models.DateTimeField("waktu kirim", null=True, blank=True)
    status = models.CharField(
        "status", max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    created_at = models.DateTimeField("dibuat", default=timezone.now)
    started_at = models.DateTimeField("mulai dikirim", null=True, blank=True)
    sent_at = models.DateTimeField("selesai dikirim", null=True, blank=True)

    panels = [
        FieldPanel("newsletter"),
        FieldPanel("subject"),
        FieldPanel("intro"),
        FieldPanel("send_at"),
        FieldPanel("status"),
        InlinePanel("stories", label="Berita", min_num=1),
    ]

    class Meta:
        verbose_name = "edisi nawala"
        verbose_name_plural = "edisi nawala"
        ordering = ["-date", "-pk"]
        constraints = [
            # One morning digest a day per list (the clock may look twice).
            models.UniqueConstraint(
                fields=["newsletter", "date"],
                condition=models.Q(automatic=True),
                name="one_automatic_issue_a_day",
            )
        ]

    automatic = models.BooleanField(default=False, editable=False)

    def __str__(self):
        return f"{self.newsletter} · {self.subject}"

    def progress(self):
        counts = dict(
            self.deliveries.values_list("status").annotate(n=models.Count("pk"))
        )
        return {
            "total": sum(counts.values()),
            "sent": counts.get(Delivery.Status.SENT, 0),
            "failed": counts.get(Delivery.Status.FAILED, 0),
            "waiting": counts.get(Delivery.Status.QUEUED, 0),
        }

    def pages(self):
        """The issue's stories that are still live, in order."""
        stories = self.stories.order_by("sort_order")
        ids = list(stories.values_list("page_id", flat=True))
        live = Page.objects.filter(pk__in=ids, live=True).specific().in_bulk()
        return [live[pk] for pk in ids if pk in live]


class IssueStory(Orderable):
    issue = ParentalKey(Issue, on_delete=models.CASCADE, related_name="stories")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name="berita", on_delete=models.CASCADE
    )

    panels = [PageChooserPanel("page")]


class Delivery(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "Menunggu"
        SENT = "sent", "Terkirim"
        FAILED = "failed", "Gagal"
        SKIPPED = "skipped", "Dilewati"

    issue = models.ForeignKey(
        Issue, on_delete=models.CASCADE, related_name="deliveries"
    )
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE)
    status = models.CharField(
        "status", max_length=8, choices=Status.choices, default=Status.QUEUED
    )
    sent_at = models.DateTimeField("terkirim", null=True, blank=True)
    error = models.CharField("galat", max_length=255, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["issue", "subscriber"], name="one_delivery_per_subscriber"
            )
        ]
        indexes = [models.Index(fields=["issue", "status"])]

    def __str__(self):
        return f"{self.issue_id} → {self.subscriber_id}: {self.status}"
