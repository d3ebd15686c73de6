"""RSS, Atom and RSS 1.0 (RDF) read by feedparser's lenient parser.

RSS and Atom that are not well-formed come here, so the items feedparser can
still read come in (with a warning); RSS 1.0 always does.
"""

import io

import feedparser

from warta.ingest import sources
from warta.ingest.formats.base import (
    IMAGE_TYPES,
    Entry,
    Parsed,
    Picture,
    check_entry,
    date_version,
    http_link,
    parse_date,
)
from warta.ingest.text import plain

NAME = "rss"
FEEDS = ("rss", "feed", "RDF")


def can_parse(sniffed):
    return sniffed.root_name in FEEDS and (
        sniffed.root is None or sniffed.root_name == "RDF"
    )


def parse(sniffed, source):
    parsed = parse_loose_feed(sniffed.data, source)
    if sniffed.root is None:
        parsed.warnings.insert(
            0, f"XML rusak ({sniffed.error}); item yang masih terbaca diimpor"
        )
    return parsed


def parse_loose_feed(data, source):
    """Feeds that are not well-formed: what feedparser's lenient parser reads."""
    result = feedparser.parse(
        io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False
    )
    feed_title = plain(result.feed.get("title", ""))
    entries = []
    for number, item in enumerate(result.entries, start=1):
        entry = Entry(ref=f"item #{number}")
        try:
            link = http_link(item.get("link", ""), source.base, source.local)
            entry.guid = item.get("id") or link
            entry.ref = entry.guid[:200] or entry.ref
            entry.headline = plain(item.get("title", ""))
            entry.link = link
            contents = item.get("content") or []
            summary = item.get("summary", "")
            if contents:
                entry.body = contents[0].get("value", "")
                entry.body_is_html = "html" in contents[0].get("type", "html")
                entry.dek = plain(summary)[:400]
            else:
                entry.body = summary
            entry.created = parse_date(item.get("published"), entry, "terbit")
            entry.updated = parse_date(item.get("updated"), entry, "pembaruan")
            entry.version, entry.version_label = date_version(entry)
            credits = item.get("media_credit") or [{}]
            credit = plain(credits[0].get("content", ""))
            urls = [
                m.get("url", "")
                for m in item.get("media_content", [])
                if IMAGE_TYPES.match(m.get("type", "")) or m.get("medium") == "image"
            ] + [
                e.get("href", "")
                for e in item.get("enclosures", [])
                if IMAGE_TYPES.match(e.get("type", ""))
            ]
            for url in dict.fromkeys(u for u in urls if u):
                entry.pictures.append(
                    Picture(
                        url=sources.resolve(url, source.base, source.local),
                        credit=credit,
                        local_ok=source.local,
                    )
                )
            check_entry(entry)
        except Exception as error:
            entry.fail(f"item tidak terbaca: {error.__class__.__name__}: {error}")
        entries.append(entry)
    return Parsed("rss", entries, [feed_title] if feed_title else [])
