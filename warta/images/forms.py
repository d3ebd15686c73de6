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
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

CORRUPT = _("Berkas gambar rusak atau terpotong. Unggah ulang berkas aslinya.")
CREDIT_MISSING = _(
    "Isi kredit foto: siapa pemilik atau pemasoknya, seperti HARIAN WARTA/NAMA "
    "FOTOGRAFER atau ANTARA. Foto tanpa kredit tidak boleh dimuat."
)


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


def checked_upload(data, name):
    """``data`` as an upload that passed the image form's own checks (format by
    content, size, pixel count, a full decode); ``ValidationError`` otherwise.
    For pictures that arrive outside the form: wire feeds and importers."""
    upload = SimpleUploadedFile(name, data)
    SafeImageField().clean(upload)
    upload.seek(0)
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
    """Every picture the paper prints carries its credit: the field is required,
    in every form, Wagtail's multiple upload included.

    The multiple upload first posts each file with only a title and a
    collection. Refused for its missing credit, Wagtail keeps the file aside
    (an ``UploadedFile``) and shows a form per picture; the picture enters the
    library only once that form is sent with a credit.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None and type(field) is WagtailImageField:
            field.__class__ = SafeImageField  # same field, safer parsing
        credit = self.fields.get("credit")
        if credit is not None:
            credit.required = True
            credit.error_messages["required"] = CREDIT_MISSING

    def clean_credit(self):
        return " ".join(self.cleaned_data.get("credit", "").split())
