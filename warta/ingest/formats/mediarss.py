"""Media RSS pictures (``media:content``, ``media:group``, enclosures).

Shared by RSS 2.0, Atom and the lenient reader: agencies put Media RSS
elements in all of them.
"""

from warta.ingest import sources
from warta.ingest.formats.base import (
    IMAGE_EXTENSIONS,
    IMAGE_TYPES,
    NS,
    Picture,
    text_of,
)
from warta.ingest.text import plain


def media_pictures(element, source):
    """media:content / media:group / enclosures of an item, as pictures."""
    pictures = []
    item_credit = text_of(element.find("media:credit", NS))
    item_caption = text_of(element.find("media:description", NS))
    contents = element.findall("media:content", NS) + element.findall(
        "media:group/media:content", NS
    )
    for content in contents:
        kind = content.get("type", "")
        url = content.get("url", "")
        if content.get("medium") not in (None, "image") or (
            kind and not IMAGE_TYPES.match(kind)
        ):
            continue
        if not kind and not content.get("medium") and not IMAGE_EXTENSIONS.search(url):
            continue
        pictures.append(
            Picture(
                url=sources.resolve(url, source.base, source.local),
                credit=plain(text_of(content.find("media:credit", NS)) or item_credit),
                caption=plain(
                    text_of(content.find("media:description", NS)) or item_caption
                ),
                caption_title=plain(text_of(content.find("media:title", NS))),
                local_ok=source.local,
            )
        )
    enclosures = element.findall("enclosure") + [
        link
        for link in element.findall("atom:link", NS)
        if link.get("rel") == "enclosure"
    ]
    seen = {picture.url for picture in pictures}
    for enclosure in enclosures:
        url = enclosure.get("url") or enclosure.get("href") or ""
        if not IMAGE_TYPES.match(enclosure.get("type", "")):
            continue
        url = sources.resolve(url, source.base, source.local)
        if url and url not in seen:
            pictures.append(
                Picture(
                    url=url,
                    credit=plain(item_credit),
                    caption=plain(item_caption),
                    local_ok=source.local,
                )
            )
    return pictures
