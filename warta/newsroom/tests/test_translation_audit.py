"""The English detector, on HTML snippets, and our Indonesian catalogue.

The detector decides from the text alone (no catalogue), so these tests show
it catches English a screen shows without touching any .po file.
"""

import polib
import pytest
from django.test import Client
from django.utils import translation

from warta.newsroom.translation_audit import (
    LOCALE_DIR,
    ScreenAudit,
    audit,
    english_strings,
    english_words,
)

ADMIN_SNIPPET = """
<header><h1>Dasbor</h1><span class="w-sr-only">Toggle sidebar</span></header>
<button aria-label="Tutup dialog">x</button>
<button title="Insert a block">+</button>
<input placeholder="Search options…">
<input type="submit" value="Save changes">
<p>3 pages selected</p>
<p>Pengajuan ke Review redaktur</p>
<p>Perubahan sudah tersimpan otomatis.</p>
<span data-w-tooltip-content-value="Changes have been autosaved."></span>
<script>var label = "Publish this page";</script>
<code>warta ingest UMPAN</code>
"""


def test_detector_lists_every_english_string_of_a_snippet():
    found = english_strings(ADMIN_SNIPPET)
    assert set(found) == {
        "Toggle sidebar",
        "Insert a block",
        "Search options…",
        "Save changes",
        "3 pages selected",
        "Pengajuan ke Review redaktur",
        "Changes have been autosaved.",
    }
    assert found["Pengajuan ke Review redaktur"] == ["Review"]


@pytest.mark.parametrize(
    "text",
    [
        "Simpan konsep",
        "Terbitkan",
        "Ajukan ke Persetujuan redaktur rubrik",
        "Jadwalkan terbit",
        "Riwayat",
        "Unggah beberapa gambar",
        "Pilihan lain untuk 'Save the Children Salurkan Bantuan'",
        "Foto : ANTARA/Galih Pradipta",
        "Banjir Musiman Rendam Ribuan Rumah di Bangladesh Utara",
        "Ctrl + Shift + v",
        "Dasbor - Wagtail",
        "articles.articlepage",
        "Menurut Maria, sebanyak 180.000 murid kelas satu hingga kelas enam me…",
        "Tag, email, status, video, editor",
        "Web dan cetak",
        "Padang dandelion",
        "Banjir Rob Genangi Pesisir Utara",
        "/nasional/pejabat-dinas-diduga-terima-suap-483fa/",
        "https://koran.example/ekonomi/harga-cabai/?halaman=2",
    ],
)
def test_indonesian_names_and_technical_tokens_pass(text):
    assert english_words(text) == []


@pytest.mark.parametrize(
    "text, word",
    [
        ("Save draft", "Save"),
        ("Edit", "Edit"),
        ("Preview", "Preview"),
        ("3 errors", "errors"),
        ("Autosave is", "Autosave"),
        ("Toggle minimap", "minimap"),
        ("Main menu", "Main menu"),
        ("Menunggu review", "review"),
        ("More options for 'Vaksinasi Campak-Rubela di Sekolah Dasar'", "More"),
        ("Scheduled to publish at 3 Des 2026 10.00", "Scheduled"),
        ("Halaman scheduled for publishing at 3 Des 2026", "scheduled"),
        ("Buka /nasional/ untuk preview", "preview"),
    ],
)
def test_english_words_are_found(text, word):
    assert word in english_words(text)


def test_screen_audit_fails_on_one_english_string_among_indonesian_ones():
    screens = ScreenAudit(names=["Splash", "The Alun-Alun"])
    screens.add(["Dasbor", "Simpan konsep", "Rencana liputan"], "redaktur: dasbor")
    assert screens.report() == ""
    screens.add(["Tambah rencana", "Site name"], "admin: /admin/sites/")
    assert screens.english() == {
        "Site name": (["Site", "name"], ["admin: /admin/sites/"])
    }
    assert screens.report() == "'Site name' [Site, name] on admin: /admin/sites/"
    assert screens.screens == 2


def test_screen_audit_lets_the_newsrooms_own_names_be_only_names():
    """A section called "Splash" is content; a label around it is not."""
    screens = ScreenAudit(names=["Splash", "The Alun-Alun"])
    screens.add(["Splash", "The Alun-Alun:", "Splash settings"], "admin: /admin/")
    assert list(screens.english()) == ["Splash settings"]


def test_audit_counts_plurals_and_placeholders():
    html = "<p>3 halaman dipilih</p><p>There are 4 matching pages</p>"
    untranslated, _ = audit({"/": html})
    assert "There is one matching page" not in untranslated  # ours translates it
    html = "<p>Zzz 4 untranslated widgets zzz</p>"
    untranslated, _ = audit(
        {"/": html}, msgids={"Zzz %(count)s untranslated widgets zzz"}
    )
    assert untranslated == {"Zzz %(count)s untranslated widgets zzz"}


def test_our_catalogue_wins_and_covers_plurals_and_javascript():
    with translation.override("id"):
        assert translation.gettext("Insert or edit a link") == (
            "Sisipkan atau ubah tautan"
        )
        shown = translation.ngettext(
            "There is one matching page", "There are %(counter)s matching pages", 4
        ) % {"counter": 4}
        assert shown == "Ada 4 halaman yang cocok"


@pytest.mark.django_db
def test_admin_javascript_catalogue_is_indonesian():
    response = Client(HTTP_ACCEPT_LANGUAGE="id").get("/admin/jsi18n/")
    text = response.content.decode()
    assert "Sisipkan blok" in text and "Perubahan sudah tersimpan otomatis." in text


@pytest.mark.parametrize("name", ["django", "djangojs"])
def test_committed_mo_matches_its_po(name):
    """Run `warta compile_catalogue` after editing a .po."""
    po = polib.pofile(str(LOCALE_DIR / f"{name}.po"))
    mo = polib.mofile(str(LOCALE_DIR / f"{name}.mo"))
    compiled = {(e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in mo}
    for entry in po.translated_entries():
        key = (entry.msgctxt, entry.msgid)
        assert compiled.get(key) == (entry.msgstr, entry.msgstr_plural), entry.msgid


@pytest.mark.parametrize("name", ["django", "djangojs"])
def test_translations_keep_every_placeholder(name):
    """Positional ones exactly; a named one may be left out, never invented."""
    import re

    named, positional = re.compile(r"%\(\w+\)[sd]|\{\w+\}"), re.compile(r"%[sd]|\{\}")
    for entry in polib.pofile(str(LOCALE_DIR / f"{name}.po")).translated_entries():
        source = entry.msgid + (entry.msgid_plural or "")
        for text in filter(None, [entry.msgstr, *entry.msgstr_plural.values()]):
            assert set(named.findall(text)) <= set(named.findall(source)), entry.msgid
            assert len(positional.findall(text)) == len(
                positional.findall(entry.msgid)
            ), entry.msgid
