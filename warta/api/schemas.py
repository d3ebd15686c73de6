"""The API's documented shapes (they become the OpenAPI schema)."""

from datetime import datetime
from typing import Any

from ninja import Schema


class Rendition(Schema):
    url: str
    width: int
    height: int


class Image(Schema):
    id: int
    title: str
    credit: str
    ai_generated: bool
    caption: str
    width: int
    height: int
    renditions: dict[str, Rendition]


class Section(Schema):
    id: int
    slug: str
    title: str
    url: str


class Topic(Schema):
    slug: str
    name: str


class PersonBrief(Schema):
    slug: str
    name: str
    url: str


class Person(PersonBrief):
    job_title: str
    bio: str
    roles: list[str]
    photo: Image | None


class Agency(Schema):
    slug: str
    name: str
    code: str
    url: str


class Block(Schema):
    """One body block; ``value`` depends on ``type`` (see the API description)."""

    type: str
    id: str | None
    value: dict[str, Any]


class AIUse(Schema):
    """An AI assistance recorded on the story (Peraturan Dewan Pers 1/2025)."""

    tool: str
    task: str
    task_label: str
    part: str
    checked_by: PersonBrief | None


class StoryBase(Schema):
    id: int
    url: str
    kicker: str
    title: str
    dek: str
    section: Section | None
    topics: list[Topic]
    editor: PersonBrief | None
    ai_uses: list[AIUse]
    first_published_at: datetime | None
    last_published_at: datetime | None
    updated_at: datetime | None


class Correction(Schema):
    kind: str
    kind_label: str
    published_at: datetime
    text: str
    link_url: str


class ArticleSummary(StoryBase):
    article_type: str
    label: str
    sponsored: bool
    dateline: str
    writers: list[PersonBrief]
    agency: Agency | None
    sign_off: str
    lead_image: Image | None


class Article(ArticleSummary):
    body: list[Block]
    needs_verification: bool
    corrections: list[Correction]


class Photo(Schema):
    caption_title: str
    caption: str
    image: Image | None


class Gallery(StoryBase):
    intro: str
    photographer: PersonBrief | None
    photos: list[Photo]


class Video(StoryBase):
    description_html: str
    duration: str
    video_url: str
    provider_url: str
    poster: Image | None
    videographer: PersonBrief | None


class ErrorOut(Schema):
    detail: Any


def page_of(item_schema):
    """A paginated list of ``item_schema``: count, limit, offset and items."""
    return type(
        f"{item_schema.__name__}Page",
        (Schema,),
        {
            "__annotations__": {
                "count": int,
                "limit": int,
                "offset": int,
                "items": list[item_schema],
            }
        },
    )
