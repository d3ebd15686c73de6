"""Turns the demo's light body markup (see content/README.md) into StreamField data."""

import re
import uuid

from django.utils.html import escape

FOTO = re.compile(r"\[foto:(?P<inner>.*)\]", re.S)
BACA = re.compile(r"\[baca:\s*(?P<slug>[\w-]+)\s*\]")


def _block(kind, value):
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def _paragraph_html(text):
    return "<p>" + escape(" ".join(text.split())) + "</p>"


def parse_body(markup, make_image, find_article):
    """StreamField raw data for ``markup``.

    ``make_image(caption_title, caption, credit)`` returns an image for an inline
    photo, or ``(image, caption_title, caption)`` when the picture it found
    needs a caption of its own; ``find_article(slug)`` returns a page or None
    (the link is dropped).
    """
    chunks = [c.strip() for c in re.split(r"\n\s*\n", markup.strip()) if c.strip()]
    blocks = []
    index = 0
    while index < len(chunks):
        chunk = chunks[index]
        index += 1
        if chunk.startswith("## "):
            blocks.append(_block("heading", chunk[3:].strip()))
        elif chunk.startswith(">"):
            text, _, who = chunk.lstrip("> ").partition("|")
            value = {"text": " ".join(text.split()), "attribution": who.strip()}
            blocks.append(_block("quote", value))
        elif chunk.startswith("T:"):
            answer = ""
            if index < len(chunks) and chunks[index].startswith("J:"):
                answer = chunks[index][2:]
                index += 1
            value = {
                "question": " ".join(chunk[2:].split()),
                "answer": _paragraph_html(answer),
            }
            blocks.append(_block("qa", value))
        elif match := FOTO.fullmatch(chunk):
            parts = [p.strip() for p in match["inner"].split("|")] + ["", ""]
            title, caption, credit = parts[:3]
            image = make_image(title, caption, credit)
            if isinstance(image, tuple):  # a photograph with its own caption
                image, title, caption = image
            value = {"image": image.pk, "caption_title": title, "caption": caption}
            blocks.append(_block("image", value))
        elif match := BACA.fullmatch(chunk):
            page = find_article(match["slug"])
            if page is not None:
                blocks.append(_block("related", {"article": page.pk}))
        else:
            blocks.append(_block("paragraph", _paragraph_html(chunk)))
    return blocks


def paragraphs_html(text):
    """Plain paragraphs (blank-line separated) as rich text HTML."""
    return "".join(
        _paragraph_html(chunk) for chunk in re.split(r"\n\s*\n", text.strip()) if chunk
    )
