"""The demo's news pictures: real, credited photographs whose captions say
what they show, when the photo packages are installed (``make demo-photos``);
drawings otherwise."""

import pytest

from warta.articles.models import ArticlePage
from warta.demo import photos
from warta.demo.loader import DemoLoader
from warta.editions.models import EditionPage
from warta.multimedia.models import GalleryPhoto, VideoPage

pytestmark = pytest.mark.django_db
LICENCES = set(photos.LICENCE_NAMES.values()) | {"CC0"}
needs_photos = pytest.mark.skipif(
    not photos.installed(),
    reason="the demo photo packages are not installed (make demo-photos)",
)


def news_pictures():
    """(where, image, caption) for every picture a demo story shows as news."""
    found = []
    for article in ArticlePage.objects.live().select_related("lead_image"):
        found.append((article.title, article.lead_image, article.lead_caption))
        for block in article.body:
            if block.block_type == "image":
                found.append((article.title, block.value["image"], ""))
    for photo in GalleryPhoto.objects.select_related("image", "page"):
        found.append((photo.page.title, photo.image, photo.caption))
    for video in VideoPage.objects.live().select_related("poster"):
        found.append((video.title, video.poster, ""))
    for edition in EditionPage.objects.live().select_related("cover_image"):
        found.append((edition.title, edition.cover_image, edition.cover_caption))
    return found


@needs_photos
def test_every_demo_picture_is_credited_with_its_author_and_licence():
    pictures = news_pictures()
    assert len(pictures) > 80
    for where, image, _ in pictures:
        author, _, licence = image.credit.rpartition(" (")
        assert author.strip(), (where, image.credit)
        assert licence.rstrip(")") in LICENCES, (where, image.credit)


@needs_photos
def test_no_drawing_stands_in_for_a_news_photo():
    by_credit = {photo.credit for photo in photos.installed()}
    for where, image, _ in news_pictures():
        # The video's poster is a still of its own (CC0) clip, shipped with it.
        assert image.credit in by_credit or image.credit.endswith("(CC0)"), where


@needs_photos
def test_a_borrowed_photo_is_captioned_with_what_it_shows():
    captions = {photo.caption for photo in photos.installed()}
    for article in ArticlePage.objects.live():
        assert article.lead_caption.endswith(" Foto ilustrasi."), article.title
        assert article.lead_caption.removesuffix(" Foto ilustrasi.") in captions


def test_without_the_packages_the_demo_draws_and_keeps_its_captions(monkeypatch):
    monkeypatch.setattr(photos, "installed", lambda: [])
    loader = DemoLoader()
    shown = {"credit": "HARIAN WARTA/UJI", "caption_title": "UJI", "caption": "Teks."}
    image, title, caption = loader.news_photo("Uji", shown, ["cuaca"], "uji")
    assert (image.credit, title, caption) == ("HARIAN WARTA/UJI", "UJI", "Teks.")
    assert image.file.name.endswith(".jpg")
