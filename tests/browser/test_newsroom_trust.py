"""Readers' trust, in chromium at 1366 px: comments, corrections, takedowns.

A reader writes two comments under a fresh story (the demo moderates before
publishing: README "Comments"); the Nasional editor approves one and
rejects the other in *Komentar* → *Moderasi*, and the reader's page shows
the first only. The editor adds a correction to a live story and the reader
sees the framed note; the editor takes a story down with a reason and the
old address answers 410 with that reason (README "Kepercayaan pembaca").
"""

import re
import uuid

import pytest

from tests.browser import test_newsroom_first_save as first_save
from tests.browser.conftest import SHOTS
from tests.browser.test_newsroom_first_save import headline
from tests.browser.test_newsroom_journeys import publish_new_story

pytestmark = pytest.mark.browser

desk = first_save.desk  # the fixture: a 1366 px admin tab for a demo login


def write_comment(reader, name, text):
    """ "Tulis komentar" under the story, the form filled as a reader does."""
    reader.get_by_role("link", name="Tulis komentar").first.click()
    form = reader.locator("form", has=reader.get_by_label("Komentar:"))
    form.get_by_label("Nama:").press_sequentially(name, delay=20)
    form.get_by_label("Email/Surel:").press_sequentially(
        f"{name.split()[0].lower()}@contoh.id", delay=20
    )
    form.get_by_label("Komentar:").press_sequentially(text, delay=5)
    reader.wait_for_timeout(3000)  # the demo refuses a form sent within 3 s
    form.get_by_role("button", name="Kirim komentar").click()
    thanks = reader.get_by_role("status").filter(has_text="Komentar Anda")
    thanks.wait_for()
    return thanks.inner_text()


def moderate(editor, name, action, done):
    """*Komentar* → *Moderasi*: tick the reader's comment, the bulk action,
    then confirm."""
    sidebar = editor.locator("#wagtail-sidebar")
    sidebar.get_by_role("button", name="Komentar").click()
    sidebar.get_by_role("link", name="Moderasi").click()
    editor.wait_for_load_state("networkidle")
    row = editor.locator("tr", has_text=name)
    row.get_by_role("checkbox").check()
    footer = editor.locator("[data-bulk-action-footer]")
    footer.get_by_text(action, exact=True).click()
    editor.wait_for_load_state("networkidle")
    editor.screenshot(path=SHOTS / f"journey-comment-{action.lower()}.png")
    editor.get_by_role("button", name=action, exact=True).click()  # confirmed
    editor.wait_for_load_state("networkidle")
    assert done in editor.locator(".messages").inner_text()


def test_a_comment_shows_once_a_moderator_approves_it(desk, site, open_page):
    editor = desk("redaktur")
    tag = uuid.uuid4().hex[:4].upper()
    path = publish_new_story(
        editor,
        headline("Jalur Sepeda Baru di Kota Lama"),
        "Pemerintah kota menambah jalur sepeda sepanjang empat kilometer.",
    )
    reader = open_page(path, width=1366, height=900)
    kind = f"Sari Lestari {tag}"
    rude = f"Bambang Usil {tag}"
    thanks = write_comment(reader, kind, "Semoga jalurnya dijaga dari parkir liar.")
    reader.screenshot(path=SHOTS / "journey-comment-posted.png")
    assert "akan tampil setelah disetujui moderator" in thanks
    reader.goto(site.url + path, wait_until="networkidle")
    write_comment(reader, rude, "Buang-buang anggaran saja, dasar bodoh.")

    moderate(editor, kind, "Setujui", "1 komentar disetujui.")
    moderate(editor, rude, "Tolak", "1 komentar ditolak.")

    reader.goto(site.url + path)
    reader.reload(wait_until="networkidle")  # past the browser's own copy
    comments = reader.locator("#komentar, .comments").first
    comments.scroll_into_view_if_needed()
    reader.screenshot(path=SHOTS / "journey-comment-shown.png")
    assert "Semoga jalurnya dijaga dari parkir liar." in comments.inner_text()
    assert kind in comments.inner_text()
    assert rude not in reader.content()


def story_menu(editor, title, item):
    """In the section's list, the story's "…" menu, then ``item``."""
    row = editor.locator("tr", has=editor.get_by_role("link", name=title))
    row.get_by_role("button", name=f"Pilihan lain untuk '{title}'").click()
    editor.get_by_role("link", name=item).click()
    editor.wait_for_load_state("networkidle")


def test_a_correction_is_on_the_story_the_moment_it_is_saved(desk, open_page):
    editor = desk("redaktur")
    title = headline("Debit Sungai Ciliwung Naik")
    path = publish_new_story(
        editor, title, "Debit air di Bendung Katulampa mencapai 250 sentimeter."
    )
    reader = open_page(path, width=1366, height=900)
    assert "Ralat" not in reader.locator("article").first.inner_text()

    story_menu(editor, title, "Tambah ralat / hak jawab")
    note = "Tinggi muka air di Katulampa 150 sentimeter, bukan 250 sentimeter."
    editor.get_by_role("textbox", name="Isi*").press_sequentially(note, delay=5)
    editor.screenshot(path=SHOTS / "journey-correction-form.png")
    editor.get_by_role("button", name="Simpan").click()
    editor.wait_for_load_state("networkidle")
    message = editor.locator(".messages").inner_text()
    assert "dibuat" in message, message

    reader.reload(wait_until="networkidle")
    reader.screenshot(path=SHOTS / "journey-correction-reader.png")
    story = reader.locator("article").first.inner_text()
    assert note in story and "Ralat" in story


def test_a_story_taken_down_answers_410_with_its_reason(desk, open_page):
    editor = desk("redaktur")
    title = headline("Pejabat Dinas Diduga Terima Suap")
    path = publish_new_story(editor, title, "Sumber menyebut nilai suap Rp1 miliar.")
    reader = open_page(path, width=1366, height=900)
    assert reader.locator("h1").inner_text() == title

    story_menu(editor, title, "Cabut berita (dengan alasan)")
    reason = "Putusan Dewan Pers: berita belum diverifikasi ke pihak yang dituduh."
    field = editor.get_by_role("textbox", name=re.compile("^Alasan pencabutan"))
    field.press_sequentially(reason, delay=5)
    editor.screenshot(path=SHOTS / "journey-takedown-form.png")
    editor.get_by_role("button", name="Cabut berita").click()
    editor.wait_for_load_state("networkidle")
    message = editor.locator(".messages").inner_text()
    assert f"“{title}” dicabut; alamatnya kini menjawab 410." in message, message
    row = editor.locator("tr", has=editor.get_by_role("link", name=title))
    assert "dicabut" in row.inner_text().lower()

    reader.problems.clear()
    gone = reader.reload(wait_until="networkidle")
    reader.screenshot(path=SHOTS / "journey-takedown-reader.png")
    assert gone.status == 410
    page = reader.locator("main").inner_text()
    assert title in page and reason in page
