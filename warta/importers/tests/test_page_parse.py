"""Look-alike pages of several dailies, read field by field (no database)."""

import datetime

from warta.importers.pagehtml import decode, looks_like_html, parse_html
from warta.importers.pageparse import parse_text
from warta.importers.tests import pages

NOW = datetime.datetime(2024, 6, 1, tzinfo=datetime.UTC)


def kinds(parts):
    return [block["type"] for block in parts.body]


def test_plain_text_layout_every_field():
    parts = parse_text(pages.PLAIN, now=NOW)
    assert parts.kicker == "Panen Raya"
    assert parts.title == "Petani Lembah Hijau Panen Padi Organik Lebih Awal"
    assert parts.photo_credit == "KORAN FIKTIF/ANDI PRATAMA"
    assert parts.caption_title == "MEMANEN PADI"
    assert parts.caption.startswith("Petani memanen padi organik")
    assert parts.dateline == "BANDUNG"
    assert kinds(parts) == ["paragraph"] * 3 + ["heading"] + ["paragraph"] * 2
    assert parts.body[0]["text"].startswith("Kelompok tani")  # dateline removed
    assert parts.body[3]["text"] == "Pasar Baru"
    assert parts.body[-1]["text"].endswith("musim berikutnya.")  # sign-off removed
    assert parts.signoff == "Ant/E-2"
    assert parts.editor == "Ratna Kusumawati"
    assert parts.writers == ["Dimas Prakoso"]
    # "Kamis (2/5)": the latest 2 May that was a Thursday
    assert parts.as_json()["published"] == "2024-05-02T00:00:00+07:00"


def test_plain_text_chrome_is_dropped():
    text = " ".join(b["text"] for b in parse_text(pages.PLAIN, now=NOW).body)
    for chrome in ("Pengaturan Font", "Komentar", "Top", "Baca juga", "Mondial"):
        assert chrome not in text


def test_kompas_conventions():
    parts = parse_text(pages.KOMPAS)
    assert parts.title == "Perahu Nelayan Kembali Melaut Setelah Badai Reda"
    assert (parts.dateline, parts.source) == ("JAKARTA", "KOMPAS")
    assert parts.body[0]["text"].startswith("Ratusan perahu")
    assert len(parts.body) == 2 and "Baca juga" not in str(parts.body)
    assert parts.signoff == "rfs/jbr"
    assert (parts.writers, parts.editor) == (["Rafi Siregar"], "Joko Baskoro")
    assert parts.as_json()["published"] == "2024-03-14T10:25:00+07:00"


def test_antara_conventions():
    parts = parse_text(pages.ANTARA)
    assert parts.title.startswith("Perpustakaan Daerah")
    assert (parts.dateline, parts.source) == ("JAKARTA", "ANTARA")
    assert (parts.writers, parts.editor) == (["Hendra Gunawan"], "Lestari Ayuningtyas")
    assert "Copyright" not in str(parts.body)
    assert parts.as_json()["published"] == "2024-03-14T09:05:00+07:00"


def test_republika_conventions():
    parts = parse_text(pages.REPUBLIKA)
    assert (parts.dateline, parts.source) == ("JAKARTA", "REPUBLIKA.CO.ID")
    assert parts.body[0]["text"].startswith("Dinas perhubungan")
    assert parts.signoff == "ald" and parts.editor == "Maya Lestari"
    assert parts.as_json()["published"] == "2024-03-11T08:15:00+07:00"


def test_html_page_in_windows_1252_with_scripts_and_chrome():
    text, encoding, _note = decode(pages.HTML.encode("cp1252"))
    assert encoding == "windows-1252" and looks_like_html(text)
    parts = parse_html(text)
    assert parts.kicker == "Kuliner Lama"
    assert parts.title == "Warung Kopi Tua Bertahan di Tengah Kota"
    assert parts.dek == "Tiga generasi menjaga resep yang sama sejak 1952."
    assert parts.photo_credit == "HARIAN CONTOH/LINA MARLINA"
    assert parts.caption_title == "MERACIK KOPI"
    assert parts.dateline == "SEMARANG"
    assert kinds(parts) == [
        "paragraph",
        "paragraph",
        "heading",
        "paragraph",
        "paragraph",
    ]
    assert "– kata sang cucu" in parts.body[3]["text"]  # the en dash survived
    assert parts.signoff == "lin/dar"
    assert (parts.writers, parts.editor) == (["Lina Marlina"], "Darma Setiawan")
    assert parts.as_json()["published"] == "2024-02-09T07:30:00+07:00"
    everything = str(parts.as_json())
    for bad in ("tracker", "sisipan", "alert", "Terpopuler", "Bagikan", "Baca juga"):
        assert bad not in everything


def test_declared_utf8_that_is_really_latin1():
    data = "<html><head><meta charset='utf-8'></head><body><p>Kafé</p></body></html>"
    text, encoding, note = decode(data.encode("latin-1"))
    assert "Kafé" in text and encoding == "cp1252" and "dinyatakan utf-8" in note


def test_a_short_sentence_with_a_date_stays_in_the_body():
    text = pages.PLAIN.replace(
        "Pasar Baru\n", "Pasar Baru\n\nPanen berikutnya dimulai 2 Mei 2025.\n"
    )
    parts = parse_text(text, now=NOW)
    assert parts.body[4]["text"] == "Panen berikutnya dimulai 2 Mei 2025."
    assert parts.as_json()["published"] == "2024-05-02T00:00:00+07:00"
