"""Hostile uploads are refused with a clear message, and nothing is half-stored."""

import io
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.models import Collection

from warta.images.models import WartaImage

pytestmark = pytest.mark.django_db


def png(width=64, height=48, mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, (width, height), "white").save(buffer, "PNG")
    return buffer.getvalue()


def gif():
    buffer = io.BytesIO()
    Image.new("P", (8, 8)).save(buffer, "GIF")
    return buffer.getvalue()


@pytest.fixture
def admin(client):
    user = get_user_model().objects.create_superuser("unggah", "u@contoh.invalid", "x")
    client.force_login(user)
    return client


def stored_files():
    folder = Path(settings.MEDIA_ROOT) / "original_images"
    return set(folder.iterdir()) if folder.exists() else set()


def upload(client, name, data, content_type="image/png"):
    return client.post(
        "/admin/images/add/",
        {
            "title": "Uji unggah",
            "credit": "HARIAN WARTA/UJI",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, data, content_type=content_type),
        },
    )


def test_a_real_photo_is_stored_with_its_credit(admin):
    before = WartaImage.objects.count()
    response = upload(admin, "foto.png", png())
    assert response.status_code == 302
    assert WartaImage.objects.count() == before + 1
    assert WartaImage.objects.latest("pk").credit == "HARIAN WARTA/UJI"


SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
HOSTILE = {
    "truncated png": ("potong.png", png(400, 300)[:300], "image/png"),
    "svg": ("gambar.svg", SVG, "image/svg+xml"),
    "svg named png": ("gambar.png", SVG, "image/png"),
    "html named jpg": ("halaman.jpg", b"<html><script>alert(1)</script>", "image/jpeg"),
    "png named jpg": ("foto.jpg", png(), "image/jpeg"),
    "empty": ("kosong.png", b"", "image/png"),
    "pixel flood": ("banjir.png", png(10_000, 10_000, mode="1"), "image/png"),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_uploads_are_refused_quickly_and_nothing_is_stored(admin, case):
    name, data, content_type = HOSTILE[case]
    before, files = WartaImage.objects.count(), stored_files()
    started = time.monotonic()
    response = upload(admin, name, data, content_type)
    assert time.monotonic() - started < 5
    assert response.status_code == 200  # the form again, with the reason
    errors = response.context["form"].errors
    assert errors.get("file"), errors
    assert WartaImage.objects.count() == before
    assert stored_files() == files


def test_a_gif_carrying_script_is_only_ever_served_as_an_image(admin, client):
    payload = gif() + b"<script>alert(1)</script>"
    assert upload(admin, "poliglot.gif", payload, "image/gif").status_code == 302
    image = WartaImage.objects.latest("pk")
    response = client.get(image.file.url)
    assert response["Content-Type"] == "image/gif"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_editing_an_image_without_a_new_file_still_works(admin):
    upload(admin, "foto.png", png())
    image = WartaImage.objects.latest("pk")
    response = admin.post(
        f"/admin/images/{image.pk}/",
        {
            "title": "Judul baru",
            "credit": "ANTARA/UJI",
            "collection": image.collection_id,
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    image.refresh_from_db()
    assert (image.title, image.credit) == ("Judul baru", "ANTARA/UJI")


def test_a_photo_without_credit_is_refused_with_the_reason(admin):
    before, files = WartaImage.objects.count(), stored_files()
    response = admin.post(
        "/admin/images/add/",
        {
            "title": "Tanpa kredit",
            "credit": "   ",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("foto.png", png(), content_type="image/png"),
        },
    )
    assert response.status_code == 200
    assert "kredit foto" in str(response.context["form"].errors["credit"])
    assert WartaImage.objects.count() == before
    assert stored_files() == files


# The multiple upload's credit: test_multiple_upload_credit.py.
