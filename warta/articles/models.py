"""The article: every part of a daily's story page, from kicker to sign-off."""

import datetime
from functools import cached_property

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from warta.articles.blocks import ArticleBodyBlock
from warta.articles.choices import LABELLED_TYPES, ArticleType
from warta.articles.forms import ArticlePageForm
from warta.articles.seo import ArticleSeoMixin
from warta.core.cards import add_markup, read_refs
from warta.core.models import StoryManager, StoryPage, StoryQuerySet, image_field
from warta.core.seo import canonical_url, page_path
from warta.delivery import kept

RELATED_SPAN = datetime.timedelta(days=90)  # related stories: this close in time
END_MARK = "\u25a0"  # the small square print editions close a story with


class ArticleTopic(TaggedItemBase):
    content_object = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="topic_items"
    )


def writer_links():
    """The writers of many stories, with their people, in one query."""
    return models.Prefetch(
        "writer_links", ArticleWriter.objects.select_related("person")
    )


class ArticleQuerySet(StoryQuerySet):
    def for_cards(self):
        """Listed articles with what a card shows (its picture), in one query."""
        return self.listed().select_related("lead_image")

    def by_person(self, person):
        return self.filter(
            models.Q(writer_links__person=person) | models.Q(editor=person)
        ).distinct()

    def tagged(self, slug):
        return self.filter(topic_items__tag__slug=slug)

    def not_advertorial(self):
        return self.exclude(article_type=ArticleType.ADVERTORIAL)


class ArticlePage(ArticleSeoMixin, StoryPage):
    template = "pages/articles/article_page.html"

    article_type = models.CharField(
        _("jenis"),
        max_length=20,
        choices=ArticleType.choices,
        default=ArticleType.NEWS,
        help_text=_(
            "Opini untuk kolom Perspektif, Wawancara untuk tanya jawab. "
            "Advertorial / Konten Sponsor selalu tampil dengan labelnya dan tidak "
            "masuk Terpopuler maupun Google News."
        ),
    )
    needs_verification = models.BooleanField(
        _("masih diverifikasi"),
        default=False,
        help_text=_(
            "Tampilkan pemberitahuan “Masih diverifikasi” di atas berita. "
            "Hanya redaktur yang dapat menghapusnya; penghapusan dicatat di riwayat."
        ),
    )
    lead_image = image_field(
        _("foto utama"), _("Kredit foto diambil dari data gambar di pustaka.")
    )
    lead_caption_title = models.CharField(
        _("judul keterangan foto"),
        max_length=120,
        blank=True,
        help_text=_("Huruf kapital, seperti TUNJUKKAN DOKUMEN."),
    )
    lead_caption = models.TextField(_("keterangan foto"), blank=True)
    dateline = models.CharField(
        _("dateline"),
        max_length=60,
        blank=True,
        help_text=_("Kota asal berita, tampil di awal tubuh berita: JAKARTA - …"),
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("isi berita"), blank=True)
    agency = models.ForeignKey(
        "people.Agency",
        verbose_name=_("kantor berita"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        help_text=_(
            "Untuk berita kawat. Tanpa penulis, kantor berita menjadi penulis."
        ),
    )
    desk_code = models.CharField(
        _("kode desk"),
        max_length=12,
        blank=True,
        help_text=_(
            "Kosongkan untuk memakai kode desk penulis dan redaktur (rin/N-3); "
            "isi untuk menggantinya."
        ),
    )
    topics = ClusterTaggableManager(
        verbose_name=_("topik"), through=ArticleTopic, blank=True
    )

    objects = StoryManager.from_queryset(ArticleQuerySet)()
    card_related = ["lead_image"]

    parent_page_types = ["sections.SectionPage"]
    subpage_types = []

    base_form_class = ArticlePageForm

    content_panels = StoryPage.story_panels + [
        FieldPanel("needs_verification"),
        MultiFieldPanel(
            [
                FieldPanel("lead_image"),
                FieldPanel("lead_caption_title"),
                FieldPanel("lead_caption"),
            ],
            heading=_("Foto utama"),
        ),
        FieldPanel("dateline"),
        FieldPanel("body"),
        FieldPanel("topics"),
    ]
    credit_panels = [
        FieldPanel("article_type"),
        InlinePanel("writer_links", label=_("Penulis")),
        FieldRowPanel([FieldPanel("agency"), FieldPanel("desk_code")]),
        *StoryPage.credit_panels,
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Berita")),
            ObjectList(credit_panels, heading=_("Kredit")),
            ObjectList(Page.promote_panels, heading=_("Promosi")),
            ObjectList(Page.settings_panels, heading=_("Pengaturan")),
        ]
    )
    search_fields = StoryPage.search_fields + [
        index.SearchField("dateline"),
        index.SearchField("body"),
        index.FilterField("article_type"),
        # The admin's search finds a story by its writer's or agency's name
        # (the readers' search, warta.search, indexes only plain fields).
        # The admin searches as one types (autocomplete), so both kinds.
        index.RelatedFields(
            "writer_links",
            [
                index.RelatedFields(
                    "person",
                    [index.SearchField("name"), index.AutocompleteField("name")],
                )
            ],
        ),
        index.RelatedFields(
            "agency", [index.SearchField("name"), index.AutocompleteField("name")]
        ),
    ]

    class Meta:
        verbose_name = _("berita")
        verbose_name_plural = _("berita")

    # Under the story: its approved comments (``warta.comments``).
    has_comments = True

    @classmethod
    def for_page_view(cls, queryset):
        topics = models.Prefetch(
            "topic_items", ArticleTopic.objects.select_related("tag")
        )
        return (
            super()
            .for_page_view(queryset)
            .select_related("lead_image", "agency", "editor")
            .prefetch_related(writer_links(), topics)
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            related=self.related_cards(),
            share_url=canonical_url(page_path(self, request)),
        )
        return context

    def related_cards(self):
        """``related_articles()``, kept until the story or any other story is
        published, unpublished, moved or deleted (``kept.RELATED``)."""
        if self.last_published_at is None:  # a preview of a draft
            related = self.related_articles()
        else:
            stamp = self.last_published_at.timestamp()
            related = kept.RELATED.get_or_set(self.related_articles, self.pk, stamp)
        add_markup(related)  # the cards themselves are cached on their own
        return related

    def related_articles(self, limit=4):
        """Stories sharing a topic, newest first; the section's latest fill the
        rest: as card references (``warta.core.cards``)."""
        # From the routing's prefetch (no query); not .values(): on a prefetched
        # relation that reads every story's topics.
        topics = [item.tag_id for item in self.topic_items.all()]
        others = ArticlePage.objects.for_cards().exclude(pk=self.pk)
        # A subquery, not a join with DISTINCT: the newest stories are walked
        # through the date index until four share a topic, instead of every
        # story of a busy topic being joined and sorted.
        # (The unary plus keeps the id out of any index: databases then walk
        # the date index newest first.)
        sharing = ArticleTopic.objects.filter(tag_id__in=topics)
        plain_pk = models.Func(
            models.F("pk"),
            template="+%(expressions)s",
            output_field=models.IntegerField(),
        )
        # Coverage from around the story's time: a bounded walk of the index,
        # however large the archive (the section's latest fill any gap).
        when = self.first_published_at or timezone.now()
        related = read_refs(
            others.alias(plain_pk=plain_pk).filter(
                plain_pk__in=sharing.values("content_object_id"),
                first_published_at__range=(when - RELATED_SPAN, when + RELATED_SPAN),
            )[:limit]
        )
        if len(related) < limit:
            seen = [self.pk] + [ref.pk for ref in related]
            section = others.child_of(self.get_parent()).exclude(pk__in=seen)
            related += read_refs(section[: limit - len(related)])
        return related

    @property
    def card_image(self):
        return self.lead_image

    # Trust: labels, corrections and the verification notice ------------------

    @property
    def is_advertorial(self):
        return self.article_type == ArticleType.ADVERTORIAL

    @property
    def type_label(self):
        """The label shown above the headline and on cards ("" for plain news)."""
        if self.article_type in LABELLED_TYPES:
            return self.get_article_type_display()
        return ""

    @cached_property
    def public_corrections(self):
        """Corrections and replies, newest first, in one query (see warta.trust)."""
        if not self.pk:
            return []
        cache = getattr(self, "_prefetched_objects_cache", {})
        if "corrections" in cache:
            found = list(cache["corrections"])
        else:
            found = list(self.corrections.select_related("link_page"))
        return sorted(found, key=lambda c: (c.published_at, c.pk), reverse=True)

    @property
    def modified_at(self):
        """When the story last changed for a reader: an update or a correction."""
        times = [self.updated_at or self.last_published_at]
        times += [c.published_at for c in self.public_corrections[:1]]
        times = [t for t in times if t]
        return max(times) if times else None

    @property
    def writers(self):
        links = self.writer_links.all()
        prefetched = getattr(self, "_prefetched_objects_cache", {})
        if "writer_links" not in prefetched and self.pk:
            links = links.select_related("person")  # one query, not one per writer
        return [link.person for link in links]

    @property
    def byline(self):
        """Who wrote it: the staff writers, or the agency for wire copy."""
        return self.writers or ([self.agency] if self.agency_id else [])

    @property
    def effective_desk_code(self):
        if self.desk_code:
            return self.desk_code
        return self.editor.desk_code if self.editor_id else ""

    @property
    def sign_off(self):
        """The code closing the body: the agency's code, then the desk codes of
        the people who handled the story, writers first and the editor last:
        "Ant/N-3" for wire copy, "rin/N-3" for a staff story. The story's own
        desk code, when an editor sets it, stands for the people's codes."""
        if self.desk_code:
            people = [self.desk_code]
        else:
            people = [writer.desk_code for writer in self.writers]
            people.append(self.editor.desk_code if self.editor_id else "")
        parts = [self.agency.code if self.agency_id else "", *people]
        return "/".join(dict.fromkeys(part for part in parts if part))


class ArticleWriter(Orderable):
    page = ParentalKey(
        ArticlePage, on_delete=models.CASCADE, related_name="writer_links"
    )
    person = models.ForeignKey(
        "people.Person",
        verbose_name=_("penulis"),
        on_delete=models.CASCADE,
        related_name="article_links",
    )

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        verbose_name = _("penulis")
        unique_together = [("page", "person")]
