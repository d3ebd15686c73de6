"""What every story type shares: the kicker, the dek, the editor credit, and times.

Articles, photo galleries, videos and infographics are all stories a reader can
open from a section, the home page or a topic; ``StoryPage`` holds their common
fields and ``StoryQuerySet`` the listing verbs, so every listing asks the
database the same, cheap way.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    TitleFieldPanel,
)
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from warta.core.routing import KnownAncestorsMixin, view_restrictions


class WartaPageQuerySet(PageQuerySet):
    def private_q(self, prefix=""):
        """Wagtail's filter for pages behind a view restriction, without its join.

        Wagtail reads restrictions with ``select_related("page")``, which SQLite
        answers by scanning every page of the archive even when there are no
        restrictions at all; reading them first costs one indexed query (once
        per request, see ``view_restrictions``).

        ``prefix`` ("page__") applies the filter to a relation's pages.
        """
        q = models.Q()
        for path, depth in view_restrictions().restricted_pages.values():
            q |= models.Q(
                **{f"{prefix}path__startswith": path, f"{prefix}depth__gte": depth}
            )
        return q if q else models.Q(pk__in=[])


# Functions ``queryset -> queryset`` that add to every story's page view what
# an app built on stories shows there (comments: whether the thread is
# closed); registered in that app's ``ready()``.
PAGE_VIEW_EXTENSIONS = []
# Functions ``(page, request) -> dict`` that add to a story's template context
# what such an app shows under it (comments: the thread and its count).
PAGE_CONTEXT_EXTENSIONS = []


class StoryQuerySet(WartaPageQuerySet):
    def listed(self):
        """Published, public stories, newest first, ready for a list of cards."""
        return (
            self.live()
            .public()
            .defer_streamfields()
            .order_by("-first_published_at", "-pk")
        )


StoryManager = PageManager.from_queryset(StoryQuerySet)


class StoryPage(KnownAncestorsMixin, Page):
    kicker = models.CharField(
        _("kicker"),
        max_length=120,
        blank=True,
        help_text=_(
            "Baris topik singkat di atas judul, seperti “Kerja Sama Bilateral”."
        ),
    )
    dek = models.TextField(
        _("subjudul"),
        blank=True,
        max_length=400,
        help_text=_(
            "Satu kalimat ringkas di bawah judul; juga dipakai di daftar berita."
        ),
    )
    editor = models.ForeignKey(
        "people.Person",
        verbose_name=_("redaktur"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"is_editor": True},
        help_text=_("Redaktur yang menyetujui; tampil sebagai “Redaktur : …”."),
    )
    updated_at = models.DateTimeField(
        _("waktu pembaruan"),
        null=True,
        blank=True,
        help_text=_(
            "Isi bila berita diperbarui secara berarti; tampil sebagai “Diperbarui”. "
            "Perbaikan salah ketik tidak perlu."
        ),
    )

    objects = StoryManager()

    # The headline fills the slug as it is typed (Wagtail's title panel), as
    # on every Wagtail page: the slug sits on the "Promosi" tab, out of sight.
    story_panels = [
        FieldPanel("kicker"),
        TitleFieldPanel("title"),
        FieldPanel("dek"),
    ]
    # Any AI assistance, as the Press Council asks (warta.trust.models.AIUse).
    ai_panels = [
        InlinePanel(
            "ai_uses",
            heading=_("Penggunaan AI"),
            label=_("Penggunaan AI"),
            help_text=_(
                "Catat setiap bantuan kecerdasan artifisial (Peraturan Dewan Pers "
                "1/2025). Pembaca melihat catatannya di akhir berita."
            ),
        )
    ]
    credit_panels = [
        FieldRowPanel([FieldPanel("editor"), FieldPanel("updated_at")]),
        *ai_panels,
    ]
    search_fields = Page.search_fields + [
        index.SearchField("kicker"),
        index.SearchField("dek"),
    ]

    class Meta:
        abstract = True

    @cached_property
    def ai_use_list(self):
        """The story's AI record (``warta.trust.models.AIUse``), read once per
        render for its note, its foot and its JSON-LD."""
        if not self.pk:
            return list(self.ai_uses.all())
        cache = getattr(self, "_prefetched_objects_cache", {})
        if "ai_uses" in cache:
            return list(cache["ai_uses"])
        return list(self.ai_uses.select_related("checked_by"))

    @classmethod
    def for_page_view(cls, queryset):
        """``queryset`` with what the story's own page shows (see routing),
        including what apps built on stories add (``PAGE_VIEW_EXTENSIONS``)."""
        for extend in PAGE_VIEW_EXTENSIONS:
            queryset = extend(queryset)
        return queryset

    @property
    def topic_list(self):
        """The story's topics, from the routing's prefetch when it did one."""
        if "topic_items" in getattr(self, "_prefetched_objects_cache", {}):
            return [item.tag for item in self.topic_items.all()]
        topics = getattr(self, "topics", None)
        return list(topics.all()) if topics is not None else []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Where the page's view beacon goes (most-read counts, see popularity).
        context["view_url"] = reverse("popularity:view", args=[self.pk])
        for extend in PAGE_CONTEXT_EXTENSIONS:
            context.update(extend(self, request))
        return context

    def other_surfaces(self):
        """Pages elsewhere that list this story: its topics', its writers' and
        editor's, and its agency's (``warta.delivery.events``)."""
        found = {reverse("articles:topic", args=[tag.slug]) for tag in self.topic_list}
        people = list(getattr(self, "writers", []) or [])
        if self.editor_id:
            people.append(self.editor)
        found.update(person.get_absolute_url() for person in people)
        if getattr(self, "agency_id", None):
            found.add(self.agency.get_absolute_url())
        return found

    @property
    def published_at(self):
        return self.first_published_at or self.go_live_at


def image_field(verbose_name, help_text=""):
    """A nullable link to an image in the library (its credit comes with it)."""
    return models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


class DemoRecord(models.Model):
    """What ``warta demo`` created, so a second run creates nothing twice.

    The key names the demo item (``article:slug``); the object may since have
    been renamed, edited or deleted by an editor, and the demo leaves it be.
    """

    key = models.CharField(max_length=200, unique=True)
    object_id = models.PositiveBigIntegerField(null=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("data demo")
        verbose_name_plural = _("data demo")

    def __str__(self):
        return self.key
