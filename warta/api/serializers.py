"""Pages, people and images as plain dicts for the API, with absolute URLs.

No e-mail address, user account, draft or revision is ever read here: people
are serialized from an explicit list of public fields.
"""

from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page
from wagtail.rich_text import expand_db_html

from warta.core.seo import absolute_url, page_path
from warta.feeds.fulltext import absolutize
from warta.feeds.queries import all_pages, distributable
from warta.images.renditions import renditions as renditions_of

RENDITIONS = {
    "thumbnail": "fill-480x270",
    "16x9": "fill-1200x675",
    "4x3": "fill-1200x900",
    "1x1": "fill-1200x1200",
}


def local(value):
    """Jakarta time to the second, so every time carries ``+07:00``."""
    return timezone.localtime(value).replace(microsecond=0) if value else None


def image(img, caption=""):
    if img is None:
        return None
    try:
        found = renditions_of(img, *RENDITIONS.values())
    except (SourceImageIOError, OSError):
        found = {}
    renditions = {
        name: {
            "url": absolute_url(found[spec].url),
            "width": found[spec].width,
            "height": found[spec].height,
        }
        for name, spec in RENDITIONS.items()
        if spec in found
    }
    return {
        "id": img.pk,
        "title": img.title,
        "credit": getattr(img, "credit", ""),
        "ai_generated": getattr(img, "ai_generated", False),
        "caption": caption or "",
        "width": img.width,
        "height": img.height,
        "renditions": renditions,
    }


def person_brief(person):
    if person is None:
        return None
    return {
        "slug": person.slug,
        "name": person.name,
        "url": absolute_url(person.get_absolute_url()),
    }


def person(who):
    return {
        **person_brief(who),
        "job_title": who.job_title,
        "bio": who.bio,
        "roles": [str(role.value) for role in who.roles],
        "photo": image(who.photo),
    }


def agency(who):
    if who is None:
        return None
    return {
        "slug": who.slug,
        "name": who.name,
        "code": who.code,
        "url": absolute_url(who.get_absolute_url()),
    }


def section(page):
    return {
        "id": page.pk,
        "slug": page.slug,
        "title": page.title,
        "url": absolute_url(page_path(page)),
    }


def sections_by_path(pages):
    """Each page's parent section, in one query."""
    parents = {page.path[: -page.steplen] for page in pages}
    found = Page.objects.filter(path__in=parents).only(
        "id", "slug", "title", "path", "url_path"
    )
    found = found.select_related(None)
    return {parent.path: section(parent) for parent in found}


def story(page, sections):
    return {
        "id": page.pk,
        "url": absolute_url(page_path(page)),
        "kicker": page.kicker,
        "title": page.title,
        "dek": page.dek,
        "section": sections.get(page.path[: -page.steplen]),
        "topics": [
            {"slug": item.tag.slug, "name": item.tag.name}
            for item in page.topic_items.all()
        ],
        "editor": person_brief(page.editor),
        "ai_uses": [ai_use(use) for use in page.ai_uses.all()],
        "first_published_at": local(page.first_published_at),
        "last_published_at": local(page.last_published_at),
        "updated_at": local(page.updated_at),
    }


def ai_use(use):
    return {
        "tool": use.tool,
        "task": use.task,
        "task_label": use.get_task_display(),
        "part": use.part,
        "checked_by": person_brief(use.checked_by),
    }


def article(page, sections, with_body=False):
    data = {
        **story(page, sections),
        "article_type": page.article_type,
        "label": page.type_label,
        "sponsored": page.is_advertorial,
        "dateline": page.dateline,
        "writers": [person_brief(who) for who in page.writers],
        "agency": agency(page.agency),
        "sign_off": page.sign_off,
        "lead_image": image(
            page.lead_image,
            " I ".join(p for p in (page.lead_caption_title, page.lead_caption) if p),
        ),
    }
    if with_body:
        data["body"] = [block(child) for child in page.body]
        data["needs_verification"] = page.needs_verification
        data["corrections"] = [correction(c) for c in page.public_corrections]
    return data


def correction(item):
    link = item.link_page
    return {
        "kind": item.kind,
        "kind_label": item.get_kind_display(),
        "published_at": local(item.published_at),
        "text": item.text,
        "link_url": absolute_url(page_path(link)) if link and link.live else "",
    }


def gallery(page, sections):
    return {
        **story(page, sections),
        "intro": page.intro,
        "photographer": person_brief(page.photographer),
        "photos": [
            {
                "caption_title": photo.caption_title,
                "caption": photo.caption,
                "image": image(photo.image, photo.caption),
            }
            for photo in page.photos.all()
        ],
    }


def video(page, sections):
    return {
        **story(page, sections),
        "description_html": absolutize(expand_db_html(page.description)),
        "duration": page.duration,
        "video_url": absolute_url(page.video_file.url) if page.video_file else "",
        "provider_url": page.provider_url,
        "poster": image(page.poster),
        "videographer": person_brief(page.videographer),
    }


# Body blocks ------------------------------------------------------------------


def block(child):
    value = BLOCKS.get(child.block_type, lambda v: {"text": strip_tags(str(v))})
    return {"type": child.block_type, "id": child.id, "value": value(child.value)}


def related(value):
    target = value["article"]
    if target is None:
        return {"article": None}
    visible = distributable(all_pages().filter(pk=target.pk)).exists()
    if not visible:  # an unpublished story's title must not leak
        return {"article": None}
    link = {"id": target.pk, "title": target.title}
    return {"article": {**link, "url": absolute_url(page_path(target))}}


BLOCKS = {
    "paragraph": lambda v: {"html": absolutize(str(v))},
    "heading": lambda v: {"text": str(v)},
    "quote": lambda v: {"text": v["text"], "attribution": v["attribution"]},
    "image": lambda v: {
        "image": image(v["image"], v["caption"]),
        "caption_title": v["caption_title"],
        "caption": v["caption"],
    },
    "embed": lambda v: {"url": getattr(v, "url", "") or ""},
    "related": related,
    "qa": lambda v: {"question": v["question"], "html": absolutize(str(v["answer"]))},
}
