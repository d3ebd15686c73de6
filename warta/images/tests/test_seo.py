"""A library image as a page's share picture."""

from types import SimpleNamespace

import pytest
from wagtail.images.models import SourceImageIOError

from warta.core import seo
from warta.images import seo as image_seo
from warta.images.models import WartaImage

pytestmark = pytest.mark.django_db


def test_the_share_picture_is_1200x630_with_the_ld_crops(settings):
    settings.WARTA_BASE_URL = "https://www.warta.example"
    image = WartaImage.objects.filter(width__gte=1200, height__gte=1200).first()
    found = image_seo.picture(image, "Keterangan <b>foto</b>")
    assert (found.width, found.height) == (1200, 630)
    assert found.url.startswith("https://www.warta.example/media/")
    assert found.alt == "Keterangan <b>foto</b>"  # escaped by the template
    assert [
        f".{spec}." in url
        for url, spec in zip(found.variants, seo.LD_IMAGES, strict=True)
    ] == [True] * 3
    assert image_seo.picture(image).alt == image.title


def test_a_missing_image_file_means_no_image_rather_than_an_error(monkeypatch):
    def missing(image, *specs):
        raise SourceImageIOError("gone")

    monkeypatch.setattr(image_seo, "renditions", missing)
    assert image_seo.picture(SimpleNamespace(title="x")) is None
    assert image_seo.picture(None) is None
