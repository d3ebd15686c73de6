"""Stories of any type as plain feed entries, loaded in a fixed number of queries.

A feed mixes articles, galleries, videos and infographics. ``load_stories``
reads ids and types first and then each type once with its credits, topics and
image; ``entry`` turns one page into the few values a feed item carries, with
every URL absolute on ``WARTA_BASE_URL``.
"""

import mimetypes
from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page

from warta.articles.models import ArticlePage
from warta.core.seo import absolute_url, page_path
from warta.feeds.fulltext import full_html

ENCLOSURE = "fill-1200x675"  # 16:9, the crop the reader site already makes


@dataclass
class Media:
    url: str
    mime_type: str
    length: int
    width: int
    height: int
    credit: str = ""
    caption: str = ""


@dataclass
class Entry:
    title: str
    link: str
    summary: str
    published: object
    updated: object
    authors: list = field(default_factory=list)
    categories: list = field(default_factory=list)
    media: Media | None = None
    content_html: str = ""


def prefetches(model):
    found = ["topic_items__tag"]
    if issubclass(model, ArticlePage):
        found += ["writer_links__person", "corrections"]
    found += list(getattr(model, "card_prefetch", ()))
    return found


def related(model):
    names = ["editor", *getattr(model, "card_related", ())]
    names += [name for name in ("agency", "photographer", "videographer")]
    return [name for name in names if _has_field(model, name)]


def _has_field(model, name):
    return any(f.name == name for f in model._meta.get_fields())


def load_stories(queryset):
    """The specific pages of ``queryset`` (already sliced), in its order."""
    rows = list(queryset.values_list("pk", "content_type_id"))
    by_type = defaultdict(list)
    for pk, content_type_id in rows:
        by_type[content_type_id].append(pk)
    found = {}
    for content_type_id, pks in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        pages = model.objects.filter(pk__in=pks).select_related(*related(model))
        found.update((p.pk, p) for p in pages.prefetch_related(*prefetches(model)))
    return [found[pk] for pk, _ in rows if pk in found]


def section_titles(pages):
    """The title of each page's parent (its rubrik), in one query."""
    parents = {page.path[: -page.steplen] for page in pages}
    return dict(Page.objects.filter(path__in=parents).values_list("path", "title"))


def images_with_renditions(pages, spec=ENCLOSURE):
    """The card images of ``pages`` with their ``spec`` rendition prefetched."""
    ids = {page.card_image.pk for page in pages if page.card_image}
    images = get_image_model().objects.filter(pk__in=ids).prefetch_renditions(spec)
    return {image.pk: image for image in images}


def media_for(image, caption="", spec=ENCLOSURE):
    if image is None:
        return None
    try:
        rendition = image.get_rendition(spec)
    except (SourceImageIOError, OSError):
        return None
    try:
        length = rendition.file.size
    except OSError:
        length = 0
    mime_type = mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg"
    return Media(
        url=absolute_url(rendition.url),
        mime_type=mime_type,
        length=length,
        width=rendition.width,
        height=rendition.height,
        credit=getattr(image, "credit", ""),
        caption=caption or image.title,
    )


def entries(queryset, request=None, full_text=False):
    pages = load_stories(queryset)
    sections = section_titles(pages)
    images = images_with_renditions(pages)
    return [
        entry(page, request, sections, images, full_text=full_text) for page in pages
    ]


def entry(page, request, sections, images, full_text=False):
    image = page.card_image
    image = images.get(image.pk, image) if image else None
    section = sections.get(page.path[: -page.steplen], "")
    topics = [item.tag.name for item in page.topic_items.all()]
    label = getattr(page, "type_label", "")
    sponsored = getattr(page, "is_advertorial", False)
    return Entry(
        title=f"[{label}] {page.title}" if sponsored else page.title,
        link=absolute_url(page_path(page, request)),
        summary=page.seo_description(),
        published=page.published_at,
        updated=page.seo_modified() or page.published_at,
        authors=[who.name for who in byline(page)],
        categories=[name for name in [label, section, *topics] if name],
        media=media_for(image, getattr(page, "lead_caption", "")),
        content_html=full_html(page, request) if full_text else "",
    )


def byline(page):
    """Writers (prefetched), else the agency; a photographer for media stories."""
    if isinstance(page, ArticlePage):
        return page.writers or ([page.agency] if page.agency_id else [])
    who = getattr(page, "photographer", None) or getattr(page, "videographer", None)
    return [who] if who else []
