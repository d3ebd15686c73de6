"""RSS 2.0 and Atom writers that add Media RSS and the full text.

Django's generators know enclosures; aggregators also read ``media:content``
(size, type, credit and caption of the photo) and ``content:encoded``.
"""

from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

MEDIA_NS = "http://search.yahoo.com/mrss/"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"


def add_media(handler, media):
    if media is None:
        return
    attrs = {
        "url": media.url,
        "type": media.mime_type,
        "medium": "image",
        "width": str(media.width),
        "height": str(media.height),
    }
    if media.length:
        attrs["fileSize"] = str(media.length)
    handler.startElement("media:content", attrs)
    if media.credit:
        handler.addQuickElement("media:credit", media.credit)
    if media.caption:
        handler.addQuickElement("media:description", media.caption)
    handler.endElement("media:content")


class WartaRss(Rss201rev2Feed):
    def rss_attributes(self):
        return {
            **super().rss_attributes(),
            "xmlns:media": MEDIA_NS,
            "xmlns:content": CONTENT_NS,
        }

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        add_media(handler, item.get("media"))
        if item.get("content_html"):
            handler.addQuickElement("content:encoded", item["content_html"])


class WartaAtom(Atom1Feed):
    def root_attributes(self):
        return {**super().root_attributes(), "xmlns:media": MEDIA_NS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        add_media(handler, item.get("media"))
        if item.get("content_html"):
            handler.addQuickElement("content", item["content_html"], {"type": "html"})
