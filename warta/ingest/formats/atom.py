"""Atom 1.0: ``<feed><entry>``, text, HTML or XHTML content."""

from warta.ingest.formats.base import (
    NS,
    Entry,
    Parsed,
    check_entry,
    date_version,
    http_link,
    inner_html,
    parse_date,
    text_of,
)
from warta.ingest.formats.mediarss import media_pictures
from warta.ingest.text import looks_like_html, plain

NAME = "atom"


def can_parse(sniffed):
    return sniffed.root is not None and sniffed.root_name == "feed"


def parse(sniffed, source):
    return parse_atom(sniffed.root, source)


def atom_text(element):
    if element is None:
        return "", False
    kind = element.get("type", "text")
    if kind == "xhtml":
        div = element.find("xhtml:div", NS)
        return inner_html(div if div is not None else element), True
    if kind in ("html", "text/html"):
        return (element.text or "").strip(), True
    return (element.text or "").strip(), False


def parse_atom(root, source):
    feed_title = plain(atom_text(root.find("atom:title", NS))[0])
    entries = []
    for number, item in enumerate(root.findall("atom:entry", NS), start=1):
        entry = Entry(ref=f"entry #{number}")
        try:
            entry.guid = text_of(item.find("atom:id", NS))
            entry.ref = entry.guid[:200] or entry.ref
            entry.headline = plain(atom_text(item.find("atom:title", NS))[0])
            for link in item.findall("atom:link", NS):
                if link.get("rel", "alternate") == "alternate":
                    entry.link = http_link(link.get("href"), source.base, source.local)
                    break
            if not entry.guid:
                entry.guid = entry.link
            content, content_html = atom_text(item.find("atom:content", NS))
            summary, summary_html = atom_text(item.find("atom:summary", NS))
            if content:
                entry.body, entry.body_is_html = content, content_html
                entry.dek = plain(summary)[:400]
            else:
                entry.body, entry.body_is_html = summary, summary_html
            entry.created = parse_date(
                text_of(item.find("atom:published", NS)) or None, entry, "terbit"
            )
            entry.updated = parse_date(
                text_of(item.find("atom:updated", NS)) or None, entry, "pembaruan"
            )
            entry.version, entry.version_label = date_version(entry)
            entry.pictures = media_pictures(item, source)
            item_source = plain(text_of(item.find("atom:source/atom:title", NS)))
            entry.source_names = [n for n in (item_source,) if n]
            if entry.body_is_html is False and looks_like_html(entry.body):
                entry.body_is_html = False  # type="text": markup is literal text
            check_entry(entry)
        except Exception as error:
            entry.fail(f"entry tidak terbaca: {error.__class__.__name__}: {error}")
        entries.append(entry)
    return Parsed("atom", entries, [feed_title] if feed_title else [])
