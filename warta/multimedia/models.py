"""The media desks: Foto (galleries), Video and Infografis."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from warta.core.models import StoryPage, image_field
from warta.multimedia.seo import (
    GallerySeoMixin,
    InfographicSeoMixin,
    VideoSeoMixin,
    embed_url,
)


def person_field(verbose_name, role_field):
    return models.ForeignKey(
        "people.Person",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={role_field: True},
    )


def topics_field(through):
    return ClusterTaggableManager(verbose_name=_("topik"), through=through, blank=True)


class GalleryTopic(TaggedItemBase):
    content_object = ParentalKey(
        "multimedia.PhotoGalleryPage",
        on_delete=models.CASCADE,
        related_name="topic_items",
    )


class VideoTopic(TaggedItemBase):
    content_object = ParentalKey(
        "multimedia.VideoPage", on_delete=models.CASCADE, related_name="topic_items"
    )


class InfographicTopic(TaggedItemBase):
    content_object = ParentalKey(
        "multimedia.InfographicPage",
        on_delete=models.CASCADE,
        related_name="topic_items",
    )


class PhotoGalleryPage(GallerySeoMixin, StoryPage):
    """Foto: a story told in ordered photos, each with its caption and credit."""

    template = "pages/multimedia/photo_gallery_page.html"
    intro = models.TextField(_("pengantar"), blank=True)
    photographer = person_field(_("fotografer"), "is_photographer")
    topics = topics_field(GalleryTopic)
    # card_prefetch (the photos with their images, one query) is set below
    # GalleryPhoto.

    parent_page_types = ["sections.SectionPage"]
    subpage_types = []
    content_panels = StoryPage.story_panels + [
        FieldPanel("intro"),
        # No min_num: a first draft saves before its photos are chosen (an
        # empty required row would refuse it); a gallery without photos is
        # not published (warta.newsroom.wagtail_hooks).
        InlinePanel("photos", label=_("Foto")),
        FieldPanel("topics"),
        FieldRowPanel([FieldPanel("photographer"), FieldPanel("editor")]),
        *StoryPage.ai_panels,
    ]
    search_fields = StoryPage.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("galeri foto")
        verbose_name_plural = _("galeri foto")

    @property
    def card_image(self):
        photos = self.photos.all()  # prefetched for cards
        return photos[0].image if photos else None

    @classmethod
    def card_image_id(cls):
        """The id of ``card_image`` in a query (see warta.core.cards)."""
        photos = GalleryPhoto.objects.filter(page=models.OuterRef("pk"))
        first = photos.order_by("sort_order", "pk").values("image_id")[:1]
        return models.Subquery(first)


class GalleryPhoto(Orderable):
    page = ParentalKey(
        PhotoGalleryPage, on_delete=models.CASCADE, related_name="photos"
    )
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("foto"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    caption_title = models.CharField(_("judul keterangan"), max_length=120, blank=True)
    caption = models.TextField(_("keterangan"), blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption_title"), FieldPanel("caption")]


PhotoGalleryPage.card_prefetch = [
    models.Prefetch("photos", GalleryPhoto.objects.select_related("image"))
]


class VideoPage(VideoSeoMixin, StoryPage):
    """Video: an uploaded file or a provider's URL, shown with a poster.

    Either way the page shows our poster and one play button. An uploaded file
    plays in ``<video>``; a provider's player (YouTube through
    youtube-nocookie.com, Vimeo with ``dnt=1``) is loaded only when the reader
    taps play, so the page itself makes no third-party request at all.
    """

    template = "pages/multimedia/video_page.html"
    video_file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("berkas video"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Unggah MP4 atau WebM sebagai dokumen."),
    )
    provider_url = models.URLField(
        _("tautan video"),
        blank=True,
        help_text=_("Alamat video di YouTube atau layanan lain, bila tidak diunggah."),
    )
    poster = image_field(_("gambar sampul"))
    duration = models.CharField(
        _("durasi"), max_length=12, blank=True, help_text=_("Seperti 03:42.")
    )
    description = RichTextField(
        _("keterangan"), blank=True, features=["bold", "italic", "link"]
    )
    videographer = person_field(_("juru kamera"), "is_photographer")
    topics = topics_field(VideoTopic)
    card_related = ["poster"]

    parent_page_types = ["sections.SectionPage"]
    subpage_types = []
    content_panels = StoryPage.story_panels + [
        MultiFieldPanel(
            [
                FieldPanel("video_file"),
                FieldPanel("provider_url"),
                FieldPanel("poster"),
                FieldPanel("duration"),
            ],
            heading=_("Video"),
        ),
        FieldPanel("description"),
        FieldPanel("topics"),
        FieldRowPanel([FieldPanel("videographer"), FieldPanel("editor")]),
        *StoryPage.ai_panels,
    ]
    search_fields = StoryPage.search_fields + [index.SearchField("description")]

    class Meta:
        verbose_name = _("video")
        verbose_name_plural = _("video")

    @property
    def card_image(self):
        return self.poster

    @property
    def player_url(self):
        """The provider's privacy-friendly player for ``provider_url``, set to
        play at once (it is loaded by the reader's tap), or "" for another host."""
        embed = embed_url(self.provider_url)
        if embed.startswith("https://www.youtube.com/embed/"):
            video_id = embed.rsplit("/", 1)[1]
            return f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1"
        if embed.startswith("https://player.vimeo.com/video/"):
            return f"{embed}?dnt=1&autoplay=1"
        return ""


class InfographicPage(InfographicSeoMixin, StoryPage):
    """Infografis: one large image, with the same facts as text for everyone."""

    template = "pages/multimedia/infographic_page.html"
    image = image_field(_("gambar infografis"))
    text_alternative = RichTextField(
        _("versi teks"),
        features=["bold", "italic", "link", "ol", "ul", "h3"],
        help_text=_("Semua data di gambar, dalam kalimat, untuk pembaca layar."),
    )
    topics = topics_field(InfographicTopic)
    card_related = ["image"]

    parent_page_types = ["sections.SectionPage"]
    subpage_types = []
    content_panels = StoryPage.story_panels + [
        FieldPanel("image"),
        FieldPanel("text_alternative"),
        FieldPanel("topics"),
        FieldPanel("editor"),
        *StoryPage.ai_panels,
    ]
    search_fields = StoryPage.search_fields + [index.SearchField("text_alternative")]

    class Meta:
        verbose_name = _("infografis")
        verbose_name_plural = _("infografis")

    @property
    def card_image(self):
        return self.image
