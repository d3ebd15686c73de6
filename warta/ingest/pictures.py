"""Agency pictures into the image library, through the upload form's own checks.

A picture is read like a feed (bounded, with a timeout; local files only for
local feeds), then given to ``SafeImageField`` — the field behind the admin's
upload form — so it passes the same tests an editor's upload does: a known
format whose name matches its content, at most ``WAGTAILIMAGES_MAX_UPLOAD_SIZE``
and ``WAGTAILIMAGES_MAX_IMAGE_PIXELS``, decoded in full.
"""

import io
from pathlib import PurePosixPath
from urllib.parse import urlparse

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.utils.text import slugify
from PIL import Image as PILImage

from warta.images.forms import checked_upload
from warta.images.models import WartaImage
from warta.ingest import sources

EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp", "AVIF": "avif"}


class PictureError(Exception):
    pass


def _limit():
    return min(
        sources.max_bytes(),
        settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE,
    )


def fetch(picture):
    """The picture's bytes, or ``PictureError`` saying why not."""
    if not picture.url:
        raise PictureError("foto tanpa alamat")
    try:
        return sources.read(
            picture.url, limit=_limit(), allow_local=picture.local_ok
        ).data
    except sources.SourceError as error:
        raise PictureError(f"foto {short(picture.url)}: {error}") from None


def short(url):
    return url if len(url) <= 80 else url[:77] + "…"


def validated_upload(data, url, title):
    """A checked upload (``SimpleUploadedFile``) named after its real format."""
    try:
        with PILImage.open(io.BytesIO(data)) as probe:
            kind = probe.format
    except (OSError, SyntaxError, ValueError, PILImage.DecompressionBombError):
        raise PictureError(f"foto {short(url)}: bukan gambar yang terbaca") from None
    extension = EXTENSIONS.get(kind or "")
    if extension is None:
        raise PictureError(f"foto {short(url)}: format {kind} tidak diterima")
    stem = slugify(PurePosixPath(urlparse(url).path).stem)[:40] or slugify(title)[:40]
    try:
        return checked_upload(data, f"{stem or 'foto-kawat'}.{extension}")
    except ValidationError as error:
        raise PictureError(f"foto {short(url)}: {' '.join(error.messages)}") from None


def store(picture, fallback_title):
    """A new ``WartaImage`` with the picture's credit."""
    data = fetch(picture)
    title = (picture.caption_title or picture.caption or fallback_title)[:255]
    upload = validated_upload(data, picture.url, title)
    image = WartaImage(title=title or "Foto kawat", credit=picture.credit[:255])
    image.file = ImageFile(upload, name=upload.name)
    image.save()
    return image
