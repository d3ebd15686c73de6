"""Reading a saved page: bytes in any of the usual encodings, HTML or text.

HTML pages go through trafilatura for the story body; the header (kicker,
headline, dek, photo caption and credit, date) is read from the page's own
markup and metadata, since trafilatura leaves it out. Nothing in the page is
ever executed or stored as markup: only text comes out.
"""

import codecs
import datetime
import re

import trafilatura
from lxml import etree, html

from warta.importers.pageparse import PAYWALL, PAYWALL_NOTE, Reader, clean_lines
from warta.importers.press import WIB, credit, find_date

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)
LOOKS_HTML = re.compile(r"<(?:!doctype|html|head|body|p|div|article)\b", re.I)
KICKER_CLASS = re.compile(r"kicker|overtitle|supertitle|topic-line|label-rubrik", re.I)
DEK_CLASS = re.compile(
    r"\b(?:dek|subtitle|sub-title|standfirst|excerpt|summary)\b", re.I
)
CREDIT_CLASS = re.compile(r"credit", re.I)
BYLINE_CLASS = re.compile(
    r"byline|author|penulis|reporter|writer|\bmeta\b|entry-meta|post-meta|"
    r"\bdate\b|publish|\btime\b",
    re.I,
)
SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,60}$")


def decode(data, declared=None):
    """``(text, encoding, note)``: the declared charset when it fits, else UTF-8,
    else Windows-1252 (what browsers read Latin-1 pages as)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace"), "utf-8", ""
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return data.decode("utf-16", "replace"), "utf-16", ""
    if not declared and (match := META_CHARSET.search(data[:4096])):
        declared = match[1].decode("ascii", "ignore")
    candidates = []
    if declared:
        name = declared.lower()
        candidates.append(
            "cp1252"
            if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii")
            else name
        )
    candidates += ["utf-8", "cp1252"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        note = ""
        if declared and encoding != candidates[0]:
            note = f"dinyatakan {declared} tetapi dibaca sebagai {encoding}"
        elif not declared and encoding != "utf-8":
            note = f"encoding tidak dinyatakan: dibaca sebagai {encoding}"
        return text, encoding, note
    return data.decode("cp1252", "replace"), "cp1252", "bita yang tak terbaca diganti"


def looks_like_html(text):
    return bool(LOOKS_HTML.search(text[:4096]))


def _text(element):
    return " ".join(element.text_content().split()) if element is not None else ""


def _first(doc, xpath):
    found = doc.xpath(xpath)
    return found[0] if found else None


def _by_class(doc, pattern):
    for element in doc.iter():
        if not isinstance(element.tag, str):
            continue
        if pattern.search(element.get("class", "")) and (text := _text(element)):
            return text
    return ""


def headline(doc):
    """The story's h1 (a site's logo is often an h1 too, with only an image in
    it), else the page's title less the site's name after "|" or "-"."""
    for xpath in ("//article//h1|//main//h1", "//h1"):
        for element in doc.xpath(xpath):
            if text := _text(element):
                return text
    title = _first(doc, "//meta[@property='og:title']/@content") or _text(
        _first(doc, "//title")
    )
    return SITE_SUFFIX.sub("", " ".join(str(title or "").split()))


def byline_lines(doc):
    """Credit and date lines of the page's byline and meta boxes, which the
    story body (trafilatura's) leaves out: "Oleh …", "LAPORAN: … Senin, …"."""
    lines = []
    for element in doc.iter():
        if not isinstance(element.tag, str) or element.tag in ("html", "body"):
            continue
        if not BYLINE_CLASS.search(element.get("class", "")):
            continue
        for text in (_text(element), *(_text(child) for child in element)):
            if text and (credit(text) or find_date(text)) and text not in lines:
                lines.append(text)
    return lines


def paywalled(doc):
    return any(
        PAYWALL.match(" ".join(line.split()))
        for line in doc.text_content().splitlines()
    )


def header_lines(doc):
    """The header as the lines a browser would show, for the shared reader."""
    title = headline(doc)
    lines = [_by_class(doc, KICKER_CLASS), title, _by_class(doc, DEK_CLASS)]
    figcaption = _first(doc, "//figcaption")
    credit = _by_class(doc, CREDIT_CLASS)
    if credit:
        lines.append(
            credit
            if credit.lower().startswith(("foto", "photo"))
            else f"Foto : {credit}"
        )
    if figcaption is not None:
        for part in figcaption.itertext():
            if part.strip() and part.strip() != credit:
                lines.append(" ".join(part.split()))
    published = _first(doc, "//meta[@property='article:published_time']/@content")
    published = published or _first(doc, "//time/@datetime")
    return [line for line in lines if line], str(published or "")


def body_lines(markup):
    """``(lines, headings)`` of the story body, as trafilatura finds it."""
    extracted = trafilatura.extract(
        markup,
        output_format="xml",
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        favor_precision=True,
    )
    if not extracted:
        return [], set()
    root = etree.fromstring(
        extracted.encode("utf-8"),
        etree.XMLParser(resolve_entities=False, no_network=True),
    )
    lines, headings = [], set()
    main = root.find("main")
    for element in main if main is not None else root:
        text = " ".join("".join(element.itertext()).split())
        if not text:
            continue
        if element.tag == "head":
            headings.add(text)
        if element.tag == "list":
            lines += [" ".join("".join(i.itertext()).split()) for i in element]
        else:
            lines.append(text)
    return lines, headings


def parse_html(markup, now=None):
    doc = html.document_fromstring(markup)
    for bad in doc.xpath("//script|//style|//noscript|//template|//iframe"):
        bad.drop_tree()
    head, iso_date = header_lines(doc)
    lines, headings = body_lines(markup)
    reader = Reader(now=now, headings=headings)
    reader.header(clean_lines("\n".join(head)))
    parts = reader.read(clean_lines("\n".join(byline_lines(doc) + lines)), header=False)
    if paywalled(doc) and PAYWALL_NOTE not in parts.notes:
        parts.notes.append(PAYWALL_NOTE)
    if iso_date and (date := _iso(iso_date)):
        parts.published = date
    if not parts.published:
        parts.published = find_date(" ".join(head))
    return parts


def _iso(value):
    try:
        moment = datetime.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=WIB)
    return moment.astimezone(WIB)
