"""The blocks an article body is made of."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import RichText

from warta.core.richtext import sanitize_html

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class SafeRichTextBlock(blocks.RichTextBlock):
    """Rich text that is sanitised on its way in, whatever the editor sent.

    The editor's toolbar only makes safe HTML, but a hand-made admin POST, a
    preview or an importer that assigns raw HTML does not go through it: the
    form value (previews too) and what is stored (pages and revisions) pass
    through ``sanitize_html``. Migrations record it as Wagtail's own
    RichTextBlock: the stored data is the same.
    """

    canonical_module_path = "wagtail.blocks.RichTextBlock"

    def value_from_form(self, value):
        return RichText(sanitize_html(value))

    def get_prep_value(self, value):
        return sanitize_html(super().get_prep_value(value))


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("kutipan"))
    attribution = blocks.CharBlock(label=_("sumber"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Kutipan")
        template = "blocks/quote.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("gambar"))
    caption_title = blocks.CharBlock(
        label=_("judul keterangan"),
        required=False,
        help_text=_("Huruf kapital, seperti TUNJUKKAN DOKUMEN."),
    )
    caption = blocks.TextBlock(label=_("keterangan"), required=False)

    class Meta:
        icon = "image"
        label = _("Foto")
        template = "blocks/image.html"


class RelatedArticleBlock(blocks.StructBlock):
    article = blocks.PageChooserBlock(
        label=_("berita"), page_type=["articles.ArticlePage"]
    )

    class Meta:
        icon = "link"
        label = _("Baca juga")
        template = "blocks/related.html"


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("pertanyaan"))
    answer = SafeRichTextBlock(label=_("jawaban"), features=PARAGRAPH_FEATURES)

    class Meta:
        icon = "help"
        label = _("Tanya jawab")
        template = "blocks/qa.html"


class PageBreakBlock(blocks.StaticBlock):
    """Where a long story turns to its next page ("Halaman 1 2 3"). Readers
    may still read it whole ("Tampilkan semua"); feeds and the API carry it
    whole, without the break."""

    class Meta:
        icon = "horizontalrule"
        label = _("Pindah halaman")
        admin_text = _(
            "Cerita yang panjang berlanjut di halaman berikutnya mulai dari sini. "
            "Pembaca tetap dapat menampilkan semuanya di satu halaman."
        )
        template = "blocks/page_break.html"


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = SafeRichTextBlock(label=_("Paragraf"), features=PARAGRAPH_FEATURES)
    heading = blocks.CharBlock(
        label=_("Subjudul"),
        icon="title",
        form_classname="title",
        template="blocks/heading.html",
    )
    quote = QuoteBlock()
    image = ImageBlock()
    embed = EmbedBlock(label=_("Sematan"), template="blocks/embed.html")
    related = RelatedArticleBlock()
    qa = QuestionAnswerBlock()
    page_break = PageBreakBlock()
