"""The blocks an article body is made of."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


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
    answer = blocks.RichTextBlock(label=_("jawaban"), features=PARAGRAPH_FEATURES)

    class Meta:
        icon = "help"
        label = _("Tanya jawab")
        template = "blocks/qa.html"


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(label=_("Paragraf"), features=PARAGRAPH_FEATURES)
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
