"""Datelines, body blocks and polling settings, without the database."""

import io

import pytest
from django.core.management import CommandError, call_command

from warta.ingest import conf
from warta.ingest.text import body_blocks, split_dateline, strip_dateline


@pytest.mark.parametrize(
    "text, city, rest",
    [
        ("JAKARTA (ANTARA) - Pemerintah", "JAKARTA", "Pemerintah"),
        ("Jakarta (ANTARA) - Pemerintah", "JAKARTA", "Pemerintah"),
        ("SURABAYA, 3/5 (Ant) -- Warga", "SURABAYA", "Warga"),
        ("KUALA LUMPUR (AFP) – Polisi", "KUALA LUMPUR", "Polisi"),
        ("BANDUNG - Hujan deras", "BANDUNG", "Hujan deras"),
        ("Menurut dia (ANTARA) - bukan", "", "Menurut dia (ANTARA) - bukan"),
        ("Harga naik - kata pedagang", "", "Harga naik - kata pedagang"),
        ("Pemerintah menaikkan tarif.", "", "Pemerintah menaikkan tarif."),
    ],
)
def test_datelines(text, city, rest):
    assert split_dateline(text) == (city, rest)


def test_the_dateline_leaves_the_first_paragraph_and_its_markup():
    blocks = body_blocks(
        "<p><strong>JAKARTA</strong> (ANTARA) - Pemerintah &amp; DPR "
        "<em>sepakat</em>.</p><p>Kedua.</p>"
    )
    assert strip_dateline(blocks) == "JAKARTA"
    assert blocks[0]["value"] == "<p>Pemerintah &amp; DPR <em>sepakat</em>.</p>"
    assert blocks[1]["value"] == "<p>Kedua.</p>"


def test_body_blocks_from_messy_html():
    blocks = body_blocks(
        "Teks lepas<br>baris kedua<h3>Sub judul</h3><blockquote>Kutipan</blockquote>"
        "<ul><li>satu</li></ul><div><p>Dalam div</p></div>"
        '<p><embed embedtype="image" id="1"/><a href="/admin/" linktype="page" id="3">'
        "tautan</a></p>"
    )
    kinds = [(b["type"], b["value"]) for b in blocks]
    assert kinds[:4] == [
        ("paragraph", "<p>Teks lepas</p>"),
        ("paragraph", "<p>baris kedua</p>"),
        ("heading", "Sub judul"),
        ("quote", {"text": "Kutipan", "attribution": ""}),
    ]
    assert kinds[4] == ("paragraph", "<ul><li>satu</li></ul>")
    html = str(kinds)
    assert "embed" not in html and "linktype" not in html
    assert "Dalam div" in html


def test_plain_text_bodies_are_escaped():
    blocks = body_blocks("Satu <tanpa tag\n\nDua & tiga", is_html=False)
    assert [b["value"] for b in blocks] == [
        "<p>Satu &lt;tanpa tag</p>",
        "<p>Dua &amp; tiga</p>",
    ]


def test_wire_feeds_setting(settings):
    settings.WARTA_WIRE_FEEDS = "https://a.example.org/x.xml|nasional|Ant /srv/kawat/"
    assert conf.feeds() == [
        ("https://a.example.org/x.xml", "nasional", "Ant"),
        ("/srv/kawat/", None, None),
    ]


@pytest.mark.django_db
def test_ingest_feeds_runs_every_feed_and_fails_when_one_is_unreadable(
    settings, feeds, nasional
):
    settings.WARTA_WIRE_FEEDS = (
        f"{feeds / 'rss.xml'}|nasional {feeds / 'atom.xml'}|ekonomi|AFP "
        f"{feeds / 'tidak-ada.xml'}|nasional"
    )
    out = io.StringIO()
    with pytest.raises(CommandError, match="1 umpan gagal dibaca"):
        call_command("ingest_feeds", stdout=out, stderr=out)
    output = out.getvalue()
    assert "rss.xml: 2 baru" in output and "atom.xml: 1 baru" in output
    assert "berkas tidak ada" in output
    settings.WARTA_WIRE_FEEDS = ""
    with pytest.raises(CommandError, match="WARTA_WIRE_FEEDS kosong"):
        call_command("ingest_feeds")
