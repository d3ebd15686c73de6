"""Wire formats into plain entries: RSS 2.0, Atom, IPTC ninjs 1.x/2.x, NewsML-G2.

``parse(source)`` returns a ``Parsed`` feed of ``Entry`` objects, one per item,
each carrying its own warnings or the error that keeps it out; it raises
``FeedError`` only when the feed as a whole cannot be read (not a known
format, entity declarations, NewsML that is not well-formed).

Each format is a module with ``NAME``, ``can_parse(sniffed)`` and
``parse(sniffed, source)`` (see ``base.Sniffed``). ``FORMATS`` is the registry:
``parse`` sniffs the source once and hands it to the first format whose
``can_parse`` says yes. A new format is a module added to that list; the
public names of ``base`` are re-exported here so callers import them from
``warta.ingest.formats`` as before.
"""

from warta.ingest.formats import atom, loose, newsml, ninjs, rss
from warta.ingest.formats.base import (
    IMAGE_EXTENSIONS,
    IMAGE_TYPES,
    MAX_BODY_CHARS,
    NS,
    Entry,
    FeedError,
    Parsed,
    Picture,
    Sniffed,
    check_entry,
    date_version,
    decode_xml,
    http_link,
    inner_html,
    local,
    number_version,
    parse_date,
    root_name,
    safe_tree,
    sniff,
    text_of,
)
from warta.ingest.formats.mediarss import media_pictures

__all__ = [
    "FORMATS",
    "IMAGE_EXTENSIONS",
    "IMAGE_TYPES",
    "MAX_BODY_CHARS",
    "NS",
    "Entry",
    "FeedError",
    "Parsed",
    "Picture",
    "Sniffed",
    "check_entry",
    "date_version",
    "decode_xml",
    "format_for",
    "http_link",
    "inner_html",
    "local",
    "media_pictures",
    "number_version",
    "parse",
    "parse_date",
    "root_name",
    "safe_tree",
    "sniff",
    "text_of",
]

# Asked in this order; the first whose can_parse(sniffed) is true parses.
FORMATS = [rss, atom, loose, newsml, ninjs]


def format_for(sniffed, formats=None):
    """The registered format that reads ``sniffed``, else ``FeedError`` saying
    what the document looked like."""
    for candidate in FORMATS if formats is None else formats:
        if candidate.can_parse(sniffed):
            return candidate
    if sniffed.kind not in ("json", "xml"):
        raise FeedError(
            "format tidak dikenal: bukan XML (RSS, Atom, NewsML-G2) atau JSON"
        )
    if sniffed.kind == "json":
        raise FeedError("format tidak dikenal: JSON yang bukan ninjs")
    if sniffed.root is None:
        raise FeedError(f"XML rusak: {sniffed.error}")
    raise FeedError(f"format tidak dikenal: elemen akar <{sniffed.root_name}>")


def parse(source):
    sniffed = sniff(source)
    parsed = format_for(sniffed).parse(sniffed, source)
    parsed.warnings = sniffed.warnings + parsed.warnings
    return parsed
