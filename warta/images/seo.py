"""A library image as the share picture of a page (``warta.core.seo``).

The image app makes the renditions (all of them in one query, from the cache
first: ``renditions``); the page types that show a picture take
``CardPictureMixin``, which shares their ``card_image``.
"""

from wagtail.images.models import SourceImageIOError

from warta.core import seo
from warta.images.renditions import renditions


def picture(image, alt=""):
    """All renditions in one query; no picture when the source file is missing."""
    if image is None:
        return None
    try:
        found = list(renditions(image, seo.OG_IMAGE, *seo.LD_IMAGES).values())
    except SourceImageIOError:
        return None
    return seo.picture_of(found[0], found[1:], alt or image.title)


class CardPictureMixin:
    """The page's ``card_image`` is its share picture, described by
    ``seo_picture_alt()`` (its caption) or else the image's title."""

    def seo_picture_alt(self):
        return ""

    def seo_picture(self):
        return picture(self.card_image, self.seo_picture_alt())
