"""Other dailies' layouts through ``warta import-page``: what the editor finds
in the saved draft (headline, credits, dateline, date, clean body)."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command

from warta.articles.models import ArticlePage
from warta.importers.pageparse import parse_text
from warta.importers.press import WIB
from warta.importers.tests import layouts

OPENS = {
    "sleman": "Murid sebuah sekolah dasar",
    "malang": "Pemerintah kota membuka jalur sepeda",
    "garut": "Perajin anyaman bambu",
    "tuban": "Koperasi nelayan di pesisir utara",
    "bantul": "Ratusan layang-layang",
}


def imported(tmp_path, text, name="halaman.html"):
    """Import ``text`` as a saved page; the draft and the command's output."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = StringIO()
    call_command("import_page", str(path), stdout=out)
    page = ArticlePage.objects.order_by("-pk").first()
    return page, out.getvalue()


def paragraphs(page):
    return [b.value.source for b in page.body if b.block_type == "paragraph"]


def check(page, *, title, writers, editor, dateline, count):
    assert page.title == title
    assert [p.name for p in page.writers] == writers
    assert (page.editor.name if page.editor else "") == editor
    assert page.dateline == dateline
    body = paragraphs(page)
    assert len(body) == count, body
    assert body[0].startswith("<p>" + OPENS[dateline.lower()])


def test_oleh_byline_and_fused_pewarta_editor_line(home, tmp_path):
    page, _ = imported(tmp_path, layouts.OLEH)
    check(
        page,
        title="Kebun Sekolah Panen Sayur Pertama",
        writers=["Siti Rahmawati"],
        editor="Bambang Wicaksono",
        dateline="SLEMAN",
        count=3,
    )
    assert page.go_live_at == datetime.datetime(2026, 3, 5, 8, 40, tzinfo=WIB)
    assert not any("Pewarta" in p or "Editor" in p for p in paragraphs(page))


def test_laporan_in_capitals_fused_with_the_date(home, tmp_path):
    page, out = imported(tmp_path, layouts.LAPORAN)
    check(
        page,
        title="Jalur Sepeda Baru Menghubungkan Dua Taman Kota",
        writers=["Budi Santoso"],  # "BUDI SANTOSO" as a page prints a name
        editor="Dewi Anggraini",
        dateline="MALANG",
        count=3,
    )
    assert page.go_live_at == datetime.datetime(2026, 12, 2, 10, 15, tzinfo=WIB)
    assert "Orang baru dibuat: Budi Santoso" in out


@pytest.mark.parametrize(
    ("fixture", "name"),
    [("AGGREGATOR", "halaman.html"), ("AGGREGATOR_TEXT", "halaman.txt")],
)
def test_logo_ads_section_name_and_repeated_headline_are_left_out(
    home, tmp_path, fixture, name
):
    page, _ = imported(tmp_path, getattr(layouts, fixture), name)
    title = "Perajin Bambu Desa Wisata Kebanjiran Pesanan"
    check(
        page,
        title=title,
        writers=["Rina Kartika"],
        editor="Hadi Susanto" if name.endswith(".txt") else "",
        dateline="GARUT",
        count=3 if name.endswith(".html") else 2,
    )
    assert page.kicker == ""  # not "Ekonomi", "Logo …" or "Iklan"
    text = " ".join(paragraphs(page))
    assert title not in text
    for junk in ("ADVERTISEMENT", "Iklan", "Kabar Kumpulan", "EKONOMI"):
        assert junk not in text


@pytest.mark.parametrize(
    ("fixture", "name", "editor"),
    [
        ("PAYWALL", "halaman.html", ""),
        ("PAYWALL_TEXT", "halaman.txt", "Ratih Purnamasari"),
    ],
)
def test_a_paywall_gate_ends_the_body_and_the_editor_is_told(
    home, tmp_path, fixture, name, editor
):
    page, out = imported(tmp_path, getattr(layouts, fixture), name)
    check(
        page,
        title="Koperasi Nelayan Membuka Gudang Pendingin",
        writers=["Yusuf Maulana"],
        editor=editor,
        dateline="TUBAN",
        count=2,
    )
    text = " ".join(paragraphs(page))
    for gate in ("pelanggan", "selengkapnya", "gerbang", "Masuk di sini"):
        assert gate not in text
    assert "Catatan: halaman ini bergerbang langganan" in out


@pytest.mark.parametrize("fixture", ["PROMO", "PROMO_NO_SIGNOFF"])
def test_promotions_after_the_end_are_left_out(home, tmp_path, fixture):
    page, _ = imported(tmp_path, getattr(layouts, fixture))
    check(
        page,
        title="Festival Layang-Layang Ramaikan Pantai Selatan",
        writers=["Lukman Hakim"],
        editor="",
        dateline="BANTUL",
        count=2,
    )
    assert paragraphs(page)[-1].endswith("layang-layang buatan sendiri.</p>")
    assert page.desk_code == ("lkh/wny" if fixture == "PROMO" else "")
    text = " ".join(paragraphs(page))
    for promo in ("Baca juga", "Google News", "WhatsApp", "Lomba Perahu"):
        assert promo not in text


def test_related_headlines_under_baca_juga_are_left_out(home, tmp_path):
    page, _ = imported(tmp_path, layouts.RELATED_TEXT, "halaman.txt")
    check(
        page,
        title="Festival Layang-Layang Ramaikan Pantai Selatan",
        writers=["Lukman Hakim"],
        editor="",
        dateline="BANTUL",
        count=2,
    )
    assert [b.block_type for b in page.body] == ["paragraph", "paragraph"]
    text = " ".join(paragraphs(page))
    for junk in ("Lomba Perahu", "Pasar Malam", "Google News", "WhatsApp"):
        assert junk not in text


def test_a_sentence_opening_with_oleh_stays_in_the_story():
    parts = parse_text(
        "Sumur Resapan Dibangun di Setiap Kampung\n"
        "DEPOK - Warga membangun sumur resapan di setiap kampung untuk menahan "
        "air hujan agar tidak langsung mengalir ke selokan.\n\n"
        "Oleh karena itu, pengurus kampung meminta setiap rumah menyisakan lahan "
        "terbuka di halaman depan.\n"
    )
    assert parts.writers == []
    assert parts.body[-1]["text"].startswith("Oleh karena itu")
