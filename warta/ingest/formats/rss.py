"""RSS 2.0: ``<rss><channel><item>``, with ``content:encoded`` and Media RSS."""

from warta.ingest.formats.base import (
    NS,
    Entry,
    FeedError,
    Parsed,
    check_entry,
    date_version,
    http_link,
    parse_date,
    text_of,
)
from warta.ingest.formats.mediarss import media_pictures
from warta.ingest.text import plain

NAME = "rss"


def can_parse(sniffed):
    return sniffed.root is not None and sniffed.root_name == "rss"


def parse(sniffed, source):
    return parse_rss(sniffed.root, source)


def parse_rss(root, source):
    channel = root.find("channel")
    if channel is None:
        raise FeedError("RSS tanpa <channel>")
    feed_title = plain(text_of(channel.find("title")))
    entries = []
    for number, item in enumerate(channel.findall("item"), start=1):
        entry = Entry(ref=f"item #{number}")
        try:
            guid = text_of(item.find("guid"))
            link = http_link(text_of(item.find("link")), source.base, source.local)
            entry.guid = guid or link
            entry.ref = entry.guid[:200] or entry.ref
            entry.headline = plain(text_of(item.find("title")))
            entry.link = link or (http_link(guid) if guid else "")
            description = text_of(item.find("description"))
            encoded = text_of(item.find("content:encoded", NS))
            if encoded:
                entry.body = encoded
                entry.dek = plain(description)[:400]
            else:
                entry.body = description
            entry.created = parse_date(
                text_of(item.find("pubDate")) or None, entry, "terbit"
            )
            entry.updated = parse_date(
                text_of(item.find("atom:updated", NS))
                or text_of(item.find("dc:date", NS))
                or None,
                entry,
                "pembaruan",
            )
            entry.version, entry.version_label = date_version(entry)
            entry.pictures = media_pictures(item, source)
            item_source = plain(text_of(item.find("source")))
            entry.source_names = [n for n in (item_source,) if n]
            check_entry(entry)
        except Exception as error:  # one odd item never stops the batch
            entry.fail(f"item tidak terbaca: {error.__class__.__name__}: {error}")
        entries.append(entry)
    return Parsed("rss", entries, [feed_title] if feed_title else [])
