"""A story comes back to its writer, in chromium, as the newsroom lives it.

The demo writer (``penulis``, Nasional) files a story through the page
explorer and submits it for review; the Nasional editor (``redaktur``) logs
in, sees the bell with one unread, opens the notification and requests
changes with a comment; the writer logs in, sees the bell, opens the
notification and reads the editor's comment, attributed to the editor, in
Indonesian, then again on top of the story's editor. The demo's mail files
under ``$WARTA_DATA/mail`` carry the same sentence.
"""

import time
from pathlib import Path

import pytest

from tests.browser.conftest import SHOTS, admin_login

pytestmark = pytest.mark.browser

COMMENT = "Konfirmasi angka korban ke BPBD dan tambahkan sumber kedua."


def bell(page):
    return page.locator("#wagtail-sidebar a[href='/admin/notifikasi/']")


def footer_action(page, selector):
    """A footer action, opening the "more actions" menu when it is in there."""
    button = page.locator(selector).first
    if not button.is_visible():
        page.locator("footer [data-w-dropdown-target='toggle']:visible").first.click()
    button.click()


def file_story(page, headline):
    page.locator("#wagtail-sidebar").get_by_text("Halaman", exact=True).click()
    page.locator("#wagtail-sidebar").get_by_role("link", name="Nasional").click()
    page.wait_for_load_state("networkidle")
    page.get_by_role("link", name="Tambahkan halaman turunan").first.click()
    page.get_by_role("link", name="Berita", exact=True).click()
    page.wait_for_load_state("networkidle")
    page.locator("#id_title").fill(headline)
    page.locator("#id_dateline").fill("SEMARANG")
    footer_action(page, "button[name='action-submit']")
    page.wait_for_load_state("networkidle")


def test_a_story_comes_back_to_its_writer_with_the_editors_comment(browser, site):
    SHOTS.mkdir(exist_ok=True)
    headline = f"Banjir rob rendam pesisir Semarang {int(time.time())}"

    writer_context, writer = admin_login(browser, site, "penulis")
    writer.wait_for_load_state("networkidle")
    writer_name = writer.locator(".w-label-1").first.inner_text().strip()
    assert bell(writer).get_attribute("data-newsroom-unread") is None
    file_story(writer, headline)
    assert writer.locator(".messages").get_by_text(headline).count() >= 1, (
        writer.locator(".messages").inner_text()
    )
    writer_context.close()

    editor_context, editor = admin_login(browser, site, "redaktur")
    editor.wait_for_load_state("networkidle")
    editor_name = editor.locator(".w-label-1").first.inner_text().strip()
    assert bell(editor).get_attribute("data-newsroom-unread") == "1"
    assert bell(editor).get_attribute("aria-label") == "Notifikasi: 1 belum dibaca"
    editor.screenshot(path=str(SHOTS / "notifications-editor-bell-1366.png"))
    bell(editor).click()
    editor.wait_for_load_state("networkidle")
    item = editor.locator(".newsroom-notice", has_text=headline)
    assert "Menunggu tinjauan Anda" in item.text_content()
    item.get_by_role("link").click()
    editor.wait_for_load_state("networkidle")
    footer_action(editor, "button[data-workflow-action-name='reject']")
    dialog = editor.locator(".modal-content:visible, .w-dialog:visible").first
    dialog.get_by_label("Komentar").fill(COMMENT)
    with editor.expect_navigation():
        dialog.get_by_role("button", name="Minta perubahan").click()
    editor.wait_for_load_state("networkidle")
    assert bell(editor).get_attribute("data-newsroom-unread") is None  # read
    assert editor.problems == []
    editor_context.close()

    writer_context, writer = admin_login(browser, site, "penulis")
    writer.wait_for_load_state("networkidle")
    assert bell(writer).get_attribute("data-newsroom-unread") == "1"
    writer.screenshot(path=str(SHOTS / "notifications-writer-dashboard-1366.png"))
    bell(writer).click()
    writer.wait_for_load_state("networkidle")
    item = writer.locator(".newsroom-notice", has_text=headline)
    said = f"Redaktur {editor_name} meminta perubahan: {COMMENT}"
    assert "Perubahan diminta" in item.text_content()
    assert said in item.inner_text()
    writer.screenshot(path=str(SHOTS / "notifications-writer-list-1366.png"))
    item.get_by_role("link").click()
    writer.wait_for_load_state("networkidle")
    banner = writer.locator(".newsroom-change-request")
    assert banner.is_visible()
    assert f"Redaktur {editor_name} meminta perubahan: {COMMENT}" in " ".join(
        banner.inner_text().split()
    )
    assert writer_name not in banner.inner_text()
    writer.screenshot(path=str(SHOTS / "notifications-writer-editor-banner-1366.png"))
    assert bell(writer).get_attribute("data-newsroom-unread") is None
    assert writer.problems == []
    writer_context.close()

    mails = [p.read_text(encoding="utf-8") for p in mail_files(site)]
    assert any(said in text and "To: penulis@" in text for text in mails)


def mail_files(site):
    folder = Path(site.env["WARTA_DATA"]) / "mail"
    return sorted(folder.iterdir()) if folder.exists() else []
