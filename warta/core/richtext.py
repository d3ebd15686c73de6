"""Rich text that arrives from outside the editor's toolbar, made safe to store.

Wagtail's editor only produces its own small dialect of HTML, but rich text
also comes in through the API, importers (wire copy, WordPress exports, saved
pages) and hand-made admin posts. ``sanitize_html`` keeps that dialect
(paragraphs, headings, emphasis, lists, links and Wagtail's page/document/image
references) and drops everything else: scripts and styles with their content,
event handlers, ``javascript:`` and other unexpected link schemes.
"""

import nh3

ALLOWED_TAGS = {
    "p", "br", "b", "strong", "i", "em", "u", "s", "sup", "sub",
    "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "a", "embed", "hr",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
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
