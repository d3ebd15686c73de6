"""What the Press Council's guideline asks of a news site (Pedoman Media Siber).

- ``Correction``: a correction (ralat) or a right of reply (hak jawab) an
  editor attaches to a published story; it is public at once, not part of a
  page revision, so only users holding ``trust.add_correction`` (editors) post
  one, and only on stories they may publish.
- ``Takedown``: a story unpublished on a complaint, with the public reason its
  old address answers (410) and ``/pencabutan/`` lists.
- ``AIUse``: a story's record of AI assistance (Peraturan Dewan Pers 1/2025):
  the tool, what it did, the part of the story it touched and the editor who
  checked the result. Part of the story's revisions; readers see it as a
  note (``components/ai_use.html``), JSON-LD and the API carry it, and a
  story with an unchecked use or an AI picture without a record is not
  published (``warta.trust.ai``).
- ``LiveReportPage``: an article made of timestamped updates (``LiveUpdate``),
  newest first; while it runs readers' browsers poll a small JSON endpoint.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from warta.articles.models import ArticlePage
from warta.trust.choices import AITask, CorrectionKind
from warta.trust.forms import CorrectionForm
from warta.trust.seo import LiveReportSeoMixin

UPDATE_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class CorrectionQuerySet(models.QuerySet):
    def public(self):
        """Corrections on stories a reader can open, newest first."""
        return (
            self.filter(page__live=True, published_at__lte=timezone.now())
            .select_related("page", "link_page")
            .order_by("-published_at", "-pk")
        )


class Correction(models.Model):
    page = models.ForeignKey(
        ArticlePage,
        verbose_name=_("berita yang dikoreksi"),
        on_delete=models.CASCADE,
        related_name="corrections",
        help_text=_("Berita yang sudah tayang."),
    )
    kind = models.CharField(
        _("jenis"),
        max_length=12,
        choices=CorrectionKind.choices,
        default=CorrectionKind.CORRECTION,
    )
    published_at = models.DateTimeField(_("waktu"), default=timezone.now, db_index=True)
    text = models.TextField(
        _("isi"),
        help_text=_("Apa yang keliru dan apa yang benar, atau ringkasan hak jawab."),
    )
    link_page = models.ForeignKey(
        Page,
        verbose_name=_("berita ralat / hak jawab"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Bila ralat atau hak jawab dimuat sebagai berita tersendiri."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = CorrectionQuerySet.as_manager()
    base_form_class = CorrectionForm

    panels = [
        FieldPanel("page"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("published_at")]),
        FieldPanel("text"),
        FieldPanel("link_page"),
    ]

    class Meta:
        verbose_name = _("ralat / hak jawab")
        verbose_name_plural = _("ralat & hak jawab")
        ordering = ["-published_at", "-pk"]
        permissions = [
            ("clear_verification", _("Dapat menghapus tanda “Masih diverifikasi”")),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.page.title}"

    @property
    def anchor(self):
        return f"ralat-{self.pk}"


class TakedownQuerySet(models.QuerySet):
    def public(self):
        """Takedowns still in force (the story was not put back), newest first."""
        still_down = models.Q(page__isnull=True) | models.Q(page__live=False)
        return self.filter(still_down).order_by("-taken_down_at", "-pk")


class Takedown(models.Model):
    page = models.ForeignKey(
        Page,
        verbose_name=_("berita"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    path = models.CharField(_("alamat lama"), max_length=255, db_index=True)
    title = models.CharField(_("judul"), max_length=255)
    published_at = models.DateTimeField(_("tayang sejak"), null=True, blank=True)
    taken_down_at = models.DateTimeField(_("dicabut pada"), default=timezone.now)
    reason = models.TextField(
        _("alasan pencabutan"),
        help_text=_("Tampil untuk pembaca di alamat lama berita dan di /pencabutan/."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = TakedownQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("path"),
        FieldPanel("reason"),
        FieldPanel("taken_down_at"),
    ]

    class Meta:
        verbose_name = _("pencabutan berita")
        verbose_name_plural = _("pencabutan berita")
        ordering = ["-taken_down_at", "-pk"]

    def __str__(self):
        return self.title


# Live coverage -----------------------------------------------------------------


class AIUse(Orderable):
    page = ParentalKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="ai_uses"
    )
    tool = models.CharField(
        _("alat AI"),
        max_length=120,
        help_text=_("Nama alat dan versinya, seperti “Whisper large-v3”."),
    )
    task = models.CharField(_("dipakai untuk"), max_length=20, choices=AITask.choices)
    part = models.CharField(
        _("bagian yang dibantu"),
        max_length=255,
        help_text=_(
            "Bagian berita yang dibantu, seperti “transkrip wawancara” atau "
            "“ilustrasi utama”. Tampil untuk pembaca."
        ),
    )
    checked_by = models.ForeignKey(
        "people.Person",
        verbose_name=_("diperiksa redaktur"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"is_editor": True},
        help_text=_(
            "Redaktur yang memeriksa hasilnya. Berita tidak bisa diterbitkan "
            "sebelum diisi."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("tool"), FieldPanel("task")]),
        FieldPanel("part"),
        FieldPanel("checked_by"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("penggunaan AI")
        verbose_name_plural = _("penggunaan AI")

    def __str__(self):
        return f"{self.tool}: {self.get_task_display()}"


class LiveReportPage(LiveReportSeoMixin, ArticlePage):
    """A running story: the article's fields plus timestamped updates."""

    # Its card is an article's card: lists read it with the articles, in the
    # same query (see warta.core.listing.card_pages).
    card_model = ArticlePage

    template = "pages/trust/live_report_page.html"

    coverage_start = models.DateTimeField(_("liputan dimulai"), default=timezone.now)
    coverage_end = models.DateTimeField(
        _("liputan berakhir"),
        null=True,
        blank=True,
        help_text=_(
            "Isi saat liputan ditutup: halaman berhenti memperbarui diri dan "
            "dibaca sebagai berita biasa."
        ),
    )

    parent_page_types = ["sections.SectionPage"]
    subpage_types = []

    def other_surfaces(self):
        """The article's, and the poll its readers' pages ask for updates."""
        return super().other_surfaces() | {
            reverse("trust:live-updates", args=[self.pk])
        }

    content_panels = ArticlePage.content_panels[:4] + [
        FieldRowPanel([FieldPanel("coverage_start"), FieldPanel("coverage_end")]),
        InlinePanel(
            "live_updates",
            label=_("Pembaruan"),
            heading=_("Pembaruan (terbaru tampil paling atas)"),
        ),
        *ArticlePage.content_panels[4:],
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Liputan")),
            ObjectList(ArticlePage.credit_panels, heading=_("Kredit")),
            ObjectList(Page.promote_panels, heading=_("Promosi")),
            ObjectList(Page.settings_panels, heading=_("Pengaturan")),
        ]
    )
    search_fields = ArticlePage.search_fields + [
        index.RelatedFields("live_updates", [index.SearchField("body")]),
    ]

    class Meta:
        verbose_name = _("liputan langsung")
        verbose_name_plural = _("liputan langsung")

    @property
    def is_running(self):
        return self.coverage_end is None

    @classmethod
    def card_badge(cls, story):
        """ "Langsung" on the card of a running report. Its card is read as an
        article's (``card_model``), so this asks once, when the card is
        rendered; closing the coverage is a publish, which renders it again."""
        running = cls.objects.filter(pk=story.pk, coverage_end__isnull=True)
        return _("Langsung") if running.exists() else ""

    @property
    def updates(self):
        """Newest first, from one query (or the prefetch)."""
        found = list(self.live_updates.all())
        return sorted(found, key=lambda u: (u.posted_at, u.pk or 0), reverse=True)

    @property
    def poll_url(self):
        return reverse("trust:live-updates", args=[self.pk])

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if self.is_running:  # readers' caches keep a running page briefly
            response["Cache-Control"] = "public, max-age=15, stale-while-revalidate=15"
        return response


class LiveUpdate(Orderable):
    page = ParentalKey(
        LiveReportPage, on_delete=models.CASCADE, related_name="live_updates"
    )
    posted_at = models.DateTimeField(_("waktu"), default=timezone.now)
    title = models.CharField(_("judul singkat"), max_length=200, blank=True)
    body = RichTextField(_("isi"), features=UPDATE_FEATURES)

    panels = [
        MultiFieldPanel(
            [FieldPanel("posted_at"), FieldPanel("title"), FieldPanel("body")],
            heading=_("Pembaruan"),
        )
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("pembaruan")
        verbose_name_plural = _("pembaruan")

    @property
    def anchor(self):
        return f"pembaruan-{self.pk}"


def with_corrections(queryset):
    """An article's page view reads its corrections with it, in one query
    (``warta.core.models.PAGE_VIEW_EXTENSIONS``)."""
    if not issubclass(queryset.model, ArticlePage):
        return queryset
    corrections = models.Prefetch(
        "corrections", Correction.objects.select_related("link_page")
    )
    return queryset.prefetch_related(corrections)


def with_ai_uses(queryset):
    """A story's page view reads its AI record with it, in one query
    (``StoryPage.ai_use_list``)."""
    if not hasattr(queryset.model, "ai_use_list"):
        return queryset
    uses = models.Prefetch("ai_uses", AIUse.objects.select_related("checked_by"))
    return queryset.prefetch_related(uses)
