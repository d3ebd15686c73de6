"""What the media desks' stories say to search engines (``warta.core.seo``):
a gallery and an infographic are NewsArticles, a video a VideoObject with its
file as ``contentUrl`` and a provider's player as ``embedUrl``."""

import re
from urllib.parse import parse_qs, urlsplit

from warta.articles.seo import NewsArticleSeoMixin
from warta.core import seo
from warta.images.seo import CardPictureMixin


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


def video_object(page, meta, authors):
    """A VideoObject: the uploaded file as contentUrl, a provider's player embed."""
    video_file = page.video_file
    return seo.compact(
        {
            "@context": seo.SCHEMA,
            "@type": "VideoObject",
            "name": page.title,
            "thumbnailUrl": meta.image.variants if meta.image else [],
            "uploadDate": meta.published,
            "duration": iso_duration(page.duration),
            "contentUrl": seo.absolute_url(video_file.url) if video_file else "",
            "embedUrl": embed_url(page.provider_url),
            **page.creative_work(meta, authors),
            "description": meta.description or page.title,
        }
    )


class GallerySeoMixin(NewsArticleSeoMixin):
    def seo_summary(self):
        return super().seo_summary() or seo.plain_text(self.intro)

    def seo_credits(self):
        return [self.photographer] if self.photographer else []


class InfographicSeoMixin(NewsArticleSeoMixin):
    """A NewsArticle credited to no one but its editor."""


class VideoSeoMixin(CardPictureMixin, seo.StorySeoMixin):
    def seo_summary(self):
        return super().seo_summary() or seo.plain_text(self.description, rich=True)

    def seo_credits(self):
        return [self.videographer] if self.videographer else []

    def story_schema(self, meta, authors):
        return video_object(self, meta, authors)
