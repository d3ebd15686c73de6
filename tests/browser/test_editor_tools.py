"""Editors' daily tools in chromium at 1366 px (warta.newsroom.editor_tools).

An editor starts a story in Nasional and types like a person: the count of
words and characters beside *Isi berita* and the headline's length follow the
typing; on *Promosi* the story shows as a Google result and as a WhatsApp /
Facebook card, changing as the SEO title and description are typed, and
nothing on the page jumps.
"""

import re
import uuid
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import RECORD_LAYOUT_SHIFT, SHOTS, admin_login

# What moved, for the failure message: each shift with its elements' classes.
RECORD_SHIFTED = """
window.shifted = [];
new PerformanceObserver(list => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    const nodes = entry.sources.map(s => s.node && (s.node.className || s.node.id));
    window.shifted.push([entry.value, nodes.join(" ")]);
  }
}).observe({type: "layout-shift", buffered: true});
"""
PARAGRAPH = "Air laut pasang merendam permukiman warga di pesisir utara sejak pagi."


@pytest.fixture
def editor(browser, site):
    context, page = admin_login(browser, site, "redaktur")
    context.add_init_script(RECORD_LAYOUT_SHIFT)
    context.add_init_script(RECORD_SHIFTED)
    yield page
    context.close()


def new_story(page):
    page.get_by_role("button", name="Halaman", exact=True).click()
    explorer = page.locator(".c-page-explorer")
    explorer.get_by_role("link", name="Nasional", exact=True).first.click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    page.get_by_role("link", name="Tambahkan halaman turunan").click()
    page.get_by_role("link", name="Berita", exact=True).click()
    page.get_by_role("button", name="Simpan konsep").wait_for()


def assert_nothing_jumped(page):
    shift = page.evaluate("window.layoutShift")
    assert shift < 0.01, page.evaluate("window.shifted")


def count_beside(page, header):
    """The count in a field's header (``header``: a selector for it)."""
    return page.locator(header).first.locator(".warta-count")


def test_the_count_follows_the_typing(editor):
    new_story(editor)
    title = f"Banjir Rob Genangi Pesisir Utara {uuid.uuid4().hex[:4].upper()}"
    editor.get_by_role("textbox", name="Judul*").press_sequentially(title, delay=10)
    count = count_beside(editor, ".w-panel__header:has-text('Isi berita')")
    assert count.inner_text() == "0 kata · 0 karakter"
    body = editor.locator("[data-contentpath=body]")
    body.locator(".c-sf-add-button").first.click()
    editor.get_by_role("option", name="Paragraf").click()
    paragraph = body.locator("[contenteditable=true]").last
    paragraph.click()
    paragraph.press_sequentially(PARAGRAPH, delay=5)
    expected = f"11 kata · {len(PARAGRAPH)} karakter"
    editor.wait_for_function(
        "text => [...document.querySelectorAll('.warta-count')]"
        ".some(node => node.textContent === text)",
        arg=expected,
    )
    assert count.inner_text() == expected
    headline = count_beside(editor, ".w-panel__header:has(label[for=id_title])")
    assert headline.inner_text() == f"{len(title)} karakter"
    # A second paragraph: counts go on (thousands written 1.234 at length).
    paragraph.press("Enter")
    paragraph.press_sequentially("Warga mengungsi.", delay=5)
    editor.wait_for_function(
        "() => [...document.querySelectorAll('.warta-count')]"
        ".some(node => node.textContent.startsWith('13 kata'))"
    )
    editor.screenshot(path=SHOTS / "editor-tools-count.png")
    assert_nothing_jumped(editor)
    assert not editor.problems, editor.problems


def test_the_search_and_share_previews_follow_the_promote_tab(editor):
    new_story(editor)
    title = f"Tarif Tol Naik Mulai Senin {uuid.uuid4().hex[:4].upper()}"
    editor.get_by_role("textbox", name="Judul*").press_sequentially(title, delay=10)
    editor.get_by_role("textbox", name=re.compile("^Subjudul")).fill(
        "Kenaikan rata-rata tiga persen di semua ruas."
    )
    editor.get_by_role("tab", name=re.compile("^Promosi")).click()
    previews = editor.get_by_role(
        "region", name="Pratinjau hasil pencarian dan kartu berbagi"
    )
    serp, card = previews.locator(".warta-serp"), previews.locator(".warta-card")
    # Wagtail fills the slug from the headline a moment after the typing.
    slug_box = editor.get_by_role("textbox", name="Slug*")
    expect(slug_box).to_have_value(re.compile("^tarif-tol-naik-mulai-senin-"))
    slug = slug_box.input_value()
    assert serp.locator(".warta-serp__title").inner_text() == title
    # The preview looks again a moment after the slug is filled.
    expect(serp.locator(".warta-serp__url")).to_have_text(
        re.compile(re.escape(f"› nasional › {slug}") + "$")
    )
    # No search description yet: the dek, as the reader page's head says.
    assert card.locator(".warta-card__text").inner_text().startswith("Kenaikan rata")
    # The address the site gives the section (its Site's host), not the admin's.
    section = editor.evaluate(
        "JSON.parse(document.getElementById('warta-editor-facts').textContent).base"
    )
    host = urlsplit(section).netloc
    assert card.locator(".warta-card__host").inner_text() == host.upper()
    assert "Tanpa foto utama" in card.inner_text()
    seo = "Tarif tol naik 3 persen mulai Senin"
    editor.get_by_role("textbox", name=re.compile("^Tag judul")).press_sequentially(seo)
    editor.get_by_role(
        "textbox", name=re.compile("^Deskripsi meta")
    ).press_sequentially("Pengelola jalan tol menaikkan tarif di 22 ruas.")
    assert serp.locator(".warta-serp__title").inner_text() == seo
    assert card.locator(".warta-card__title").inner_text() == seo
    seo_count = count_beside(editor, ".w-panel__wrapper:has(> label[for=id_seo_title])")
    assert seo_count.inner_text() == f"{len(seo)} karakter"
    assert card.locator(".warta-card__text").inner_text() == (
        "Pengelola jalan tol menaikkan tarif di 22 ruas."
    )
    assert_nothing_jumped(editor)
    # A lead photo chosen on "Berita" is the card's picture. (Wagtail's own
    # chooser and its dialog move the form: not measured past here.)
    editor.get_by_role("tab", name="Berita").click()
    editor.get_by_role("button", name="Pilih sebuah gambar").click()
    editor.locator(".modal [data-chooser-modal-choice]").first.click()
    chosen = editor.locator(
        "#id_lead_image-chooser:not(.blank) img[data-chooser-image]"
    )
    thumbnail = chosen.get_attribute("src")
    editor.get_by_role("tab", name=re.compile("^Promosi")).click()
    assert card.locator("img").get_attribute("src").endswith(thumbnail)
    assert "Tanpa foto utama" not in card.inner_text()
    editor.screenshot(path=SHOTS / "editor-tools-previews.png")
    assert not editor.problems, editor.problems
