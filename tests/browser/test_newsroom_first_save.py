"""A newsroom's first minutes with a story, in chromium at 1366 px.

Each journey logs in with a demo login, finds the section in the page
explorer, clicks "add child page", types what a person types and clicks what
a person clicks: the slug, the byline and the editor's credit come from the
system, never from the test.
"""

import re
import uuid

import pytest

from tests.browser.conftest import SHOTS, admin_login, editor_ready


@pytest.fixture
def desk(browser, site):
    """``desk(login)``: a 1366 px admin tab logged in as that demo login."""
    contexts = []

    def desk(login):
        context, page = admin_login(browser, site, login)
        contexts.append(context)
        return page

    yield desk
    for context in contexts:
        context.close()


def headline(words):
    """A headline of its own, so that runs do not meet each other's slugs."""
    return f"{words} {uuid.uuid4().hex[:5].upper()}"


def open_section(page, section):
    """The sidebar's "Halaman", then the section in the page explorer."""
    page.get_by_role("button", name="Halaman", exact=True).click()
    explorer = page.locator(".c-page-explorer")
    explorer.get_by_role("link", name=section, exact=True).first.click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))


def new_story(page, section, kind):
    """From the section's page explorer: "add child page", then the type."""
    open_section(page, section)
    page.get_by_role("link", name="Tambahkan halaman turunan").click()
    page.get_by_role("link", name=kind, exact=True).click()
    page.get_by_role("button", name="Simpan konsep").wait_for()
    editor_ready(page)


def type_headline(page, text):
    page.get_by_role("textbox", name="Judul*").press_sequentially(text, delay=10)


def type_body_paragraph(page, text):
    body = page.locator("[data-contentpath=body]")
    body.locator(".c-sf-add-button").first.click()  # the "+" under "Isi berita"
    page.get_by_role("option", name="Paragraf").click()
    paragraph = body.locator("[contenteditable=true]").last
    paragraph.click()
    paragraph.press_sequentially(text, delay=5)
    page.wait_for_timeout(200)  # a person looks up before clicking "Simpan"


def save_draft(page):
    page.get_by_role("button", name="Simpan konsep").click()
    page.wait_for_load_state("networkidle")


def tab(page, name):
    page.get_by_role("tab", name=name).click()


def saved(page, title):
    """Back in the story's editor with Wagtail's "Halaman '…' telah dibuat"
    (or "… diperbarui", when autosave had already created it)."""
    message = page.locator(".messages").inner_text()
    return (
        re.search(r"/admin/pages/\d+/edit/", page.url) and f"'{title}' telah" in message
    )


def slug_of(page):
    """The slug, read on the promote tab ("Promosi"; Wagtail's "Promosikan")."""
    page.get_by_role("tab", name=re.compile("^Promosi")).click()
    return page.get_by_role("textbox", name="Slug*").input_value()


def test_a_writer_types_a_headline_and_a_paragraph_and_saves(desk):
    page = desk("penulis")
    new_story(page, "Nasional", "Berita")
    title = headline("Banjir Rob Genangi Pesisir Utara")
    type_headline(page, title)
    type_body_paragraph(page, "Air laut pasang merendam permukiman sejak pagi.")
    page.screenshot(path=SHOTS / "newsroom-first-save-typed.png")
    save_draft(page)
    page.screenshot(path=SHOTS / "newsroom-first-save-saved.png")
    assert saved(page, title), page.locator(".messages").inner_text()
    assert (
        "Air laut pasang merendam"
        in page.locator("[data-contentpath=body]").inner_text()
    )
    assert slug_of(page).startswith("banjir-rob-genangi-pesisir-utara-")
    tab(page, "Kredit")
    credits = page.get_by_role("tabpanel", name="Kredit")
    assert credits.get_by_text("Rina Wulandari").is_visible()  # penulis's person
    page.screenshot(path=SHOTS / "newsroom-first-save-byline.png")


def test_the_last_words_typed_are_in_a_save_by_ctrl_s(desk):
    """Draftail writes what was typed 250 ms after the last key; a writer who
    finishes a sentence and presses Ctrl+S at once still saves all of it."""
    page = desk("penulis")
    new_story(page, "Nasional", "Berita")
    title = headline("Gempa Kecil Guncang Lereng Merapi")
    type_headline(page, title)
    body = page.locator("[data-contentpath=body]")
    body.locator(".c-sf-add-button").first.click()
    page.get_by_role("option", name="Paragraf").click()
    paragraph = body.locator("[contenteditable=true]").last
    paragraph.click()
    paragraph.press_sequentially("Warga sempat keluar rumah.", delay=5)
    with page.expect_navigation():  # no pause: "Simpan konsep" by its shortcut
        page.keyboard.press("Control+s")
    page.wait_for_load_state("networkidle")
    assert saved(page, title), page.locator(".messages").inner_text()
    text = page.locator("[data-contentpath=body]").inner_text()
    assert "Warga sempat keluar rumah." in text, text


@pytest.mark.parametrize(
    "kind, words, field",
    [
        ("Galeri foto", "Wajah Pasar Terapung", "Pengantar"),
        ("Video", "Perahu Naga di Sungai Musi", None),
    ],
)
def test_a_photographer_saves_a_first_gallery_and_video(desk, kind, words, field):
    page = desk("fotografer")
    new_story(page, "Foto", kind)
    title = headline(words)
    type_headline(page, title)
    if field:
        page.get_by_role("textbox", name=field).press_sequentially(
            "Pedagang menjajakan hasil kebun dari atas perahu sejak subuh."
        )
    else:  # the video's description is a rich-text field
        description = page.locator("[data-contentpath=description]")
        description.get_by_role("textbox").press_sequentially(
            "Dua puluh perahu beradu cepat di depan Benteng Kuto Besak."
        )
    save_draft(page)
    assert saved(page, title), page.locator(".messages").inner_text()
    assert slug_of(page).startswith(words.lower().replace(" ", "-"))
    tab(page, "Konten")
    # The photographer's person, as "Fotografer" / "Juru kamera".
    credit = "photographer" if kind == "Galeri foto" else "videographer"
    row = page.locator(f"[data-contentpath={credit}]")
    assert row.get_by_text("Agus Setiawan").is_visible()


def test_a_clash_opens_the_tab_that_holds_the_error(desk):
    page = desk("penulis")
    new_story(page, "Nasional", "Berita")
    title = headline("Tanggul Jebol di Sukamaju")
    type_headline(page, title)
    type_body_paragraph(page, "Puluhan rumah terendam.")
    save_draft(page)
    assert saved(page, title)
    # The same headline again in the same section: the slug is taken.
    new_story(page, "Nasional", "Berita")
    type_headline(page, title)
    type_body_paragraph(page, "Versi kedua.")
    save_draft(page)
    page.screenshot(path=SHOTS / "newsroom-first-save-error.png")
    # The error is on "Promosi": that tab is open, its field in view.
    promote = page.get_by_role("tab", name=re.compile("^Promosi"))
    assert promote.get_attribute("aria-selected") == "true"
    assert page.locator("[data-contentpath=slug] .error-message").is_visible()


def test_an_editor_publishes_and_the_page_credits_writer_and_editor(desk, site):
    writer = desk("penulis")
    new_story(writer, "Nasional", "Berita")
    title = headline("Harga Cabai Turun Jelang Panen")
    type_headline(writer, title)
    type_body_paragraph(writer, "Harga cabai rawit di pasar induk turun.")
    save_draft(writer)
    assert saved(writer, title)
    editor = desk("redaktur")
    open_section(editor, "Nasional")
    editor.get_by_role("link", name=title).first.click()
    # The editor reads the story before publishing it: the body is drawn by
    # the editor's script, and a form sent before that has no body at all.
    body = editor.locator("[data-contentpath=body]")
    body.get_by_text("Harga cabai rawit di pasar induk turun.").last.wait_for()
    editor.get_by_role("button", name=re.compile("^Tindakan lain")).click()
    editor.locator("button[name=action-publish]").click()  # "Publikasi"
    editor.wait_for_load_state("networkidle")
    published = editor.locator(".messages")
    errors = editor.locator(".error-message").all_inner_texts()
    assert f"'{title}' telah dipublikasi" in published.inner_text(), errors
    published.get_by_role("link").first.click()  # "Tampilkan yang aktif"
    editor.wait_for_load_state("networkidle")
    editor.screenshot(path=SHOTS / "newsroom-published-credits.png", full_page=True)
    credits = editor.locator(".story-foot")
    assert credits.get_by_text("Penulis :").is_visible()
    assert credits.get_by_role("link", name="Rina Wulandari").is_visible()
    assert credits.get_by_role("link", name="Marlina Sitompul").is_visible()
    assert editor.locator(".sign-off").inner_text().strip() == "■ rin/N-3"
