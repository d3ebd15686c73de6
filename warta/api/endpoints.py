"""The read-only API: sections, articles, galleries, videos and people.

Everything comes through ``distributable``: nothing unpublished, embargoed,
expired or behind a view restriction. Lists take ``limit`` (1–100) and
``offset``; bad parameters are 422 answers in JSON, unknown ids 404.
"""

import re
from datetime import datetime
from typing import Annotated

from django.conf import settings
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.http import http_date
from ninja import Path, Query, Router, Schema
from ninja.errors import HttpError
from pydantic import Field, field_validator
from wagtail.images import get_image_model

from warta.api import schemas as S
from warta.api import serializers as out
from warta.api.conditional import ConditionalNinjaAPI
from warta.articles.models import ArticlePage
from warta.core.listing import children_of
from warta.feeds.queries import distributable, newest
from warta.multimedia.models import PhotoGalleryPage, VideoPage
from warta.people.models import Person
from warta.sections.models import HomePage, SectionPage

SLUG = r"^[-\w]{1,120}$"
EARLIEST, LATEST = 1900, 2200  # dates outside are mistakes, not queries

api = ConditionalNinjaAPI(
    title=f"{settings.WARTA_SITE_NAME} API",
    version="1",
    description=(
        "Read-only API of the paper's published stories. Body blocks have a "
        "`type` and a `value`: paragraph {html}, heading {text}, quote {text, "
        "attribution}, image {image, caption_title, caption}, embed {url}, "
        "related {article: {id, title, url} | null}, qa {question, html}. "
        "Times carry the Jakarta offset. Every 200 answer has an ETag; send it "
        "back in If-None-Match for a 304."
    ),
    urls_namespace="api",
    docs_url=None,  # Swagger UI would load its assets from a CDN
)
router = Router()


class Page(Schema):
    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0, le=1_000_000)


class StoryFilter(Page):
    section: str | None = Field(None, pattern=SLUG, description="rubrik slug")
    topic: str | None = Field(None, pattern=SLUG, description="topic slug")
    since: datetime | None = Field(None, description="first published at or after")
    until: datetime | None = Field(None, description="first published before")

    @field_validator("since", "until")
    @classmethod
    def plausible(cls, value):
        if value is not None and not EARLIEST <= value.year <= LATEST:
            raise ValueError(f"year must be between {EARLIEST} and {LATEST}")
        return value


class ArticleFilter(StoryFilter):
    writer: str | None = Field(None, pattern=SLUG, description="writer slug")


def home():
    return HomePage.objects.live().first()


def sections():
    root = home()
    if root is None:
        return SectionPage.objects.none()
    return distributable(SectionPage.rows().child_of(root)).order_by("path")


def image_prefetch(field):
    renditions = (
        get_image_model()
        .get_rendition_model()
        .objects.filter(filter_spec__in=list(out.RENDITIONS.values()))
    )
    return Prefetch(f"{field}__renditions", queryset=renditions)


def filtered(queryset, filters):
    if filters.section:
        section = sections().filter(slug=filters.section).first()
        if section is None:
            return queryset.none()
        queryset = children_of(queryset, section)
    if filters.topic:
        queryset = queryset.filter(topic_items__tag__slug=filters.topic)
    if filters.since:
        queryset = queryset.filter(first_published_at__gte=filters.since)
    if filters.until:
        queryset = queryset.filter(first_published_at__lt=filters.until)
    if getattr(filters, "writer", None):
        queryset = queryset.filter(writer_links__person__slug=filters.writer)
    return queryset


def paginated(queryset, filters, serialize):
    count = queryset.count()
    pages = list(queryset[filters.offset : filters.offset + filters.limit])
    found = out.sections_by_path(pages)
    return {
        "count": count,
        "limit": filters.limit,
        "offset": filters.offset,
        "items": [serialize(page, found) for page in pages],
    }


def detail(queryset, pk, response, serialize):
    page = get_object_or_404(queryset, pk=pk)
    stamp = page.updated_at or page.last_published_at
    if page.last_published_at and stamp:
        stamp = max(stamp, page.last_published_at)
    corrected = getattr(page, "modified_at", None)  # a correction is a change
    if corrected and stamp:
        stamp = max(stamp, corrected)
    if stamp:
        response["Last-Modified"] = http_date(stamp.timestamp())
    return serialize(page, out.sections_by_path([page]))


# Sections ---------------------------------------------------------------------


@router.get("/sections", response=list[S.Section], tags=["sections"])
def list_sections(request):
    return [out.section(page) for page in sections()]


# Every story's AI record (``serializers.ai_use``), with its checking editor.
AI_USES = "ai_uses__checked_by"

# Articles ---------------------------------------------------------------------


def articles():
    return (
        newest(distributable(ArticlePage.objects.all()))
        .select_related("lead_image", "agency", "editor")
        .prefetch_related(
            "writer_links__person",
            "topic_items__tag",
            image_prefetch("lead_image"),
            AI_USES,
        )
    )


StoryId = Annotated[int, Path(ge=1, le=2**53)]


@router.get("/articles", response=S.page_of(S.ArticleSummary), tags=["articles"])
def list_articles(request, filters: Query[ArticleFilter]):
    queryset = filtered(articles().defer_streamfields(), filters)
    return paginated(queryset, filters, out.article)


@router.get(
    "/articles/{article_id}",
    response={200: S.Article, 404: S.ErrorOut},
    tags=["articles"],
)
def get_article(request, response: HttpResponse, article_id: StoryId):
    return detail(
        articles(),
        article_id,
        response,
        lambda page, found: out.article(page, found, with_body=True),
    )


# Galleries and videos ---------------------------------------------------------


def galleries():
    photos = Prefetch(
        "photos",
        queryset=PhotoGalleryPage.photos.rel.related_model.objects.select_related(
            "image"
        ).prefetch_related(image_prefetch("image")),
    )
    return (
        newest(distributable(PhotoGalleryPage.objects.all()))
        .select_related("editor", "photographer")
        .prefetch_related("topic_items__tag", photos, AI_USES)
    )


@router.get("/galleries", response=S.page_of(S.Gallery), tags=["galleries"])
def list_galleries(request, filters: Query[StoryFilter]):
    return paginated(filtered(galleries(), filters), filters, out.gallery)


@router.get(
    "/galleries/{gallery_id}",
    response={200: S.Gallery, 404: S.ErrorOut},
    tags=["galleries"],
)
def get_gallery(request, response: HttpResponse, gallery_id: StoryId):
    return detail(galleries(), gallery_id, response, out.gallery)


def videos():
    return (
        newest(distributable(VideoPage.objects.all()))
        .select_related("editor", "videographer", "poster", "video_file")
        .prefetch_related("topic_items__tag", image_prefetch("poster"), AI_USES)
    )


@router.get("/videos", response=S.page_of(S.Video), tags=["videos"])
def list_videos(request, filters: Query[StoryFilter]):
    return paginated(filtered(videos(), filters), filters, out.video)


@router.get(
    "/videos/{video_id}",
    response={200: S.Video, 404: S.ErrorOut},
    tags=["videos"],
)
def get_video(request, response: HttpResponse, video_id: StoryId):
    return detail(videos(), video_id, response, out.video)


# People -----------------------------------------------------------------------


class PeoplePage(Page):
    role: str | None = Field(None, pattern=r"^(writer|editor|photographer|columnist)$")


@router.get("/people", response=S.page_of(S.Person), tags=["people"])
def list_people(request, filters: Query[PeoplePage]):
    people = Person.objects.select_related("photo").order_by("name", "pk")
    if filters.role:
        people = people.filter(**{f"is_{filters.role}": True})
    count = people.count()
    chunk = people[filters.offset : filters.offset + filters.limit]
    return {
        "count": count,
        "limit": filters.limit,
        "offset": filters.offset,
        "items": [out.person(who) for who in chunk],
    }


@router.get(
    "/people/{slug}", response={200: S.Person, 404: S.ErrorOut}, tags=["people"]
)
def get_person(request, slug: str):
    if not re.match(SLUG, slug):
        raise HttpError(404, "Not Found")
    return out.person(
        get_object_or_404(Person.objects.select_related("photo"), slug=slug)
    )


api.add_router("/", router)
