"""Rich text that arrives from outside the editor's toolbar, made safe to store.

Wagtail's editor only produces its own small dialect of HTML, but rich text
also comes in through the API, importers (wire copy, WordPress exports, saved
pages) and hand-made admin posts. ``sanitize_html`` keeps that dialect
(paragraphs, headings, emphasis, lists, links and Wagtail's page/document/image
references) and drops everything else: scripts and styles with their content,
event handlers, ``javascript:`` and other unexpected link schemes.
"""

import functools

import nh3
from django.db.models.signals import pre_save
from wagtail.fields import RichTextField
from wagtail.models import Revision

ALLOWED_TAGS = {
    "p", "br", "b", "strong", "i", "em", "u", "s", "sup", "sub",
    "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "a", "embed", "hr",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    # Draftail keys each paragraph, heading and list item (comments anchor there).
    "*": {"data-block-key"},
    # Wagtail stores internal links as <a linktype="page" id="12">.
    "a": {"href", "linktype", "id"},
    # ...and images and media as <embed embedtype="image" id="3" ...>.
    "embed": {"embedtype", "id", "format", "alt", "url"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def sanitize_html(html):
    """Return ``html`` with only the markup Warta's rich text may hold."""
    if not html:
        return ""
    return nh3.clean(
        str(html),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )


@functools.cache
def rich_text_fields(model):
    """The names of ``model``'s RichTextFields (cached per model class)."""
    return tuple(
        field.attname
        for field in model._meta.concrete_fields
        if isinstance(field, RichTextField)
    )


def clean_rich_text(instance):
    """Sanitise every RichTextField of ``instance`` in place.

    Runs before every save (``connect``); importers that write with
    ``bulk_create`` or ``QuerySet.update`` skip signals and must call it (or
    ``sanitize_html``) themselves. Stream fields clean their own rich text
    (``warta.articles.blocks.SafeRichTextBlock``).
    """
    for name in rich_text_fields(type(instance)):
        value = getattr(instance, name)
        if value:
            setattr(instance, name, sanitize_html(value))


def _clean_before_save(sender, instance, **kwargs):
    clean_rich_text(instance)


def _clean_revision(sender, instance, **kwargs):
    """Drafts are stored as revisions (JSON) without the page's own save."""
    model = instance.content_type.model_class() if instance.content_type_id else None
    content = instance.content
    if model is None or not isinstance(content, dict):
        return
    for name in rich_text_fields(model):
        if content.get(name):
            content[name] = sanitize_html(content[name])


def connect():
    pre_save.connect(_clean_before_save, dispatch_uid="warta.richtext.models")
    pre_save.connect(
        _clean_revision, sender=Revision, dispatch_uid="warta.richtext.revisions"
    )
