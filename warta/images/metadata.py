"""Photos lose their metadata when they are stored: no GPS, camera or Artist.

A camera or phone writes where and with what a picture was taken (EXIF GPS,
make, model, serial, Artist, XMP, comments) into the file. Left in, it is
published with the original at a predictable URL, and Willow copies the EXIF
block into every rendition. So every new original is re-encoded once, at
save (``WartaImage.save``), without it: the EXIF orientation is applied first
(the picture stays upright once the tag is gone), the ICC colour profile is
kept (colours stay right), and the credit lives in our own field. Renditions
are made from the clean original, so they carry nothing either.

Single-frame JPEG, PNG and WebP are cleaned; animated files and other
formats are left as they came (re-encoding frames would cost more than the
metadata is worth there). ``warta strip_image_metadata`` cleans originals
stored before this existed.
"""

import io
import os

from django.core.files.base import ContentFile
from PIL import Image, ImageOps
from wagtail.utils.file import hash_filelike

FORMATS = {"JPEG", "PNG", "WEBP", "MPO"}
META_KEYS = ("exif", "xmp", "XML:com.adobe.xmp", "comment", "photoshop", "iptc")
JPEG_QUALITY = 92  # a rotated picture must be encoded again


def has_metadata(picture):
    if picture.getexif():
        return True
    if any(key in picture.info for key in META_KEYS):
        return True
    return bool(getattr(picture, "text", None))  # PNG tEXt/iTXt chunks


def cleaned(data):
    """``(bytes, (width, height))`` of the picture without its metadata, or
    None when there is nothing to take out (or it is not ours to re-encode)."""
    try:
        return _cleaned(data)
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return None  # not a picture we can read: the upload checks say so


def _cleaned(data):
    with Image.open(io.BytesIO(data)) as picture:
        if picture.format not in FORMATS or getattr(picture, "n_frames", 1) > 1:
            return None
        if not has_metadata(picture):
            return None
        icc = picture.info.get("icc_profile")
        upright = picture.getexif().get(0x0112, 1) in (None, 0, 1)
        out = picture if upright else ImageOps.exif_transpose(picture)
        out.info = {}  # nothing of the old file's is written again
        params = {"icc_profile": icc} if icc else {}
        buffer = io.BytesIO()
        if picture.format in ("JPEG", "MPO"):
            quality = "keep" if out is picture and picture.format == "JPEG" else None
            out.save(buffer, "JPEG", quality=quality or JPEG_QUALITY, **params)
        elif picture.format == "PNG":
            out.save(buffer, "PNG", **params)
        else:
            out.save(buffer, "WEBP", quality=90, **params)
        return buffer.getvalue(), out.size


def strip(image):
    """Take the metadata out of ``image``'s file before it is saved (a new
    upload, or a file already written to storage by Wagtail's multiple upload),
    and set its size, dimensions and hash to the clean file's."""
    field = image.file
    field.open()
    field.seek(0)
    data = field.read()
    field.seek(0)
    result = cleaned(data)
    if result is None:
        return False
    content, (width, height) = result
    if field._committed:  # already in storage: replace it under its name
        storage, name = field.storage, field.name
        field.close()  # no handle left on the file being replaced
        storage.delete(name)
        field.name = storage.save(name, ContentFile(content))
    else:
        image.file = ContentFile(content, name=os.path.basename(field.name))
    image.width, image.height = width, height
    image.file_size = len(content)
    image.file_hash = hash_filelike(io.BytesIO(content))
    return True


def strip_stored(image):
    """Clean an image already saved: its file in storage and its row."""
    if not strip(image):
        return False
    type(image).objects.filter(pk=image.pk).update(
        file=image.file.name,
        width=image.width,
        height=image.height,
        file_size=image.file_size,
        file_hash=image.file_hash,
    )
    return True
