"""Wagtail's multiple upload, through the real admin endpoints: no picture
enters the library without its credit."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.models import Collection, UploadedFile

from warta.images.models import WartaImage

pytestmark = pytest.mark.django_db


def png():
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "white").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def photographer(client):
    user = get_user_model().objects.create_superuser("massal", "m@contoh.invalid", "x")
    client.force_login(user)
    return client


def drop_file(client, name="foto-massal.png"):
    """What the upload page posts for each file dropped on it."""
    return client.post(
        "/admin/images/multiple/add/",
        {
            "title": name,
            "collection": Collection.get_first_root_node().pk,
            "files[]": SimpleUploadedFile(name, png(), "image/png"),
        },
    ).json()


def send_details(client, upload_id, credit):
    prefix = f"uploaded-image-{upload_id}"
    return client.post(
        f"/admin/images/multiple/create_from_uploaded_image/{upload_id}/",
        {
            f"{prefix}-title": "Foto massal",
            f"{prefix}-credit": credit,
            f"{prefix}-collection": Collection.get_first_root_node().pk,
        },
    ).json()


def test_a_dropped_file_waits_for_its_credit_outside_the_library(photographer):
    before = WartaImage.objects.count()
    answer = drop_file(photographer)
    assert answer["success"], answer
    # Not an image yet: the file waits beside the form asking for the credit.
    assert "image_id" not in answer and "uploaded_file_id" in answer
    assert 'name="uploaded-image-' in answer["form"]
    assert "credit" in answer["form"]
    assert WartaImage.objects.count() == before


def test_the_details_without_a_credit_are_refused_in_indonesian(photographer):
    upload_id = drop_file(photographer)["uploaded_file_id"]
    refused = send_details(photographer, upload_id, "  ")
    assert not refused["success"]
    assert "Isi kredit foto" in refused["form"]
    assert UploadedFile.objects.filter(pk=upload_id).exists()  # nothing lost


def test_with_a_credit_the_picture_enters_the_library_with_it(photographer):
    before = WartaImage.objects.count()
    upload_id = drop_file(photographer)["uploaded_file_id"]
    saved = send_details(photographer, upload_id, "HARIAN  WARTA/UJI")
    assert saved["success"], saved
    image = WartaImage.objects.get(pk=saved["image_id"])
    assert image.credit == "HARIAN WARTA/UJI"
    assert image.width == 64  # the file came with it
    assert WartaImage.objects.count() == before + 1
    assert not UploadedFile.objects.filter(pk=upload_id).exists()


def test_a_broken_file_is_still_refused_at_once(photographer):
    before = WartaImage.objects.count()
    answer = photographer.post(
        "/admin/images/multiple/add/",
        {
            "title": "rusak.png",
            "collection": Collection.get_first_root_node().pk,
            "files[]": SimpleUploadedFile("rusak.png", png()[:60], "image/png"),
        },
    ).json()
    assert not answer["success"] and answer["error_message"]
    assert WartaImage.objects.count() == before
    assert not UploadedFile.objects.exists()
