"""What a reader sees on a gallery page: every photo credited and captioned,
and the viewer's markup (warta/static/warta/media.js) beside a plain list."""

import re

import pytest
from django.utils.html import strip_tags

from warta.multimedia.models import PhotoGalleryPage
from warta.people.models import Person

pytestmark = pytest.mark.django_db


def photo_blocks(client, gallery):
    page = client.get(gallery.url).content.decode()
    items = re.findall(r'<li class="gallery__item".*?</li>', page, re.S)
    return page, [" ".join(strip_tags(item).split()) for item in items]


def uncredited_gallery():
    """A gallery as a photographer publishes it after a multiple upload: the
    images carry no credit, the last photo only a caption title."""
    gallery = PhotoGalleryPage.objects.live().first()
    gallery.photographer = Person.objects.filter(is_photographer=True).first()
    gallery.save()
    photos = list(gallery.photos.select_related("image"))
    for photo in photos:
        photo.image.credit = ""
        photo.image.save()
    last = photos[-1]
    last.caption = ""
    last.save()
    return gallery, last


def test_a_photo_without_its_own_credit_is_credited_to_the_gallery_photographer(
    client,
):
    gallery, _ = uncredited_gallery()
    _, blocks = photo_blocks(client, gallery)
    name = gallery.photographer.name.upper()
    assert blocks
    for text in blocks:
        assert re.search(rf"Foto : [^/]+/{re.escape(name)}", text), text


def test_a_caption_title_alone_has_no_dangling_separator(client):
    gallery, last = uncredited_gallery()
    _, blocks = photo_blocks(client, gallery)
    assert blocks[-1].endswith(last.caption_title.upper())
    assert not re.search(r" I\s*$", blocks[-1])


def test_every_photo_has_its_own_credit_and_caption_and_a_viewer_link(client):
    gallery = PhotoGalleryPage.objects.live().first()
    page, blocks = photo_blocks(client, gallery)
    photos = list(gallery.photos.select_related("image"))
    assert len(blocks) == len(photos)
    for text, photo in zip(blocks, photos, strict=True):
        assert f"Foto : {photo.image.credit}" in text
        assert f"{photo.caption_title.upper()} I {photo.caption}" in text
    total = len(photos)
    assert page.count("data-gallery-open") == total
    assert f'aria-label="Perbesar foto {total} dari {total}"' in page
    assert "<dialog" in page and 'src="/static/warta/media.js' in page
