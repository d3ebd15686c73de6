"""Wire formats into plain entries: RSS 2.0, Atom, IPTC ninjs 1.x/2.x, NewsML-G2.

``parse(source)`` returns a ``Parsed`` feed of ``Entry`` objects, one per item,
each carrying its own warnings or the error that keeps it out; it raises
``FeedError`` only when the feed as a whole cannot be read (not a known
format, entity declarations, NewsML that is not well-formed).

XML is parsed with defusedxml, which refuses entity declarations and external
entities; a document declaring ``<!ENTITY`` is refused before any parser sees
it. RSS and Atom that are not well-formed are handed to feedparser's lenient
parser, so the items it can read still come in (with a warning).
"""

import codecs
import datetime
import email.utils
import io
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

import feedparser
from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from warta.ingest import sources
from warta.ingest.text import looks_like_html, plain

NS = {
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "media": "http://search.yahoo.com/mrss/",
    "atom": "http://www.w3.org/2005/Atom",
    "nar": "http://iptc.org/std/nar/2006-10-01/",
    "xhtml": "http://www.w3.org/1999/xhtml",
}
MAX_BODY_CHARS = 500_000
IMAGE_TYPES = re.compile(r"^image/", re.I)
IMAGE_EXTENSIONS = re.compile(r"\.(jpe?g|png|gif|webp|avif)(\?|#|$)", re.I)


class FeedError(Exception):
    """The whole feed could not be read."""


@dataclass
class Picture:
    url: str
    credit: str = ""
    caption: str = ""
    caption_title: str = ""
    local_ok: bool = False


@dataclass
class Entry:
    ref: str
    guid: str = ""
    version: int = 0
    version_label: str = ""
    headline: str = ""
    kicker: str = ""
    dek: str = ""
    body: str = ""
    body_is_html: bool | None = None
    dateline: str = ""
    link: str = ""
    created: datetime.datetime | None = None
    updated: datetime.datetime | None = None
    pictures: list[Picture] = field(default_factory=list)
    source_names: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str = ""

    def fail(self, reason):
        if not self.error:
            self.error = reason


@dataclass
class Parsed:
    format: str
    entries: list[Entry]
    source_names: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# -- helpers ---------------------------------------------------------------


def local(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def text_of(element):
    return "".join(element.itertext()).strip() if element is not None else ""


def inner_html(element):
    """The children of an XHTML element as HTML, namespaces dropped."""
    for node in element.iter():
        if isinstance(node.tag, str):
            node.tag = local(node.tag)
        node.attrib = {local(k): v for k, v in node.attrib.items()}
    parts = [element.text or ""]
    for child in element:
        parts.append(ET.tostring(child, encoding="unicode", method="html"))
    return "".join(parts)


def parse_date(value, entry, what):
    """A timezone-aware datetime, or None with a warning for a malformed one."""
    if value is None:
        return None
    value = str(value).strip()
    if not value:
        return None
    moment = None
    try:
        moment = parse_datetime(value)
    except ValueError:
        moment = None
    if moment is None:
        try:
            moment = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            moment = None
    if moment is None:
        parsed = feedparser.datetimes._parse_date(value)
        if parsed:
            moment = datetime.datetime(*parsed[:6], tzinfo=datetime.UTC)
    if moment is None:
        shown = value[:40]
        entry.warnings.append(f"tanggal {what} tidak terbaca: {shown!r}; diabaikan")
        return None
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment, datetime.UTC)
    return moment


def date_version(entry):
    """RSS and Atom have no version number: the update time stands in for it."""
    moment = entry.updated or entry.created
    if moment is None:
        return 0, ""
    label = timezone.localtime(moment).strftime("%d/%m/%Y %H:%M")
    return int(moment.timestamp()), label


def number_version(value, entry):
    if value is None or value == "":
        return 1, "1"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if re.fullmatch(r"\d{1,15}", text):
        return int(text), text
    entry.warnings.append(f"versi tidak terbaca: {text[:20]!r}; dianggap 1")
    return 1, "1"


def http_link(value, base="", base_local=False):
    value = (value or "").strip()
    if not value:
        return ""
    if not sources.is_url(value) and not base_local and base:
        value = sources.resolve(value, base, False)
    return value if sources.is_url(value) and len(value) <= 1000 else ""


def check_entry(entry):
    """The rules every format shares: a guid, a headline, a body of sane size."""
    if not entry.guid:
        entry.fail("tanpa guid/URI/tautan: item tidak bisa dikenali ulang")
    elif len(entry.guid) > 500:
        entry.fail("guid lebih dari 500 karakter")
    if not entry.headline:
        entry.fail("judul kosong")
    if len(entry.body or "") > MAX_BODY_CHARS:
        entry.fail(f"isi berita terlalu panjang (lebih dari {MAX_BODY_CHARS} karakter)")
    elif not plain(entry.body):
        entry.fail("isi berita kosong")
    if len(entry.headline) > 255:
        entry.warnings.append("judul lebih dari 255 karakter; dipotong")
        entry.headline = entry.headline[:252].rstrip() + "…"
    return entry


# -- encodings and safety ----------------------------------------------------

XML_DECL = re.compile(
    rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']", re.I
)
UTF8 = {"utf-8", "utf8"}


def decode_xml(data):
    """XML bytes as UTF-8 with a matching declaration, and what was wrong."""
    warnings = []
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
        text = re.sub(r"(<\?xml[^>]*?encoding\s*=\s*[\"'])[^\"']+", r"\1utf-8", text)
        return text.encode("utf-8"), warnings
    match = XML_DECL.match(data)
    declared = match.group(1).decode("ascii").lower() if match else "utf-8"
    try:
        codec = codecs.lookup(declared).name
    except LookupError:
        warnings.append(f"encoding {declared!r} tidak dikenal; dibaca sebagai UTF-8")
        codec = "utf-8"
    if codec in UTF8 or codec == "utf-8":
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
            warnings.append(
                "dinyatakan UTF-8 tetapi isinya bukan UTF-8; dibaca sebagai "
                "Windows-1252 (periksa huruf beraksen)"
            )
    else:
        try:
            text = data.decode("utf-8")
            if max(data, default=0) > 127:
                warnings.append(
                    f"dinyatakan {declared} tetapi isinya UTF-8; dibaca sebagai UTF-8"
                )
            else:
                text = data.decode(codec)
        except UnicodeDecodeError:
            text = data.decode(codec, errors="replace")
    if match:
        text = re.sub(
            r"^(\s*<\?xml[^>]*?encoding\s*=\s*[\"'])[^\"']+", r"\1utf-8", text, count=1
        )
    return text.encode("utf-8"), warnings


def safe_tree(data):
    """``(root, None)`` for well-formed XML, ``(None, error)`` otherwise.

    Raises ``FeedError`` for entity declarations and external entities.
    """
    if re.search(rb"<!ENTITY", data, re.I):
        raise FeedError(
            "XML ditolak: berisi deklarasi <!ENTITY> (bom entitas atau entitas "
            "eksternal tidak diproses)"
        )
    try:
        return SafeET.fromstring(data), None
    except DefusedXmlException as error:
        raise FeedError(f"XML ditolak: {error.__class__.__name__}") from None
    except ET.ParseError as error:
        return None, error


ROOT = re.compile(rb"<(?![?!])(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]", re.S)


def root_name(data):
    match = ROOT.search(re.sub(rb"<!--.*?-->", b"", data[:4096], flags=re.S))
    return match.group(1).decode("ascii", "replace") if match else ""


# -- entry point -------------------------------------------------------------


def parse(source):
    data = source.data
    head = data.lstrip()[:1]
    if data.startswith(codecs.BOM_UTF8):
        head = data[3:].lstrip()[:1]
    if head in (b"{", b"["):
        return parse_ninjs(source)
    if head != b"<":
        raise FeedError(
            "format tidak dikenal: bukan XML (RSS, Atom, NewsML-G2) atau JSON"
        )
    data, warnings = decode_xml(data)
    root, error = safe_tree(data)
    name = local(root.tag) if root is not None else root_name(data)
    if name in ("rss", "feed", "RDF"):
        if root is None:
            warnings.append(f"XML rusak ({error}); item yang masih terbaca diimpor")
            parsed = parse_loose_feed(data, source)
        elif name == "RDF":
            parsed = parse_loose_feed(data, source)
        elif name == "rss":
            parsed = parse_rss(root, source)
        else:
            parsed = parse_atom(root, source)
    elif name in ("newsItem", "newsMessage"):
        if root is None:
            raise FeedError(f"XML rusak: {error}")
        parsed = parse_newsml(root, source)
    elif root is None:
        raise FeedError(f"XML rusak: {error}")
    else:
        raise FeedError(f"format tidak dikenal: elemen akar <{name}>")
    parsed.warnings = warnings + parsed.warnings
    return parsed


# -- RSS 2.0 and Atom --------------------------------------------------------


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


# -- IPTC ninjs --------------------------------------------------------------


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


# -- NewsML-G2 ---------------------------------------------------------------


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
