"""An uploaded photo is stored and shown without its GPS, camera and Artist.

The test photo is made here with Pillow: a phone's JPEG, taken on its side
(EXIF orientation 6: turn it a quarter to the right to see it upright), with
a GPS position in Jakarta, the camera's make and model and an Artist tag.
"""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from PIL import Image
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db

GPS, ARTIST, MAKE, MODEL, ORIENTATION = 0x8825, 0x013B, 0x010F, 0x0110, 0x0112


def phone_photo(fmt="JPEG"):
    """40 x 20 pixels as stored: red on the left, blue on the right."""
    picture = Image.new("RGB", (40, 20), "blue")
    picture.paste((255, 0, 0), (0, 0, 20, 20))
    exif = Image.Exif()
    exif[ARTIST] = "Fotografer Rahasia"
    exif[MAKE], exif[MODEL] = "PonselCam", "X-100"
    exif[ORIENTATION] = 6
    exif[GPS] = {1: "S", 2: (6.0, 10.0, 30.0), 3: "E", 4: (106.0, 49.0, 0.0)}
    buffer = io.BytesIO()
    picture.save(buffer, fmt, exif=exif, quality=95)
    return buffer.getvalue()


def tags(data):
    with Image.open(io.BytesIO(data)) as picture:
        exif = picture.getexif()
        return {
            "gps": bool(exif.get_ifd(GPS)) or GPS in exif,
            "artist": exif.get(ARTIST),
            "make": exif.get(MAKE),
            "exif_block": "exif" in picture.info,
            "size": picture.size,
            "top": picture.convert("RGB").getpixel((picture.width // 2, 2)),
            "bottom": picture.convert("RGB").getpixel(
                (picture.width // 2, picture.height - 3)
            ),
        }


def stored(image):
    with image.open_file() as f:
        return f.read()


def assert_clean_and_upright(data):
    found = tags(data)
    assert not found["gps"] and found["artist"] is None and found["make"] is None
    assert not found["exif_block"]
    assert found["size"] == (20, 40)  # turned upright: taller than wide
    red, blue = found["top"], found["bottom"]
    assert red[0] > 200 and red[2] < 60, red  # the red half is now on top
    assert blue[2] > 200 and blue[0] < 60, blue


def test_the_test_photo_carries_what_a_phone_writes():
    found = tags(phone_photo())
    assert found["gps"] and found["artist"] == "Fotografer Rahasia"
    assert found["size"] == (40, 20)


def test_an_upload_is_stored_and_rendered_without_metadata():
    upload = SimpleUploadedFile("foto-ponsel.jpg", phone_photo(), "image/jpeg")
    image = get_image_model().objects.create(
        title="Banjir", file=upload, credit="HARIAN WARTA/RAHMAT"
    )
    image.refresh_from_db()
    assert_clean_and_upright(stored(image))
    assert (image.width, image.height) == (20, 40)
    assert image.file_size == len(stored(image))
    assert image.credit == "HARIAN WARTA/RAHMAT"  # the credit is ours to keep
    for spec in ("width-10", "fill-10x20", "max-15x30|format-webp"):
        rendition = image.get_rendition(spec)
        with rendition.file.open() as f:
            found = tags(f.read())
        assert not found["gps"] and found["artist"] is None, spec
        assert not found["exif_block"], spec


def test_a_file_already_in_storage_is_cleaned_too(tmp_path):
    """Wagtail's multiple upload writes the file to storage before the save."""
    Image_ = get_image_model()
    image = Image_(title="Unggah ganda", credit="ANTARA")
    image.file.save("ganda.jpg", SimpleUploadedFile("ganda.jpg", phone_photo()), False)
    image.save()
    assert_clean_and_upright(stored(image))


def test_png_text_and_exif_are_dropped():
    upload = SimpleUploadedFile("grafik.png", phone_photo("PNG"), "image/png")
    image = get_image_model().objects.create(title="Grafik", file=upload)
    assert_clean_and_upright(stored(image))


def test_the_command_cleans_originals_stored_before():
    Image_ = get_image_model()
    plain = io.BytesIO()
    Image.new("RGB", (40, 20)).save(plain, "JPEG")
    image = Image_.objects.create(
        title="Lama", file=SimpleUploadedFile("lama.jpg", plain.getvalue())
    )
    # As stored before this fix: the raw phone file, written behind the model.
    with image.file.storage.open(image.file.name, "wb") as f:
        f.write(phone_photo())
    out = io.StringIO()
    call_command("strip_image_metadata", stdout=out)
    image.refresh_from_db()
    assert_clean_and_upright(stored(image))
    assert (image.width, image.height) == (20, 40)
    assert "1 of" in out.getvalue()
