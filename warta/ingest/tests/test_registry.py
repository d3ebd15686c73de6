"""The format registry: each sample goes to its own format, and a new one plugs in."""

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from warta.ingest import formats
from warta.ingest.formats import atom, loose, newsml, ninjs, rss
from warta.ingest.sources import Source

FEEDS = Path(__file__).parent / "feeds"
OWNER = {
    "rss.xml": rss,
    "atom.xml": atom,
    "ninjs1.json": ninjs,
    "ninjs2.json": ninjs,
    "newsml.xml": newsml,
}


def source(data, name="umpan.xml"):
    return Source(data, name, str(FEEDS / name), local=True)


@pytest.mark.parametrize("name", list(OWNER))
def test_each_sample_is_claimed_by_its_own_format_only(name):
    sniffed = formats.sniff(source((FEEDS / name).read_bytes(), name))
    claimed = [f for f in formats.FORMATS if f.can_parse(sniffed)]
    assert claimed == [OWNER[name]]


def test_a_broken_rss_feed_goes_to_the_lenient_reader():
    data = (FEEDS / "rss.xml").read_bytes().replace(b"</channel>", b"")
    sniffed = formats.sniff(source(data))
    assert [f for f in formats.FORMATS if f.can_parse(sniffed)] == [loose]
    parsed = formats.parse(source(data))
    assert parsed.format == "rss" and parsed.entries
    assert parsed.warnings[0].startswith("XML rusak")


def test_a_format_added_to_the_registry_is_picked(monkeypatch):
    def parse(sniffed, src):
        entry = formats.Entry(ref="1", guid="x-1", headline=sniffed.root.get("judul"))
        return formats.Parsed("buletin", [entry])

    bulletin = SimpleNamespace(
        NAME="buletin",
        can_parse=lambda sniffed: sniffed.root_name == "buletin",
        parse=parse,
    )
    data = b'<buletin judul="Kabar Pagi"/>'
    with pytest.raises(formats.FeedError, match="elemen akar <buletin>"):
        formats.parse(source(data))

    monkeypatch.setattr(formats, "FORMATS", [*formats.FORMATS, bulletin])
    parsed = formats.parse(source(data))
    assert parsed.format == "buletin"
    assert [e.headline for e in parsed.entries] == ["Kabar Pagi"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"Halo, ini bukan umpan", "bukan XML (RSS, Atom, NewsML-G2) atau JSON"),
        (b"<html><body>halaman</body></html>", "elemen akar <html>"),
        (b"<newsItem><rusak></newsItem>", "XML rusak"),
    ],
)
def test_an_unknown_document_is_refused_with_a_clear_reason(data, message):
    with pytest.raises(formats.FeedError, match=re.escape(message)):
        formats.parse(source(data))
