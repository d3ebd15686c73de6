"""Images for imported stories, read from local files only.

A WordPress export names its uploads by URL (``…/wp-content/uploads/2019/05/
foto.jpg``); the files come from ``--media-dir``, a copy of that uploads folder
(``DIR/2019/05/foto.jpg``; ``DIR/wp-content/uploads/…`` and ``DIR/uploads/…``
work too). Nothing is downloaded. A file is checked like an upload in the admin:
allowed extension, at most ``WAGTAILIMAGES_MAX_UPLOAD_SIZE`` bytes and
``WAGTAILIMAGES_MAX_IMAGE_PIXELS`` pixels, decoded in full.
"""

import re
from pathlib import Path
from urllib.parse import unquote, urlparse

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile

from warta.images.forms import checked_upload
from warta.images.models import WartaImage

UPLOADS = re.compile(r"/wp-content/uploads/(.+)$")
SIZED = re.compile(r"-\d{2,5}x\d{2,5}(\.\w+)$")  # foto-300x200.jpg: a resized copy


class MediaError(Exception):
    pass


def upload_path(url_or_path):
    """``2019/05/foto.jpg`` for an uploads URL, else the path as given."""
    path = unquote(urlparse(url_or_path or "").path)
    match = UPLOADS.search(path)
    return (match[1] if match else path).lstrip("/")


def find_file(media_dir, relative):
    """The file under ``media_dir`` for ``relative``, never a path outside it."""
    if not media_dir or not relative:
        return None
    root = Path(media_dir).resolve()
    names = [relative]
    if SIZED.search(relative):
        names.append(SIZED.sub(r"\1", relative))
    for name in names:
        for prefix in ("", "wp-content/uploads/", "uploads/"):
            candidate = (root / (prefix + name)).resolve()
            if candidate.is_relative_to(root) and candidate.is_file():
                return candidate
    return None


def image_from_file(path, title, credit=""):
    """A ``WartaImage`` from a file, after the image form's own checks."""
    if path.stat().st_size > settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE:
        raise MediaError(f"{path.name}: berkas terlalu besar")
    try:
        upload = checked_upload(path.read_bytes(), path.name)
    except ValidationError as error:
        raise MediaError(f"{path.name}: {' '.join(error.messages)}") from None
    image = WartaImage(title=(title or path.stem)[:255], credit=(credit or "")[:255])
    image.file = ImageFile(upload, name=path.name)
    image.save()
    return image
