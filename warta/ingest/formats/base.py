"""What every wire format shares: entries, errors, checks and safe XML reading.

A format module (``rss``, ``atom``, ``ninjs``…) exposes ``NAME``,
``can_parse(sniffed)`` and ``parse(sniffed, source)``; ``sniff(source)`` reads
the bytes once for all of them (JSON or XML, the XML decoded to UTF-8 and
parsed with defusedxml, its root element and any warnings), so no format
parses the document again to decide whether it is its own.

XML is parsed with defusedxml, which refuses entity declarations and external
entities; a document declaring ``<!ENTITY`` is refused before any parser sees
it.
"""

import codecs
import datetime
import email.utils
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

import feedparser
from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from warta.ingest import sources
from warta.ingest.text import plain

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
    """The root element's local name, read from the bytes (for broken XML)."""
    match = ROOT.search(re.sub(rb"<!--.*?-->", b"", data[:4096], flags=re.S))
    return match.group(1).decode("ascii", "replace") if match else ""


# -- sniffing ------------------------------------------------------------------


@dataclass
class Sniffed:
    """The source as the registry read it once, for ``can_parse`` and ``parse``.

    ``kind`` is ``"json"``, ``"xml"`` or ``""`` (neither); for XML ``data`` is
    the document re-encoded as UTF-8, ``root`` its parsed root element (None
    when it is not well-formed, ``error`` then says why) and ``root_name`` the
    local name of the root element, found even in a broken document.
    """

    data: bytes
    kind: str = ""
    root: ET.Element | None = None
    root_name: str = ""
    error: Exception | None = None
    warnings: list[str] = field(default_factory=list)


def sniff(source):
    """Read ``source.data`` once. Raises ``FeedError`` for entity declarations."""
    data = source.data
    head = data.lstrip()[:1]
    if data.startswith(codecs.BOM_UTF8):
        head = data[3:].lstrip()[:1]
    if head in (b"{", b"["):
        return Sniffed(data, kind="json")
    if head != b"<":
        return Sniffed(data)
    data, warnings = decode_xml(data)
    root, error = safe_tree(data)
    name = local(root.tag) if root is not None else root_name(data)
    return Sniffed(data, "xml", root, name, error, warnings)
