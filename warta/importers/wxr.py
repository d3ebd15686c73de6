"""Streaming reader for WordPress eXtended RSS (WXR) exports.

The export can be hundreds of megabytes: it is read with ``lxml.etree.iterparse``
and every ``<item>`` is turned into a plain ``Item`` and cleared from memory.
The parser never resolves external entities, loads a DTD or touches the network.
A file that is not UTF-8 and says nothing about its encoding (Windows-1252 is the
usual culprit) can be read again through ``Cp1252ToUtf8``; a malformed file in
libxml2's recover mode, which salvages the items after the damage.
"""

import codecs
import datetime
from dataclasses import dataclass, field

from django.utils import timezone
from lxml import etree

CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
DC_NS = "http://purl.org/dc/elements/1.1/"
MAX_FIELD = 5 * 1024 * 1024  # one post's content; more is refused


@dataclass
class Item:
    line: int
    fields: dict = field(default_factory=dict)
    categories: list = field(default_factory=list)  # (domain, nicename, name)
    meta: dict = field(default_factory=dict)
    comments: list = field(default_factory=list)

    def get(self, name, default=""):
        return self.fields.get(name, default)


def short(tag):
    """``wp:post_id``, ``content:encoded``, ``dc:creator`` or the bare name."""
    qname = etree.QName(tag)
    ns = qname.namespace or ""
    if ns.startswith("http://wordpress.org/export/"):
        prefix = "excerpt" if ns.rstrip("/").endswith("excerpt") else "wp"
        return f"{prefix}:{qname.localname}"
    if ns == CONTENT_NS:
        return f"content:{qname.localname}"
    if ns == DC_NS:
        return f"dc:{qname.localname}"
    return qname.localname


def _children(element):
    return {short(child.tag): (child.text or "") for child in element}


def _item(element):
    item = Item(line=element.sourceline or 0)
    for child in element:
        if not isinstance(child.tag, str):
            continue
        name = short(child.tag)
        if name == "category":
            item.categories.append(
                (child.get("domain", ""), child.get("nicename", ""), child.text or "")
            )
        elif name == "wp:postmeta":
            meta = _children(child)
            item.meta[meta.get("wp:meta_key", "")] = meta.get("wp:meta_value", "")
        elif name == "wp:comment":
            item.comments.append(_children(child))
        else:
            item.fields[name] = child.text or ""
    return item


class Cp1252ToUtf8:
    """A file object giving UTF-8 for a file written in Windows-1252."""

    def __init__(self, raw):
        self.raw = raw
        self.decoder = codecs.getincrementaldecoder("cp1252")(errors="replace")

    def read(self, size=-1):
        chunk = self.raw.read(size)
        return self.decoder.decode(chunk, final=not chunk).encode("utf-8")


def read(source, recover=False):
    """Yield ``("channel", dict)``, ``("author", dict)``, ``("category", dict)``
    and ``("item", Item)`` in file order. Raises ``etree.XMLSyntaxError``."""
    events = etree.iterparse(
        source,
        events=("end",),
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        huge_tree=False,
        recover=recover,
        remove_comments=True,
        remove_pis=True,
    )
    channel = {}
    for _event, element in events:
        if not isinstance(element.tag, str):
            continue
        name = short(element.tag)
        parent = element.getparent()
        in_channel = parent is not None and short(parent.tag) == "channel"
        if not in_channel:
            continue
        if name == "item":
            yield "item", _item(element)
        elif name == "wp:author":
            yield "author", _children(element)
        elif name == "wp:category":
            yield "category", _children(element)
        elif name in ("link", "title", "wp:base_site_url", "wp:base_blog_url"):
            channel[name] = (element.text or "").strip()
            yield "channel", dict(channel)
        element.clear(keep_tail=False)
        while element.getprevious() is not None:
            del parent[0]


def parse_date(gmt, local=""):
    """An aware datetime from WordPress's GMT date, else its local date in WIB."""
    for value, zone in ((gmt, datetime.UTC), (local, timezone.get_default_timezone())):
        value = (value or "").strip()
        if not value or value.startswith("0000"):
            continue
        try:
            moment = datetime.datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
        except ValueError:
            continue
        return moment.replace(tzinfo=zone)
    return None
