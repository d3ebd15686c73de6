"""The blocks of the paper's own pages (Redaksi, Tentang Kami, Kontak...)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from warta.articles.blocks import PARAGRAPH_FEATURES, SafeRichTextBlock


class MastheadRoleBlock(blocks.StructBlock):
    """One line of the masthead: a post and the people who hold it."""

    role = blocks.CharBlock(
        label=_("jabatan"), help_text=_("Misalnya Pemimpin Redaksi, Redaktur.")
    )
    names = blocks.ListBlock(blocks.CharBlock(label=_("nama")), label=_("nama"))

    class Meta:
        icon = "user"
        label = _("Jabatan")


class InfoBodyBlock(blocks.StreamBlock):
    paragraph = SafeRichTextBlock(label=_("Paragraf"), features=PARAGRAPH_FEATURES)
    heading = blocks.CharBlock(
        label=_("Subjudul"),
        icon="title",
        form_classname="title",
        template="blocks/heading.html",
    )
    masthead = blocks.ListBlock(
        MastheadRoleBlock(),
        label=_("Susunan redaksi"),
        icon="group",
        template="blocks/masthead.html",
    )
