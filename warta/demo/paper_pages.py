"""The demo paper's identity and its own pages (``content/paper.toml``)."""

import re
import tomllib
import uuid

from django.utils.html import escape
from wagtail.models import Site

from warta.sections.models import InfoPage, PaperIdentity

LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
MASTHEAD = "[susunan-redaksi]"


def _block(kind, value):
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def _paragraph(text):
    html = escape(" ".join(text.split()))
    return "<p>" + LINK.sub(r'<a href="\2">\1</a>', html) + "</p>"


def body_blocks(markup, masthead=()):
    """StreamField data: paragraphs, ``## `` sub-headings and the masthead."""
    blocks = []
    for chunk in (c.strip() for c in re.split(r"\n\s*\n", markup.strip())):
        if chunk == MASTHEAD:
            lines = [{"role": m["role"], "names": list(m["names"])} for m in masthead]
            blocks.append(_block("masthead", lines))
        elif chunk.startswith("## "):
            blocks.append(_block("heading", chunk[3:].strip()))
        elif chunk:
            blocks.append(_block("paragraph", _paragraph(chunk)))
    return blocks


def load_paper_pages(loader, home, path):
    """The identity once (never over an editor's) and each page once."""
    data = tomllib.loads(path.read_text("utf-8")) if path.exists() else {}
    site = Site.objects.filter(root_page=home).first()
    if site is not None and "identity" in data:
        identity, made = PaperIdentity.objects.get_or_create(
            site=site, defaults=data["identity"]
        )
        if made:  # a Counter keeps a key added with 0: "0 identity" on a rerun
            loader.created["identity"] += 1
    for page in data.get("page", []):
        loader.ensure(
            "info", page["slug"], InfoPage, lambda p=page: _create(loader, home, p)
        )


def _create(loader, home, data):
    page = InfoPage(
        title=data["title"],
        slug=data["slug"],
        intro=data.get("intro", ""),
        body=body_blocks(data.get("body", ""), data.get("masthead", [])),
    )
    home.add_child(instance=page)
    loader.publish(page, loader.now)
    return page
