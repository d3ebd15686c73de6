"""IPTC ninjs 1.x and 2.x: one JSON item, a list, or ``{"items": [...]}``."""

import codecs
import json

from warta.ingest import sources
from warta.ingest.formats.base import (
    IMAGE_TYPES,
    Entry,
    FeedError,
    Parsed,
    Picture,
    check_entry,
    http_link,
    number_version,
    parse_date,
)
from warta.ingest.text import plain

NAME = "ninjs"


def can_parse(sniffed):
    return sniffed.kind == "json"


def parse(sniffed, source):
    return parse_ninjs(source)


def decode_json(data):
    warnings = []
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        warnings.append(
            "JSON bukan UTF-8; dibaca sebagai Windows-1252 (periksa huruf beraksen)"
        )
    return text, warnings


def _reject_constants(name):
    raise ValueError(f"nilai {name} tidak sah di JSON")


def parse_ninjs(source):
    text, warnings = decode_json(source.data)
    try:
        document = json.loads(text, parse_constant=_reject_constants)
    except (ValueError, RecursionError) as error:
        raise FeedError(f"JSON rusak: {error}") from None
    if isinstance(document, dict) and ("uri" in document or "guid" in document):
        items = [document]
    elif isinstance(document, dict):
        items = document.get("items") or document.get("data") or []
        if not isinstance(items, list):
            raise FeedError("JSON tanpa daftar item ninjs")
    elif isinstance(document, list):
        items = document
    else:
        raise FeedError("JSON bukan item ninjs")
    entries = [ninjs_entry(item, n, source) for n, item in enumerate(items, 1)]
    return Parsed("ninjs", entries, warnings=warnings)


def _by_role(values, roles):
    """The value of the first {role, value} whose role matches, from ninjs 2.x lists."""
    for item in values or []:
        if not isinstance(item, dict):
            continue
        role = str(item.get("role", "")).lower()
        if any(r in role for r in roles):
            return item
    return None


def _str(value):
    return value if isinstance(value, str) else ""


def ninjs_entry(item, number, source):
    entry = Entry(ref=f"item #{number}")
    if not isinstance(item, dict):
        entry.fail("item ninjs bukan objek JSON")
        return entry
    try:
        entry.guid = _str(item.get("uri")) or _str(item.get("guid"))
        entry.ref = entry.guid[:200] or entry.ref
        entry.version, entry.version_label = number_version(item.get("version"), entry)
        headlines = (
            item.get("headlines") if isinstance(item.get("headlines"), list) else []
        )
        main = _by_role(headlines, ["main"]) or next(
            (h for h in headlines if isinstance(h, dict) and not h.get("role")), None
        )
        if main is None and headlines and isinstance(headlines[0], dict):
            main = headlines[0]
        entry.headline = plain(
            _str(item.get("headline")) or _str((main or {}).get("value"))
        )
        kicker = _by_role(headlines, ["kicker", "overline", "supertitle"])
        entry.kicker = plain(_str((kicker or {}).get("value")))[:120]
        sub = _by_role(headlines, ["sub"])
        descriptions = (
            item.get("descriptions")
            if isinstance(item.get("descriptions"), list)
            else []
        )
        summary = _by_role(descriptions, ["summary", "abstract", "lead"]) or next(
            (d for d in descriptions if isinstance(d, dict)), None
        )
        entry.dek = plain(
            _str((sub or {}).get("value"))
            or _str(item.get("description_text"))
            or _str(item.get("description_html"))
            or _str((summary or {}).get("value"))
        )[:400]
        bodies = item.get("bodies") if isinstance(item.get("bodies"), list) else []
        body = None
        for candidate in bodies:
            if isinstance(candidate, dict) and "html" in str(
                candidate.get("contenttype", "")
            ):
                body = candidate
                break
        body = (
            body
            or _by_role(bodies, ["main", "body"])
            or next((b for b in bodies if isinstance(b, dict)), None)
        )
        if body is not None:
            entry.body = _str(body.get("value"))
            kind = str(body.get("contenttype", ""))
            entry.body_is_html = "html" in kind if kind else None
        elif item.get("body_html"):
            entry.body, entry.body_is_html = _str(item.get("body_html")), True
        elif item.get("body_xhtml"):
            entry.body, entry.body_is_html = _str(item.get("body_xhtml")), True
        else:
            entry.body, entry.body_is_html = _str(item.get("body_text")), False
        entry.dateline = ninjs_located(item)
        entry.created = parse_date(item.get("firstcreated"), entry, "dibuat")
        entry.updated = parse_date(item.get("versioncreated"), entry, "versi")
        entry.link = ninjs_link(item)
        entry.source_names = ninjs_sources(item)
        entry.pictures = ninjs_pictures(item, entry, source)
        check_entry(entry)
    except Exception as error:
        entry.fail(f"item ninjs tidak terbaca: {error.__class__.__name__}: {error}")
    return entry


def ninjs_located(item):
    located = _str(item.get("located"))
    if located:
        return located
    for key in ("places", "place"):
        for place in item.get(key) or []:
            if isinstance(place, dict) and "locat" in str(place.get("rel", "")).lower():
                return _str(place.get("name"))
    return ""


def ninjs_link(item):
    links = item.get("links") if isinstance(item.get("links"), list) else []
    for rel in ("canonical", "alternate", "self", ""):
        for link in links:
            if isinstance(link, dict) and rel in str(link.get("rel", "")).lower():
                url = http_link(_str(link.get("href")))
                if url:
                    return url
    return http_link(_str(item.get("uri")))


def ninjs_sources(item):
    names = []
    for source in item.get("infosources") or []:
        if isinstance(source, dict):
            names += [_str(source.get("name")), _str(source.get("literal"))]
    names += [
        _str(item.get("copyrightholder")),
        _str(item.get("source")),
        _str(item.get("provider")),
    ]
    return [plain(n) for n in names if n and plain(n)]


def ninjs_renditions(obj):
    renditions = obj.get("renditions")
    if isinstance(renditions, dict):  # 1.x: {"original": {...}, "thumb": {...}}
        renditions = [
            dict(r, name=k) for k, r in renditions.items() if isinstance(r, dict)
        ]
    return [r for r in renditions or [] if isinstance(r, dict)]


def ninjs_pictures(item, entry, source):
    associations = item.get("associations") or []
    if isinstance(associations, dict):  # 1.x: {"featureimage": {...}}
        associations = [
            dict(a, name=a.get("name", k))
            for k, a in associations.items()
            if isinstance(a, dict)
        ]
    pictures = []
    for association in associations:
        if not isinstance(association, dict):
            continue
        renditions = ninjs_renditions(association)
        images = [
            r
            for r in renditions
            if IMAGE_TYPES.match(str(r.get("contenttype") or r.get("mimetype") or ""))
            or association.get("type") in ("picture", "graphic")
        ]
        if association.get("type") not in (None, "picture", "graphic") and not images:
            continue
        if not images:
            if association.get("type") in ("picture", "graphic"):
                entry.warnings.append(
                    f"foto {association.get('name', '')!r} tanpa rendisi; dilewati"
                )
            continue
        best = next(
            (r for r in images if r.get("name") in ("original", "baseImage", "hires")),
            None,
        ) or max(images, key=lambda r: r.get("width") or 0)
        href = _str(best.get("href"))
        if not href:
            continue
        headlines = association.get("headlines") or []
        descriptions = association.get("descriptions") or []
        caption = (
            _str(association.get("description_text"))
            or _str(association.get("body_text"))
            or _str(
                (
                    (
                        _by_role(descriptions, ["caption"])
                        or next((d for d in descriptions if isinstance(d, dict)), {})
                    )
                    or {}
                ).get("value")
            )
        )
        title = _str(association.get("headline")) or _str(
            (next((h for h in headlines if isinstance(h, dict)), {}) or {}).get("value")
        )
        credit = _str(association.get("creditline"))
        if not credit:
            parts = [
                _str(association.get("copyrightholder")),
                _str(association.get("byline")) or _str(association.get("by")),
            ]
            credit = "/".join(p for p in parts if p)
        pictures.append(
            Picture(
                url=sources.resolve(href, source.base, source.local),
                credit=plain(credit),
                caption=plain(caption),
                caption_title=plain(title),
                local_ok=source.local,
            )
        )
    return pictures
