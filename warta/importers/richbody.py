"""HTML from elsewhere (a WordPress post) turned into Warta's article body blocks.

WordPress stores posts as "autop" text (blank lines are paragraphs) mixed with
HTML and shortcodes. ``[caption]`` becomes a photo block with its caption,
``[embed]`` a plain link (an embed block would call a third party on every
render), and every other shortcode is dropped, keeping the text it wraps.
Paragraph HTML goes through ``sanitize_html``; headings, quotes and captions
are stored as text. Scripts, styles, iframes and forms vanish with their
content. "Baca juga" lines point at the old site and are dropped.
"""

import re
from dataclasses import dataclass
from html import escape

from lxml import etree, html

from warta.core.richtext import sanitize_html
from warta.ingest.shared import block

CAPTION = re.compile(r"\[(?:wp_)?caption\b([^\]]*)\](.*?)\[/(?:wp_)?caption\]", re.S)
EMBED = re.compile(r"\[embed\b[^\]]*\](.*?)\[/embed\]", re.S)
KNOWN_SHORTCODES = (
    "gallery|video|audio|playlist|embed|caption|wp_caption|youtube|vimeo|tweet|"
    "instagram|contact-form-7|contact-form|et_pb_\\w+|vc_\\w+|fusion_\\w+|su_\\w+|"
    "ads?|iklan|related|shortcode"
)
SHORTCODE = re.compile(rf"\[/?(?:{KNOWN_SHORTCODES})\b[^\]]*\]")
BLOCK_TAGS = "p|div|h[1-6]|ul|ol|blockquote|figure|table|pre|hr|section|article"
STARTS_BLOCK = re.compile(rf"^\s*<(?:{BLOCK_TAGS})\b", re.I)
HAS_BLOCK = re.compile(rf"<(?:{BLOCK_TAGS})\b", re.I)
DROP_TAGS = {
    "script", "style", "iframe", "object", "embed", "form", "input", "button",
    "noscript", "template", "svg", "math", "video", "audio", "canvas", "select",
    "textarea", "link", "meta",
}  # fmt: skip
CONTAINERS = {"div", "section", "article", "main", "span", "center", "font"}
BACA_JUGA = re.compile(r"^\s*(baca|lihat|simak)\s+juga\b", re.I)
CREDIT = re.compile(r"\(?\s*(?:Foto|Photo|Kredit)\s*:\s*([^)]+?)\s*\)?\s*$", re.I)
CAPTION_TITLE = re.compile(r"^([A-Z0-9][A-Z0-9 ,.'’\"&/-]{2,80}?)\s+I\s+(\S.*)$", re.S)


def text_of(element):
    return " ".join(element.text_content().split())


def split_caption(text):
    """``(caption_title, caption, credit)`` from a caption in the papers' style:
    "TITLE I caption (Foto: CREDIT)"."""
    text = " ".join((text or "").split())
    credit = ""
    if match := CREDIT.search(text):
        credit, text = match[1].strip(), text[: match.start()].strip()
    title = ""
    if match := CAPTION_TITLE.match(text):
        title, text = match[1].strip(), match[2].strip()
    return title[:120], text, credit[:255]


@dataclass
class Picture:
    src: str
    alt: str
    caption: str
    attachment_id: str


def expand_shortcodes(content):
    def caption(match):
        attrs, inner = match[1], match[2]
        ident = re.search(r'id="?attachment_(\d+)', attrs)
        img = re.search(r"<img\b[^>]*>", inner, re.S)
        text = re.sub(r"<img\b[^>]*>", "", inner)
        img_html = img[0] if img else ""
        if ident and img:
            img_html = img_html.replace("<img", f'<img data-wp-id="{ident[1]}"', 1)
        return f"\n\n<figure>{img_html}<figcaption>{text}</figcaption></figure>\n\n"

    content = CAPTION.sub(caption, content)
    content = EMBED.sub(
        lambda m: f'\n\n<p><a href="{escape(m[1].strip())}">{escape(m[1])}</a></p>\n\n',
        content,
    )
    return SHORTCODE.sub("", content)


def autop(content):
    """WordPress's paragraphs: blank lines split them, newlines inside break."""
    chunks = re.split(r"\n\s*\n", content.replace("\r\n", "\n"))
    out = []
    for chunk in chunks:
        chunk = chunk.strip()
        if not chunk:
            continue
        if STARTS_BLOCK.match(chunk) or HAS_BLOCK.search(chunk) and "<p" in chunk:
            out.append(chunk)
        else:
            out.append("<p>" + chunk.replace("\n", "<br>") + "</p>")
    return "\n".join(out)


class BodyBuilder:
    """Walks the HTML tree and collects blocks; pictures go through ``picture``,
    a callable returning ``(image, caption_title, caption)`` or None."""

    def __init__(self, picture):
        self.picture = picture
        self.blocks = []
        self.inline = []

    def build(self, content):
        content = autop(expand_shortcodes(content or ""))
        if not content.strip():
            return []
        try:
            root = html.fragment_fromstring(content, create_parent="div")
        except (etree.ParserError, ValueError):
            return []
        self.walk(root)
        self.flush()
        return self.blocks

    def walk(self, parent):
        if parent.text and parent.text.strip():
            self.inline.append(_escape(parent.text))
        for child in parent:
            self.node(child)
            if child.tail and child.tail.strip():
                self.inline.append(_escape(child.tail))

    def node(self, el):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not tag or tag in DROP_TAGS:
            return
        if tag == "p":
            self.paragraph(el)
        elif re.fullmatch(r"h[1-6]", tag):
            self.flush()
            if text := text_of(el):
                self.blocks.append(block("heading", text[:255]))
        elif tag == "blockquote":
            self.quote(el)
        elif tag in {"ul", "ol"}:
            self.flush()
            self.add_paragraph(etree.tostring(el, encoding="unicode", with_tail=False))
        elif tag in {"figure", "img"}:
            self.flush()
            self.figure(el)
        elif tag == "table":
            self.flush()
            for row in el.iter("tr"):
                self.add_paragraph(_escape(" | ".join(text_of(c) for c in row)))
        elif tag in CONTAINERS:
            self.walk(el)
        else:
            self.inline.append(etree.tostring(el, encoding="unicode", with_tail=False))

    def paragraph(self, el):
        self.flush()
        for img in list(el.iter("img")):
            self.figure(img)
            _remove_keep_tail(img)
        inner = (el.text and _escape(el.text) or "") + "".join(
            etree.tostring(child, encoding="unicode") for child in el
        )
        self.add_paragraph(inner)

    def quote(self, el):
        self.flush()
        cite = el.find(".//cite")
        who = text_of(cite) if cite is not None else ""
        if cite is not None:
            _remove_keep_tail(cite)
        if text := text_of(el):
            self.blocks.append(block("quote", {"text": text, "attribution": who}))

    def figure(self, el):
        img = el if el.tag == "img" else el.find(".//img")
        if img is None:
            return
        caption_el = el.find(".//figcaption") if el.tag != "img" else None
        picture = Picture(
            src=img.get("src", ""),
            alt=img.get("alt", ""),
            caption=text_of(caption_el) if caption_el is not None else "",
            attachment_id=img.get("data-wp-id", ""),
        )
        found = self.picture(picture)
        if found:
            image, title, caption = found
            value = {"image": image.pk, "caption_title": title, "caption": caption}
            self.blocks.append(block("image", value))

    def add_paragraph(self, inner_html):
        clean = sanitize_html(inner_html).strip()
        text = html.fromstring(f"<div>{clean}</div>").text_content() if clean else ""
        if not text.strip() or BACA_JUGA.match(text):
            return
        if not re.match(r"^<(p|ul|ol)\b", clean):
            clean = f"<p>{clean}</p>"
        self.blocks.append(block("paragraph", clean))

    def flush(self):
        if self.inline:
            self.add_paragraph("".join(self.inline))
            self.inline = []


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _remove_keep_tail(el):
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail or ""
    previous = el.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(el)
