"""Search and social metadata, the part every page type shares.

A page says what it is about through ``SeoMixin`` (``StorySeoMixin`` for
stories): ``seo_meta()`` gathers its description, canonical URL, share picture
and JSON-LD into one ``Meta`` for ``components/meta.html``, the way Django's
``Sitemap`` asks a model for ``get_absolute_url()``. The page types override
the few methods that differ (what their summary is, who is credited, which
schema.org type they are); this module knows no page type, only the plain
builders they share: absolute URLs, times, text, breadcrumbs and the JSON that
goes into ``<script type="application/ld+json">``.

Absolute URLs are always built on ``settings.WARTA_BASE_URL``, never on the
request's Host header: a client chooses that header, and a canonical URL or an
``og:url`` taken from it would let anyone poison caches and link previews.
"""

import html
import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.models import Site

from warta.core import paper
from warta.core.routing import ancestors, home_page

SCHEMA = "https://schema.org"
LANGUAGE = "id"
HOME_NAME = "Beranda"  # as the visible breadcrumbs say
HEADLINE_MAX = 110  # what Google shows of a NewsArticle headline
DESCRIPTION_MAX = 200  # search results show about 160 characters
OG_IMAGE = "fill-1200x630"  # the link-preview shape of Facebook, X, WhatsApp
LD_IMAGES = ("fill-1200x675", "fill-1200x900", "fill-1200x1200")  # 16:9, 4:3, 1:1
BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote|div)>|<br\s*/?>", re.I)
# Django's json_script escapes: nothing in the JSON can close the <script>.
SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


# Plain values -------------------------------------------------------------


def absolute_url(url):
    """``url`` on the public address, unless storage already made it absolute."""
    if not url or url.startswith(("http://", "https://")):
        return url or ""
    base = settings.WARTA_BASE_URL
    if url.startswith("//"):  # a protocol-relative CDN address
        return f"{urlsplit(base).scheme}:{url}"
    return base + ("" if url.startswith("/") else "/") + url


def iso_datetime(value):
    """ISO 8601 in the paper's time zone: ``2021-07-06T14:05:00+07:00``."""
    if not value:
        return ""
    local = timezone.localtime(value, timezone.get_default_timezone())
    return local.isoformat(timespec="seconds")


def plain_text(value, rich=False, limit=DESCRIPTION_MAX):
    """One line of text, tags stripped from rich text, cut at a word."""
    text = str(value or "")
    if rich:  # a space where a block ends, so paragraphs do not run together
        text = html.unescape(strip_tags(BLOCK_END.sub(" ", text)))
    return Truncator(" ".join(text.split())).chars(limit)


def headline(text):
    """A schema.org headline: cut to what search results show."""
    return Truncator(text).chars(HEADLINE_MAX)


def to_script_json(data):
    """JSON to place verbatim inside ``<script type="application/ld+json">``."""
    return json.dumps(data, ensure_ascii=False).translate(SCRIPT_SAFE)


def compact(data):
    """Drop empty values, so no property claims an empty string or list."""
    return {key: value for key, value in data.items() if value not in ("", [], None)}


def page_path(page, request=None):
    """The page's path on its site (``request`` only caches the site lookup)."""
    parts = page.get_url_parts(request)
    return parts[2] if parts and parts[2] else ""


def canonical_url(path, page_number=1):
    if not path:
        return ""
    suffix = f"?page={page_number}" if page_number and page_number > 1 else ""
    return absolute_url(path) + suffix


def paper_tagline():
    """The ``tagline`` of the default site's root page (the home page), if it
    is live and has one: what a page with nothing of its own to say shows."""
    site = Site.objects.filter(is_default_site=True).values("root_page_id").first()
    root = home_page(site["root_page_id"]) if site else None
    return getattr(root, "tagline", "") if root is not None and root.live else ""


# What a page says about itself -----------------------------------------------


@dataclass
class Picture:
    """The share image (1200x630) and the JSON-LD crops of one library image."""

    url: str
    width: int
    height: int
    alt: str
    variants: list


@dataclass
class Meta:
    title: str
    description: str = ""
    canonical: str = ""
    og_type: str = "website"
    image: Picture | None = None
    published: str = ""
    modified: str = ""
    section: str = ""
    tags: list = field(default_factory=list)
    author_urls: list = field(default_factory=list)
    json_ld: list = field(default_factory=list)
    site_name: str = field(default_factory=paper.name)  # Identitas koran's name


def picture_of(share, variants, alt):
    """A ``Picture`` from renditions: ``share`` at ``OG_IMAGE``, ``variants`` at
    ``LD_IMAGES`` (the image app makes them, see ``warta.images.seo``)."""
    return Picture(
        url=absolute_url(share.url),
        width=share.width,
        height=share.height,
        alt=plain_text(alt),
        variants=[absolute_url(rendition.url) for rendition in variants],
    )


def trail(page, request=None):
    """(name, absolute URL) from the home page down to ``page``, in one query."""
    above = [crumb for crumb in ancestors(page) if crumb.depth > 1]
    crumbs = []
    for position, crumb in enumerate([*above, page]):
        path = page_path(crumb, request)
        if path:
            crumbs.append((crumb.title if position else HOME_NAME, absolute_url(path)))
    return crumbs


def basic_meta(page, request=None, page_number=1):
    """What any Wagtail page says: for a page type without ``SeoMixin``."""
    crumbs = trail(page, request)
    return Meta(
        title=page.seo_title or page.title,
        description=plain_text(page.search_description) or plain_text(paper_tagline()),
        canonical=canonical_url(page_path(page, request), page_number),
        json_ld=[breadcrumb_list(crumbs)] if len(crumbs) > 1 else [],
        site_name=paper.name(request),
    )


def listing_meta(title, description, url, json_ld=()):
    """A listing outside the page tree (a writer's, a topic's): Beranda > it."""
    crumbs = [(HOME_NAME, absolute_url("/")), (title, url)]
    return Meta(
        title=title,
        description=description,
        canonical=url,
        json_ld=[*json_ld, breadcrumb_list(crumbs)],
    )


class SeoMixin:
    """A page's metadata; page types override ``seo_summary``, ``seo_picture``
    and ``structured_data`` (or ``seo_meta`` itself)."""

    def seo_summary(self):
        """The page's own one-line summary (its dek, its intro), or ""."""
        return ""

    def seo_description(self):
        """search_description, else the page's summary, else the paper's tagline."""
        return (
            plain_text(self.search_description)
            or self.seo_summary()
            or plain_text(paper_tagline())
        )

    def seo_picture(self):
        """The share ``Picture`` (see ``warta.images.seo``), or None."""
        return None

    def structured_data(self, meta, crumbs):
        """The page's JSON-LD objects: its breadcrumbs below the home page."""
        return [breadcrumb_list(crumbs)] if len(crumbs) > 1 else []

    def seo_meta(self, request=None, page_number=1):
        crumbs = trail(self, request)
        meta = self.page_meta(request, page_number)
        meta.json_ld = self.structured_data(meta, crumbs)
        return meta

    def page_meta(self, request, page_number, **more):
        """What every page's head says: title, description, canonical URL and
        share picture, plus ``more`` (a story's times, section and topics)."""
        return Meta(
            title=self.seo_title or self.title,
            description=self.seo_description(),
            canonical=canonical_url(page_path(self, request), page_number),
            image=self.seo_picture(),
            site_name=paper.name(request),
            **more,
        )


class StorySeoMixin(SeoMixin):
    """A story (``warta.core.models.StoryPage``): an ``og:type`` article with
    its times, section, topics and credits; its type's schema.org object
    (``story_schema``) and its breadcrumbs."""

    def seo_summary(self):
        return plain_text(self.dek)

    def seo_credits(self):
        """Who the story is credited to (people or agencies, see ``credit``)."""
        return []

    def seo_modified(self):
        """The story's last change for a reader: an update, a publish, a correction."""
        if hasattr(self, "modified_at"):
            return self.modified_at
        return self.updated_at or self.last_published_at

    def story_schema(self, meta, authors):
        """The story's main JSON-LD object; the page types say which."""
        raise NotImplementedError

    def seo_meta(self, request=None, page_number=1):
        crumbs = trail(self, request)
        meta = self.page_meta(
            request,
            page_number,
            og_type="article",
            published=iso_datetime(self.published_at),
            modified=iso_datetime(self.seo_modified()),
            section=crumbs[-2][0] if len(crumbs) > 2 else "",
            tags=[topic.name for topic in self.topic_list],
        )
        authors = self.seo_credits()
        meta.author_urls = [absolute_url(who.get_absolute_url()) for who in authors]
        meta.json_ld = [self.story_schema(meta, authors), breadcrumb_list(crumbs)]
        return meta

    def creative_work(self, meta, authors):
        """What every story type says the same way: credits, publisher, topics."""
        editor = self.editor
        return {
            "mainEntityOfPage": {"@type": "WebPage", "@id": meta.canonical},
            "url": meta.canonical,
            "description": meta.description,
            "author": [who.schema_credit() for who in authors],
            "editor": editor.schema_credit() if editor else None,
            "publisher": publisher(),
            "keywords": meta.tags,
            "inLanguage": LANGUAGE,
            "creditText": ai_credit(self),
        }


# JSON-LD builders: plain dicts ------------------------------------------------


def ai_credit(page):
    """What AI did in the story and who checked it (Peraturan Dewan Pers
    1/2025; ``warta.trust.models.AIUse``) as one text, or None."""
    uses = page.ai_use_list
    lines = [
        f"{use.get_task_display()} dengan {use.tool}: {use.part}"
        + (f" (diperiksa {use.checked_by.name})" if use.checked_by else "")
        for use in uses
    ]
    return "; ".join(lines) or None


def credit(who, schema_type="Person", same_as=()):
    """A writer as a Person, an agency as an Organization, linked to its profile
    (``schema_credit()`` of ``warta.people``'s models)."""
    data = {
        "@type": schema_type,
        "name": who.name,
        "url": absolute_url(who.get_absolute_url()),
    }
    if same_as:
        data["sameAs"] = list(same_as)
    return data


def organization(request=None):
    """The paper as its identity names it (``warta.core.paper``), with the
    logo Google shows beside its stories."""
    current = paper.current(request)
    return compact(
        {
            "@context": SCHEMA,
            "@type": "Organization",
            "name": current.name,
            "url": absolute_url("/"),
            "logo": absolute_url(current.logo_url),
        }
    )


def publisher(request=None):
    data = organization(request)
    return {key: value for key, value in data.items() if key != "@context"}


def breadcrumb_list(crumbs):
    return {
        "@context": SCHEMA,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(crumbs, start=1)
        ],
    }
