"""Wire copy into Warta's shapes: plain headlines, datelines, body blocks.

Agency bodies arrive as HTML of any quality, or as plain text. They are
sanitised with ``warta.core.richtext.sanitize_html`` (scripts, styles, event
handlers and odd link schemes go) and then cut at the top level into the
article body's blocks: paragraphs (rich text), sub-headings and quotes.
"""

import html
import re
import uuid
from html.parser import HTMLParser

import nh3

from warta.core.richtext import ALLOWED_TAGS, URL_SCHEMES, sanitize_html

# Imported copy may not point at our own pages, images or documents.
WIRE_TAGS = ALLOWED_TAGS - {"embed"}
WIRE_ATTRIBUTES = {"a": {"href"}}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
BLOCK_TAGS = {"p", "ul", "ol", "blockquote", "hr"} | HEADINGS
DANGER = re.compile(
    r"<\s*(script|style|iframe|object|embed|form)\b|\son\w+\s*=|javascript\s*:",
    re.I,
)

# Tags whose end is the end of a line of text: "<p>a</p><p>b</p>" is "a b".
LINE_ENDS = re.compile(r"<(?:br|/?p|/?div|/?li|/?h\d|/?tr|/?td)\b[^>]*>", re.I)

# "JAKARTA (ANTARA) -", "Jakarta (ANTARA) -", "SURABAYA, 3/5 (Ant) --",
# "BANDUNG -" (a city in capitals on its own), "KUPANG, 12 Mei -".
DATELINE = re.compile(
    r"""^\s*
    (?P<city>[A-Za-z][A-Za-z.'’ ]{1,38}?)
    (?:\s*,\s*(?P<when>[^()\-–—\n]{1,30}?))?
    \s*(?:\((?P<agency>[A-Za-z][A-Za-z./ ]{0,24})\))?
    \s*(?:--|[-–—])\s+""",
    re.X,
)


def block(kind, value):
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def plain(text):
    """Markup and entities gone, whitespace collapsed: for headlines, captions,
    names and comments (wire ingest and the importers both use this one).
    Script and style content goes with its tags; a line-ending tag (``<br>``,
    ``</p>``) leaves a space; entities escaped twice (``&amp;amp;``, common in
    feeds) are read as one character."""
    if not text:
        return ""
    text = LINE_ENDS.sub(" ", str(text))
    text = nh3.clean(text, tags=set())
    text = html.unescape(html.unescape(text))
    text = re.sub(r"<[^>]*>", " ", text)
    return " ".join(text.split())


def has_danger(markup):
    return bool(markup and DANGER.search(markup))


def clean_html(markup):
    """Warta's rich text dialect, less the internal references."""
    return nh3.clean(
        sanitize_html(markup),
        tags=WIRE_TAGS,
        attributes=WIRE_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )


def looks_like_html(text):
    return bool(re.search(r"<\s*/?\s*[a-zA-Z][^>]*>", text or ""))


def text_paragraphs(text):
    """Plain text into paragraphs: blank lines, else single lines, separate them."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    chunks = re.split(r"\n\s*\n", text)
    if len(chunks) == 1:
        chunks = text.split("\n")
    return [" ".join(c.split()) for c in chunks if c.strip()]


class _TopLevel(HTMLParser):
    """Cuts sanitised HTML into top-level pieces: (tag or None, inner html)."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.pieces = []
        self.stack = []
        self.buffer = []
        self.loose = []  # inline content outside any block

    def _emit_loose(self):
        if self.loose:
            self.pieces.append((None, "".join(self.loose)))
            self.loose = []

    def _write(self, text):
        (self.buffer if self.stack else self.loose).append(text)

    def handle_starttag(self, tag, attrs):
        raw = self.get_starttag_text()
        if not self.stack and tag in BLOCK_TAGS:
            self._emit_loose()
            if tag == "hr":
                return
            self.stack.append(tag)
            self.buffer = []
            return
        if not self.stack and tag == "br":
            self.loose.append("\n")
            return
        if self.stack and tag == self.stack[0]:
            self.stack.append(tag)
        self._write(raw)

    def handle_startendtag(self, tag, attrs):
        if not self.stack and tag == "br":
            self.loose.append("\n")
            return
        if not self.stack and tag == "hr":
            self._emit_loose()
            return
        self._write(self.get_starttag_text())

    def handle_endtag(self, tag):
        if self.stack and tag == self.stack[0]:
            self.stack.pop()
            if not self.stack:
                self.pieces.append((tag, "".join(self.buffer)))
                self.buffer = []
                return
        self._write(f"</{tag}>")

    def handle_data(self, data):
        self._write(data)

    def handle_entityref(self, name):
        self._write(f"&{name};")

    def handle_charref(self, name):
        self._write(f"&#{name};")

    def close(self):
        super().close()
        if self.stack:
            self.pieces.append((self.stack[0], "".join(self.buffer)))
            self.stack = []
        self._emit_loose()


def _text_of(fragment):
    return plain(fragment)


def body_blocks(markup, is_html=None):
    """StreamField data for an agency body (HTML or plain text)."""
    if is_html is None:
        is_html = looks_like_html(markup)
    if not is_html:
        return [
            block("paragraph", f"<p>{html.escape(p, quote=False)}</p>")
            for p in text_paragraphs(markup)
        ]
    parser = _TopLevel()
    parser.feed(clean_html(markup))
    parser.close()
    blocks = []
    for tag, inner in parser.pieces:
        if tag is None:
            for line in re.split(r"\n\s*\n|\n", inner):
                if _text_of(line):
                    blocks.append(block("paragraph", f"<p>{line.strip()}</p>"))
        elif tag in HEADINGS:
            if _text_of(inner):
                blocks.append(block("heading", _text_of(inner)[:255]))
        elif tag == "blockquote":
            if _text_of(inner):
                blocks.append(
                    block("quote", {"text": _text_of(inner), "attribution": ""})
                )
        elif tag in ("ul", "ol"):
            if _text_of(inner):
                blocks.append(block("paragraph", f"<{tag}>{inner}</{tag}>"))
        elif _text_of(inner):
            blocks.append(block("paragraph", f"<p>{inner.strip()}</p>"))
    return blocks


def body_text(blocks):
    """The readable text of body blocks (to tell an empty body from a real one)."""
    parts = []
    for item in blocks:
        value = item["value"]
        parts.append(plain(value["text"] if isinstance(value, dict) else value))
    return " ".join(p for p in parts if p)


def split_dateline(text):
    """``(CITY, rest)`` when ``text`` opens with a dateline, else ``("", text)``."""
    match = DATELINE.match(text or "")
    if not match:
        return "", text
    city = " ".join(match["city"].split()).strip(" .")
    # Without an agency in brackets only a city in capitals counts as a
    # dateline ("BANDUNG - …"), never an ordinary sentence with a dash.
    if not match["agency"] and (city.upper() != city or len(city) < 3):
        return "", text
    words = city.replace(".", " ").split()
    if len(words) > 4 or any(not word[0].isupper() for word in words):
        return "", text
    return city.upper(), text[match.end() :]


def strip_dateline(blocks):
    """Remove a leading dateline from the first paragraph; return the city."""
    for index, item in enumerate(blocks):
        if item["type"] != "paragraph":
            if item["type"] == "heading":
                continue
            return ""
        fragment = item["value"]
        city, rest = split_dateline(plain(fragment))
        if not city:
            return ""
        prefix_len = len(plain(fragment)) - len(rest)
        item["value"] = _drop_text_prefix(fragment, prefix_len)
        if not plain(item["value"]):
            del blocks[index]
        return city
    return ""


def _drop_text_prefix(fragment, count):
    """Drop the first ``count`` characters of the fragment's visible text."""
    prefix = plain(fragment)[:count]
    todo = len(re.sub(r"\s", "", prefix))  # non-space characters to drop
    out, trimming = [], True
    for token in re.split(r"(<[^>]+>)", fragment):
        if token.startswith("<") or not trimming:
            out.append(token)
            continue
        text = html.unescape(token)
        index = 0
        while index < len(text) and todo > 0:
            if not text[index].isspace():
                todo -= 1
            index += 1
        text = text[index:]
        if todo == 0:
            text = text.lstrip()
            trimming = not text
        out.append(html.escape(text, quote=False))
    result = "".join(out)
    # Tags left empty by the cut (<p><strong></strong> Pemerintah …</p>).
    return re.sub(r"<(strong|b|em|i|u)>\s*</\1>", "", result).strip()
