"""The whole story as HTML, for partners who republish it (the ``lengkap`` feeds).

The body is rendered with the reader site's own block templates, then every
relative address is made absolute on ``WARTA_BASE_URL``: a partner's page has no
way to resolve ``/media/…`` against our host. The story closes with its sign-off
and credits as in print.
"""

import re

from django.utils.html import escape, format_html
from django.utils.translation import gettext as _
from wagtail.images.models import SourceImageIOError
from wagtail.rich_text import expand_db_html

from warta.articles.models import END_MARK, ArticlePage
from warta.core.seo import absolute_url
from warta.multimedia.models import InfographicPage, PhotoGalleryPage, VideoPage

URL_ATTRIBUTE = re.compile(r'\b(src|href|poster)="(/[^/"][^"]*)"')
SRCSET = re.compile(r'\bsrcset="([^"]*)"')
FIGURE = "width-1200"


def absolutize(html):
    html = URL_ATTRIBUTE.sub(lambda m: f'{m[1]}="{absolute_url(m[2])}"', html)
    return SRCSET.sub(lambda m: f'srcset="{_srcset(m[1])}"', html)


def _srcset(value):
    candidates = [part.strip().split(" ", 1) for part in value.split(",")]
    return ", ".join(
        " ".join([absolute_url(c[0]) if c[0].startswith("/") else c[0], *c[1:]])
        for c in candidates
        if c and c[0]
    )


def figure(image, caption_title="", caption=""):
    """An image with "Foto : CREDIT" and its caption, as the reader site shows."""
    if image is None:
        return ""
    try:
        rendition = image.get_rendition(FIGURE)
    except (SourceImageIOError, OSError):
        return ""
    lines = [f"{caption_title} I {caption}" if caption_title else caption]
    if image.credit:
        lines.append(_("Foto : %(credit)s") % {"credit": image.credit})
    text = " — ".join(escape(line) for line in lines if line)
    return format_html(
        '<figure><img src="{}" width="{}" height="{}" alt="{}">'
        "<figcaption>{}</figcaption></figure>",
        absolute_url(rendition.url),
        rendition.width,
        rendition.height,
        caption or image.title,
        text,
    )


def article_html(page):
    parts = [figure(page.lead_image, page.lead_caption_title, page.lead_caption)]
    if page.dateline:
        parts.append(format_html("<p><strong>{}</strong> -</p>", page.dateline))
    parts.append(str(page.body))
    if page.sign_off:
        parts.append(format_html("<p>{} {}</p>", END_MARK, page.sign_off))
    if page.editor:
        parts.append(format_html("<p>Redaktur : {}</p>", page.editor.name))
    if writers := page.writers:
        names = ", ".join(who.name for who in writers)
        parts.append(format_html("<p>Penulis : {}</p>", names))
    return parts


def gallery_html(page):
    parts = [format_html("<p>{}</p>", page.intro)] if page.intro else []
    for photo in page.photos.all():
        parts.append(figure(photo.image, photo.caption_title, photo.caption))
    return parts


def video_html(page):
    parts = [figure(page.poster), expand_db_html(page.description)]
    target = page.video_file.url if page.video_file else page.provider_url
    if target:
        link = absolute_url(target)
        parts.append(format_html('<p><a href="{}">{}</a></p>', link, _("Tonton video")))
    return parts


def infographic_html(page):
    return [figure(page.image), expand_db_html(page.text_alternative)]


RENDERERS = {
    ArticlePage: article_html,
    PhotoGalleryPage: gallery_html,
    VideoPage: video_html,
    InfographicPage: infographic_html,
}


def full_html(page, request=None):
    """The story's full text as one HTML string with absolute addresses."""
    render = RENDERERS.get(type(page))
    if render is None:
        return ""
    return absolutize("\n".join(str(part) for part in render(page) if part))
