"""Edisi Weekend: a dated edition that gathers its articles."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.models import Orderable, Page

from warta.articles.models import ArticlePage
from warta.core.models import image_field
from warta.editions.seo import EditionSeoMixin


class EditionPage(EditionSeoMixin, Page):
    template = "pages/editions/edition_page.html"

    edition_date = models.DateField(
        _("tanggal edisi"), help_text=_("Tanggal terbit edisi, biasanya Sabtu.")
    )
    intro = models.TextField(_("pengantar"), blank=True)
    cover_image = image_field(_("sampul"))
    cover_caption = models.TextField(_("keterangan sampul"), blank=True)

    card_related = ["cover_image"]
    parent_page_types = ["sections.SectionPage"]
    subpage_types = []
    content_panels = Page.content_panels + [
        FieldPanel("edition_date"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("cover_image"), FieldPanel("cover_caption")],
            heading=_("Sampul"),
        ),
        InlinePanel("items", label=_("Isi edisi")),
    ]

    class Meta:
        verbose_name = _("edisi")
        verbose_name_plural = _("edisi")
        ordering = ["-edition_date"]

    @property
    def card_image(self):
        return self.cover_image

    def articles(self):
        """The edition's live articles, in the order the editor set."""
        ids = list(self.items.values_list("article_id", flat=True))
        found = ArticlePage.objects.listed().filter(pk__in=ids).in_bulk()
        return [found[pk] for pk in ids if pk in found]


class EditionItem(Orderable):
    page = ParentalKey(EditionPage, on_delete=models.CASCADE, related_name="items")
    article = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("berita"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("article", ["articles.ArticlePage"])]
