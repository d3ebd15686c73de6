"""The front page and the paper's sections (rubrik).

Sections are pages under the home page: editors add, rename and reorder them in
the page explorer and the navigation follows the tree order.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page

from warta.core.cards import paginated_cards
from warta.core.listing import children_of
from warta.core.models import WartaPageQuerySet
from warta.core.routing import DirectRouteMixin, KnownAncestorsMixin
from warta.core.seo import SeoMixin, plain_text
from warta.popularity.queries import front_ranking
from warta.sections import brand
from warta.sections.blocks import InfoBodyBlock
from warta.sections.front import front_page
from warta.sections.seo import HomeSeoMixin, SectionSeoMixin


def published_pages():
    """Live pages outside private sections (reads the view restrictions once)."""
    return WartaPageQuerySet(Page).live().public()


def stories_under(page, published=None, by_date=False):
    """Everything published under a section, newest first (plain pages).

    Pass ``published_pages()`` when listing several sections, so the view
    restrictions are read once rather than once per section. ``by_date``: see
    ``children_of``.
    """
    published = published if published is not None else published_pages()
    stories = children_of(published, page, by_date=by_date)
    return stories.order_by("-first_published_at", "-pk")


# The generation of what every page's header and footer show besides the
# sections: the paper's identity and its info pages (``warta.sections.chrome``).
CHROME_SURFACE = "paper-chrome"

STORY_TYPES = [
    "articles.ArticlePage",
    "multimedia.PhotoGalleryPage",
    "multimedia.VideoPage",
    "multimedia.InfographicPage",
    "trust.LiveReportPage",
]


class HomePage(HomeSeoMixin, DirectRouteMixin, KnownAncestorsMixin, Page):
    """The front page; the editor picks the lead story and the headline slots."""

    template = "pages/sections/home_page.html"
    tagline = models.CharField(
        _("slogan"),
        max_length=160,
        blank=True,
        help_text=_("Tampil di bawah nama koran."),
    )
    lead_story = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("berita utama"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Kosongkan untuk memakai berita terbaru."),
    )

    parent_page_types = ["wagtailcore.Page"]
    # Its publish changes what every page shows (``warta.delivery.events``).
    changes_navigation = True
    subpage_types = ["sections.SectionPage", "sections.InfoPage"]
    max_count = 1

    content_panels = Page.content_panels + [
        FieldPanel("tagline"),
        MultiFieldPanel(
            [
                PageChooserPanel("lead_story", STORY_TYPES),
                InlinePanel("headline_slots", label=_("Berita pilihan"), max_num=8),
            ],
            heading=_("Halaman depan"),
        ),
    ]

    class Meta:
        verbose_name = _("halaman depan")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        most_read = front_ranking(5)
        context.update(front_page(self, published_pages(), most_read))
        return context

    def also_read_with_route(self):
        self._warta_navigation = []
        return models.Q(
            depth=self.depth + 1,
            path__startswith=self.path,
            live=True,
            show_in_menus=True,
            content_type=ContentType.objects.get_for_model(SectionPage),
        )

    def read_with_route(self, page):
        if page.depth == self.depth + 1 and page.show_in_menus and page.live:
            self._warta_navigation.append(page)

    def sections(self):
        """The sections in navigation order: the tree order editors set."""
        return SectionPage.rows().child_of(self).live().in_menu().order_by("path")

    def navigation(self):
        """The sections as a list in tree order, sorted here rather than in SQL:
        ORDER BY path makes SQLite walk every page of a large archive instead of
        the few section rows. A deep page's routing has read them already."""
        found = getattr(self, "_warta_navigation", None)
        if found is None:
            found = self._warta_navigation = list(self.sections().order_by())
        return sorted(found, key=lambda section: section.path)


class HomeHeadline(Orderable):
    home = ParentalKey(
        HomePage, on_delete=models.CASCADE, related_name="headline_slots"
    )
    story = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("berita"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("story", STORY_TYPES)]

    class Meta(Orderable.Meta):
        verbose_name = _("berita pilihan")


class SectionPage(SectionSeoMixin, KnownAncestorsMixin, Page):
    """A rubrik such as Nasional or Olahraga, or a media desk such as Foto."""

    template = "pages/sections/section_page.html"
    intro = models.TextField(
        _("pengantar"), blank=True, help_text=_("Satu kalimat tentang isi rubrik ini.")
    )

    parent_page_types = ["sections.HomePage"]
    subpage_types = STORY_TYPES + ["editions.EditionPage"]
    # The navigation lists sections: a change shows on every page.
    changes_navigation = True

    def listing_surfaces(self):
        """Where the section lists its stories besides its own page: its
        feeds (``/rubrik/<slug>/rss/`` ...), see ``warta.delivery.events``."""
        return {f"/rubrik/{self.slug}/"}

    @classmethod
    def rows(cls):
        """Sections, read starting from the few section rows (the ``pk__in``).

        Filtered on the tree (``child_of``'s LIKE) or ordered by path, a plain
        query makes SQLite start from the pages and read every story of the
        archive; this one stays as cheap at 100,000 stories as at 100."""
        return cls.objects.filter(pk__in=cls.objects.values("pk"))

    @classmethod
    def all_live(cls):
        """Every live, public section (see ``rows``)."""
        public = published_pages().filter(pk__in=cls.objects.values("pk"))
        return cls.rows().filter(pk__in=public.values("pk"))

    content_panels = Page.content_panels + [FieldPanel("intro")]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["page_obj"] = paginated_cards(
            request, stories_under(self), newest=stories_under(self, by_date=True)
        )
        return context

    class Meta:
        verbose_name = _("rubrik")
        verbose_name_plural = _("rubrik")


class InfoPage(SeoMixin, KnownAncestorsMixin, Page):
    """One of the paper's own pages: Redaksi, Tentang Kami, Kontak, Iklan...

    Every live one is linked from the footer of every page, in tree order."""

    template = "pages/sections/info_page.html"
    intro = models.TextField(
        _("pengantar"),
        blank=True,
        help_text=_("Satu atau dua kalimat di bawah judul."),
    )
    body = StreamField(
        InfoBodyBlock(),
        verbose_name=_("isi"),
        blank=True,
        help_text=_(
            "Paragraf, subjudul dan, untuk halaman Redaksi, susunan redaksi "
            "(jabatan dan nama)."
        ),
    )

    parent_page_types = ["sections.HomePage"]
    subpage_types = []
    # The footer of every page links it.
    changes_navigation = True

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    class Meta:
        verbose_name = _("halaman informasi")
        verbose_name_plural = _("halaman informasi")

    def seo_summary(self):
        return plain_text(self.intro)

    def other_surfaces(self):
        """The footer's list of info pages (``warta.sections.chrome``)."""
        return {CHROME_SURFACE}


HEX_COLOUR = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", _("Tulis warna sebagai #RRGGBB, misalnya #b0131c.")
)


@register_setting(icon="site")
class PaperIdentity(BaseSiteSetting):
    """The paper's name, tagline, logo and colour, as readers see them."""

    name = models.CharField(
        _("nama koran"),
        max_length=80,
        blank=True,
        help_text=_("Kosongkan untuk memakai nama bawaan server."),
    )
    tagline = models.CharField(
        _("slogan"),
        max_length=160,
        blank=True,
        help_text=_("Tampil di kepala halaman depan dan di kaki setiap halaman."),
    )
    logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Gambar logo yang lebar (PNG atau WebP, latar putih atau transparan). "
            "Kosongkan untuk memakai logo tulisan bawaan."
        ),
    )
    brand_colour = models.CharField(
        _("warna utama"),
        max_length=7,
        default=brand.DEFAULT_BRAND,
        validators=[HEX_COLOUR],
        help_text=_(
            "Warna tautan, tombol dan garis kepala, sebagai #RRGGBB. Harus cukup "
            "gelap agar terbaca di atas putih (kontras minimal 4,5:1)."
        ),
    )
    masthead = models.TextField(
        _("keterangan penerbit"),
        blank=True,
        help_text=_(
            "Penerbit dan alamat redaksi, tampil di kaki setiap halaman. "
            "Susunan redaksi ditulis di halaman Redaksi."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("tagline"),
        FieldPanel("logo"),
        FieldPanel("brand_colour"),
        FieldPanel("masthead"),
    ]

    class Meta:
        verbose_name = _("identitas koran")

    def clean(self):
        super().clean()
        brand.check_brand_colour(self.brand_colour)
