"""Search and social metadata: description, canonical URL, Open Graph, JSON-LD.

``meta_for_page`` and its siblings gather what a reader page says about itself
into one ``Meta`` in a fixed number of queries (the writers in one, the image
renditions in one); the JSON-LD builders below it are plain functions of that
data and return plain dicts, so they are easy to test and to reuse in feeds.

Absolute URLs are always built on ``settings.WARTA_BASE_URL``, never on the
request's Host header: a client chooses that header, and a canonical URL or an
``og:url`` taken from it would let anyone poison caches and link previews.
"""

import html
import json
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.images.models import SourceImageIOError

from warta.articles.models import ArticlePage
from warta.core.models import StoryPage
from warta.core.routing import ancestors
from warta.images.renditions import renditions
from warta.multimedia.models import VideoPage
from warta.people.models import Agency
from warta.sections.models import HomePage

SCHEMA = "https://schema.org"
LANGUAGE = "id"
HOME_NAME = "Beranda"  # as the visible breadcrumbs say
HEADLINE_MAX = 110  # what Google shows of a NewsArticle headline
DESCRIPTION_MAX = 200  # search results show about 160 characters
OG_IMAGE = "fill-1200x630"  # the link-preview shape of Facebook, X, WhatsApp
LD_IMAGES = ("fill-1200x675", "fill-1200x900", "fill-1200x1200")  # 16:9, 4:3, 1:1
SEARCH_PATH = "/cari/?q={search_term_string}"
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


def to_script_json(data):
    """JSON to place verbatim inside ``<script type="application/ld+json">``."""
    return json.dumps(data, ensure_ascii=False).translate(SCRIPT_SAFE)


def iso_duration(text):
    """ "03:42" or "1:03:42" as ISO 8601 (``PT3M42S``); "" if unreadable."""
    if not re.fullmatch(r"\d{1,3}(:\d{1,2}){1,2}", text or ""):
        return ""
    hours, minutes, seconds = ([0] + [int(p) for p in text.split(":")])[-3:]
    parts = [(hours, "H"), (minutes, "M"), (seconds, "S")]
    body = "".join(f"{number}{unit}" for number, unit in parts if number)
    return f"PT{body or '0S'}"


def embed_url(provider_url):
    """The player address of a YouTube or Vimeo link, which VideoObject wants."""
    parts = urlsplit(provider_url or "")
    host = parts.netloc.lower().removeprefix("www.").removeprefix("m.")
    video_id = ""
    if host == "youtube.com" and parts.path == "/watch":
        video_id = parse_qs(parts.query).get("v", [""])[0]
    elif host == "youtu.be":
        video_id = parts.path.strip("/")
    elif host == "vimeo.com" and parts.path.strip("/").isdigit():
        return f"https://player.vimeo.com/video/{parts.path.strip('/')}"
    if re.fullmatch(r"[\w-]+", video_id):
        return f"https://www.youtube.com/embed/{video_id}"
    return ""


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
    site_name: str = field(default_factory=lambda: settings.WARTA_SITE_NAME)


def picture(image, alt=""):
    """All renditions in one query; no picture when the source file is missing."""
    if image is None:
        return None
    try:
        found = list(renditions(image, OG_IMAGE, *LD_IMAGES).values())
    except SourceImageIOError:
        return None
    share = found[0]
    return Picture(
        url=absolute_url(share.url),
        width=share.width,
        height=share.height,
        alt=plain_text(alt or image.title),
        variants=[absolute_url(rendition.url) for rendition in found[1:]],
    )


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
    return HomePage.objects.live().values_list("tagline", flat=True).first() or ""


def page_description(page):
    """search_description, else the dek or intro, else the paper's tagline."""
    for value, rich in (
        (page.search_description, False),
        (getattr(page, "dek", ""), False),
        (getattr(page, "intro", ""), False),
        (getattr(page, "description", ""), True),
    ):
        if text := plain_text(value, rich=rich):
            return text
    return plain_text(paper_tagline())


def trail(page, request=None):
    """(name, absolute URL) from the home page down to ``page``, in one query."""
    above = [crumb for crumb in ancestors(page) if crumb.depth > 1]
    crumbs = []
    for position, crumb in enumerate([*above, page]):
        path = page_path(crumb, request)
        if path:
            crumbs.append((crumb.title if position else HOME_NAME, absolute_url(path)))
    return crumbs


def story_authors(page):
    """Who a story is credited to: staff writers (one query), else the agency."""
    if isinstance(page, ArticlePage):
        return page.byline
    for name in ("photographer", "videographer"):
        if who := getattr(page, name, None):
            return [who]
    return []


def meta_for_page(page, request=None, page_number=1):
    if isinstance(page, HomePage):
        return home_meta(page, request)
    url = canonical_url(page_path(page, request), page_number)
    crumbs = trail(page, request)
    if isinstance(page, StoryPage):
        return story_meta(page, url, crumbs)
    return Meta(
        title=page.seo_title or page.title,
        description=page_description(page),
        canonical=url,
        image=picture(getattr(page, "card_image", None)),
        json_ld=[breadcrumb_list(crumbs)] if len(crumbs) > 1 else [],
    )


def home_meta(page, request=None):
    return Meta(
        title=settings.WARTA_SITE_NAME,
        description=plain_text(page.search_description or page.tagline),
        canonical=canonical_url(page_path(page, request) or "/"),
        json_ld=[website(), organization()],
    )


def story_meta(page, url, crumbs):
    image = page.card_image
    alt = getattr(page, "lead_caption", "")
    section = crumbs[-2][0] if len(crumbs) > 2 else ""
    meta = Meta(
        title=page.seo_title or page.title,
        description=page_description(page),
        canonical=url,
        og_type="article",
        image=picture(image, alt),
        published=iso_datetime(page.published_at),
        modified=iso_datetime(modified_at(page)),
        section=section,
        tags=[topic.name for topic in page.topic_list],
    )
    authors = story_authors(page)
    meta.author_urls = [absolute_url(who.get_absolute_url()) for who in authors]
    main = video_object if isinstance(page, VideoPage) else news_article
    if hasattr(page, "live_updates"):  # warta.trust's LiveReportPage
        main = live_blog_posting
    meta.json_ld = [main(page, meta, authors), breadcrumb_list(crumbs)]
    return meta


def modified_at(page):
    """The story's last change for a reader: an update, a publish, a correction."""
    if hasattr(page, "modified_at"):
        return page.modified_at
    return page.updated_at or page.last_published_at


def meta_for_person(person, page_number=1):
    url = canonical_url(person.get_absolute_url(), page_number)
    description = plain_text(person.bio or person.job_title) or paper_tagline()
    profile = {
        "@context": SCHEMA,
        "@type": "ProfilePage",
        "url": url,
        "mainEntity": compact({**credit(person), "jobTitle": person.job_title}),
    }
    return _listing_meta(person.name, description, url, [profile])


def meta_for_agency(agency, page_number=1):
    url = canonical_url(agency.get_absolute_url(), page_number)
    description = plain_text(agency.description) or paper_tagline()
    return _listing_meta(agency.name, description, url)


def meta_for_topic(topic, page_number=1):
    path = reverse("articles:topic", args=[topic.slug])
    url = canonical_url(path, page_number)
    names = {"topic": topic.name, "paper": settings.WARTA_SITE_NAME}
    title = _("Topik: %(topic)s") % names
    description = _("Berita tentang %(topic)s dari %(paper)s.") % names
    return _listing_meta(title, description, url)


def _listing_meta(title, description, url, json_ld=()):
    crumbs = [(HOME_NAME, absolute_url("/")), (title, url)]
    return Meta(
        title=title,
        description=description,
        canonical=url,
        json_ld=[*json_ld, breadcrumb_list(crumbs)],
    )


# JSON-LD builders: plain dicts ------------------------------------------------


def compact(data):
    """Drop empty values, so no property claims an empty string or list."""
    return {key: value for key, value in data.items() if value not in ("", [], None)}


def credit(who):
    """A writer as a Person, an agency as an Organization, linked to its profile."""
    data = {
        "@type": "Organization" if isinstance(who, Agency) else "Person",
        "name": who.name,
        "url": absolute_url(who.get_absolute_url()),
    }
    if isinstance(who, Agency) and who.url:
        data["sameAs"] = [who.url]
    return data


def organization():
    return {
        "@context": SCHEMA,
        "@type": "Organization",
        "name": settings.WARTA_SITE_NAME,
        "url": absolute_url("/"),
    }


def publisher():
    return {key: value for key, value in organization().items() if key != "@context"}


def website():
    return {
        "@context": SCHEMA,
        "@type": "WebSite",
        "name": settings.WARTA_SITE_NAME,
        "url": absolute_url("/"),
        "inLanguage": LANGUAGE,
        "potentialAction": {
            "@type": "SearchAction",
            "target": absolute_url(SEARCH_PATH),
            "query-input": "required name=search_term_string",
        },
    }


def breadcrumb_list(crumbs):
    return {
        "@context": SCHEMA,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(crumbs, start=1)
        ],
    }


def _creative_work(page, meta, authors):
    """What every story type says the same way: credits, publisher, topics."""
    editor = page.editor
    return {
        "mainEntityOfPage": {"@type": "WebPage", "@id": meta.canonical},
        "url": meta.canonical,
        "description": meta.description,
        "author": [credit(who) for who in authors],
        "editor": credit(editor) if editor else None,
        "publisher": publisher(),
        "keywords": meta.tags,
        "inLanguage": LANGUAGE,
    }


def article_schema_type(page):
    """NewsArticle; an advertorial is schema.org's AdvertiserContentArticle."""
    if getattr(page, "is_advertorial", False):
        return "AdvertiserContentArticle"
    return "NewsArticle"


def news_article(page, meta, authors):
    """Articles, galleries and infographics: a NewsArticle."""
    return compact(
        {
            "@context": SCHEMA,
            "@type": article_schema_type(page),
            "genre": page.type_label if getattr(page, "is_advertorial", False) else "",
            "headline": Truncator(page.title).chars(HEADLINE_MAX),
            "image": meta.image.variants if meta.image else [],
            "datePublished": meta.published,
            "dateModified": meta.modified or meta.published,
            "articleSection": meta.section,
            **_creative_work(page, meta, authors),
        }
    )


def live_blog_posting(page, meta, authors):
    """A live report: LiveBlogPosting with its updates, newest first."""
    data = news_article(page, meta, authors)
    updates = page.updates
    data.update(
        {
            "@type": "LiveBlogPosting",
            "coverageStartTime": iso_datetime(page.coverage_start),
            "liveBlogUpdate": [
                compact(
                    {
                        "@type": "BlogPosting",
                        "headline": Truncator(
                            update.title or plain_text(update.body, rich=True)
                        ).chars(HEADLINE_MAX),
                        "datePublished": iso_datetime(update.posted_at),
                        "url": f"{meta.canonical}#{update.anchor}",
                        "articleBody": plain_text(update.body, rich=True, limit=5000),
                    }
                )
                for update in updates
            ],
        }
    )
    if page.coverage_end:
        data["coverageEndTime"] = iso_datetime(page.coverage_end)
    if updates and iso_datetime(updates[0].posted_at) > data.get("dateModified", ""):
        data["dateModified"] = iso_datetime(updates[0].posted_at)
    return data


def video_object(page, meta, authors):
    """A VideoObject: the uploaded file as contentUrl, a provider's player embed."""
    return compact(
        {
            "@context": SCHEMA,
            "@type": "VideoObject",
            "name": page.title,
            "thumbnailUrl": meta.image.variants if meta.image else [],
            "uploadDate": meta.published,
            "duration": iso_duration(page.duration),
            "contentUrl": absolute_url(page.video_file.url) if page.video_file else "",
            "embedUrl": embed_url(page.provider_url),
            **_creative_work(page, meta, authors),
            "description": meta.description or page.title,
        }
    )
