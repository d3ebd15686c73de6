"""IPTC NewsML-G2: a ``newsItem`` or a ``newsMessage`` of them.

Picture items are matched to the text items that link to them (or to the only
text item of the message).
"""

import re
import xml.etree.ElementTree as ET

from warta.ingest import sources
from warta.ingest.formats.base import (
    IMAGE_TYPES,
    NS,
    Entry,
    Parsed,
    Picture,
    check_entry,
    http_link,
    inner_html,
    local,
    number_version,
    parse_date,
    text_of,
)
from warta.ingest.text import plain

NAME = "newsml"


def can_parse(sniffed):
    return sniffed.root is not None and sniffed.root_name in (
        "newsItem",
        "newsMessage",
    )


def parse(sniffed, source):
    return parse_newsml(sniffed.root, source)


def _find(element, path):
    return element.find("/".join(f"nar:{p}" for p in path.split("/")), NS)


def _findall(element, path):
    return element.findall("/".join(f"nar:{p}" for p in path.split("/")), NS)


def item_class(news_item):
    node = _find(news_item, "itemMeta/itemClass")
    return (node.get("qcode", "") if node is not None else "").lower()


def is_picture_item(news_item):
    kind = item_class(news_item)
    if "picture" in kind or "graphic" in kind:
        return True
    if kind:
        return False
    has_text = _find(news_item, "contentSet/inlineXML") is not None
    remote = _findall(news_item, "contentSet/remoteContent")
    return not has_text and any(
        IMAGE_TYPES.match(r.get("contenttype", "")) for r in remote
    )


def parse_newsml(root, source):
    if local(root.tag) == "newsItem":
        news_items = [root]
    else:
        news_items = [node for node in root.iter() if local(node.tag) == "newsItem"]
    pictures = {}
    texts = []
    for news_item in news_items:
        if is_picture_item(news_item):
            pictures[news_item.get("guid", "")] = news_item
        else:
            texts.append(news_item)
    entries = []
    for number, news_item in enumerate(texts, start=1):
        entries.append(newsml_entry(news_item, number, source, pictures, len(texts)))
    names = []
    if local(root.tag) == "newsMessage":
        sender = text_of(_find(root, "header/sender"))
        names = [sender] if sender else []
    return Parsed("newsml", entries, names)


def newsml_picture(news_item, source):
    remote = [
        r
        for r in _findall(news_item, "contentSet/remoteContent")
        if IMAGE_TYPES.match(r.get("contenttype", "")) or not r.get("contenttype")
    ]
    if not remote:
        return None
    best = next(
        (
            r
            for r in remote
            if "original" in r.get("rendition", "")
            or "highRes" in r.get("rendition", "")
        ),
        None,
    ) or max(
        remote,
        key=lambda r: (
            int(r.get("width", "0") or 0) if r.get("width", "0").isdigit() else 0
        ),
    )
    meta = _find(news_item, "contentMeta")
    credit = caption = title = ""
    if meta is not None:
        credit = text_of(_find(meta, "creditline"))
        if not credit:
            by = text_of(_find(meta, "by"))
            holder = text_of(_find(news_item, "rightsInfo/copyrightHolder/name"))
            credit = "/".join(p for p in (holder, by) if p)
        caption = text_of(_find(meta, "description"))
        title = text_of(_find(meta, "headline"))
    return Picture(
        url=sources.resolve(best.get("href", ""), source.base, source.local),
        credit=plain(credit),
        caption=plain(caption),
        caption_title=plain(title),
        local_ok=source.local,
    )


def newsml_entry(news_item, number, source, picture_items, text_count):
    entry = Entry(ref=f"newsItem #{number}")
    try:
        entry.guid = news_item.get("guid", "").strip()
        entry.ref = entry.guid[:200] or entry.ref
        entry.version, entry.version_label = number_version(
            news_item.get("version"), entry
        )
        meta = _find(news_item, "contentMeta")
        item_meta = _find(news_item, "itemMeta")
        if meta is None:
            meta = ET.Element("contentMeta")
        headlines = _findall(meta, "headline")
        main = next(
            (h for h in headlines if "main" in h.get("role", "") or not h.get("role")),
            headlines[0] if headlines else None,
        )
        entry.headline = plain(text_of(main))
        for headline in headlines:
            role = headline.get("role", "").lower()
            if any(r in role for r in ("kicker", "overline", "supertitle")):
                entry.kicker = plain(text_of(headline))[:120]
            elif "sub" in role and not entry.dek:
                entry.dek = plain(text_of(headline))[:400]
        if not entry.dek:
            for description in _findall(meta, "description"):
                if "summary" in description.get("role", "") or not description.get(
                    "role"
                ):
                    entry.dek = plain(text_of(description))[:400]
                    break
        dateline = plain(text_of(_find(meta, "dateline")))
        located = plain(text_of(_find(meta, "located/name")))
        entry.dateline = re.split(r"[,(]", dateline)[0].strip() if dateline else located
        body = None
        inline = _find(news_item, "contentSet/inlineXML")
        if inline is not None:
            xbody = inline.find(".//xhtml:body", NS)
            entry.body = inner_html(xbody if xbody is not None else inline)
            entry.body_is_html = True
        else:
            body = _find(news_item, "contentSet/inlineData")
            entry.body = (body.text or "") if body is not None else ""
            entry.body_is_html = "html" in (
                body.get("contenttype", "") if body is not None else ""
            )
        if item_meta is not None:
            entry.created = parse_date(
                text_of(_find(item_meta, "firstCreated")) or None, entry, "dibuat"
            )
            entry.updated = parse_date(
                text_of(_find(item_meta, "versionCreated")) or None, entry, "versi"
            )
            provider = _find(item_meta, "provider")
            if provider is not None:
                names = [
                    text_of(_find(provider, "name")),
                    provider.get("literal", ""),
                    provider.get("qcode", "").rsplit(":", 1)[-1],
                ]
                entry.source_names += [plain(n) for n in names if n]
            links = _findall(item_meta, "link")
        else:
            links = []
        info = _find(meta, "infoSource/name")
        if info is not None:
            entry.source_names.append(plain(text_of(info)))
        credit = plain(text_of(_find(meta, "creditline")))
        if credit:
            entry.source_names.append(credit)
        referenced = []
        for link in links:
            href = link.get("href", "")
            if link.get("residref") in picture_items:
                referenced.append(link.get("residref"))
            elif (
                not entry.link
                and sources.is_url(href)
                and (
                    "seeAlso" in link.get("rel", "")
                    or "canonical" in link.get("rel", "")
                    or "alternate" in link.get("rel", "")
                )
            ):
                entry.link = http_link(href)
        if not referenced and text_count == 1:
            referenced = list(picture_items)
        for guid in referenced:
            picture = newsml_picture(picture_items[guid], source)
            if picture is not None:
                entry.pictures.append(picture)
        for remote in _findall(news_item, "contentSet/remoteContent"):
            if IMAGE_TYPES.match(remote.get("contenttype", "")):
                entry.pictures.append(
                    Picture(
                        url=sources.resolve(
                            remote.get("href", ""), source.base, source.local
                        ),
                        credit=credit,
                        local_ok=source.local,
                    )
                )
        check_entry(entry)
    except Exception as error:
        entry.fail(f"newsItem tidak terbaca: {error.__class__.__name__}: {error}")
    return entry
