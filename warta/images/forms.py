"""The image form: Wagtail's checks, plus a full decode of every upload.

Wagtail already refuses unknown formats, extensions that lie about the content,
files over ``WAGTAILIMAGES_MAX_UPLOAD_SIZE`` and images over
``WAGTAILIMAGES_MAX_IMAGE_PIXELS`` (read from the header, before decoding).
Two gaps remain, both closed here: a file whose header reads but whose body is
broken makes Wagtail's own checks raise (a 500 instead of a form error), and a
truncated file that gets past them would be stored and fail later, when a page
asks for a rendition. Decoding is bounded by the pixel limit already enforced.
"""

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

CORRUPT = _("Berkas gambar rusak atau terpotong. Unggah ulang berkas aslinya.")


class SafeImageField(WagtailImageField):
    def to_python(self, data):
        try:
            upload = super().to_python(data)
        except ValidationError:
            raise
        except Exception:  # Pillow/Willow errors on a broken body
            raise ValidationError(CORRUPT, code="corrupt_image") from None
        if isinstance(upload, UploadedFile):
            decode_fully(upload)
        return upload


def decode_fully(upload):
    upload.seek(0)
    try:
        with PILImage.open(upload) as picture:
            picture.load()
    except (OSError, SyntaxError, ValueError, PILImage.DecompressionBombError):
        raise ValidationError(CORRUPT, code="corrupt_image") from None
    finally:
        upload.seek(0)


class WartaImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None and type(field) is WagtailImageField:
            field.__class__ = SafeImageField  # same field, safer parsing
