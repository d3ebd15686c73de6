"""An editor's day with a live paper, in chromium at 1366 px.

Each journey logs in with a demo login and types and clicks what a person
does: a story scheduled in the schedule dialog goes live on its own at its
minute, a typo fixed after publication is on the reader's (cached) page at
once, and a Redaktur (not only the Redaktur Pelaksana) picks the front's
lead with the story chooser. The reader's side is read as a reader gets it:
the site's pages, its feed, its search and its API.
"""

import contextlib
import datetime
import json
import re
import time
import urllib.error
import urllib.request
import zoneinfo
from urllib.parse import quote_plus

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.browser import test_newsroom_first_save as first_save
from tests.browser.conftest import SHOTS, editor_ready
from tests.browser.test_newsroom_first_save import (
    headline,
    new_story,
    open_section,
    type_body_paragraph,
    type_headline,
)

pytestmark = pytest.mark.browser

WIB = zoneinfo.ZoneInfo("Asia/Jakarta")
EXPLORER = re.compile(r"/admin/pages/\d+/$")
desk = first_save.desk  # the fixture: a 1366 px admin tab for a demo login


def publish(page):
    """ "Tindakan lain" → the publish button (Publikasi, or Jadwalkan terbit
    once a go-live time is set); returns the message Wagtail shows, back in
    the section's list (or the errors, when the editor stayed open)."""
    page.get_by_role("button", name=re.compile("^Tindakan lain")).click()
    page.locator("button[name=action-publish]").click()
    with contextlib.suppress(PlaywrightTimeout):  # refused: the editor again
        page.wait_for_url(EXPLORER, wait_until="networkidle")
    errors = page.locator(".error-message").all_inner_texts()
    return page.locator(".messages").inner_text() + " ".join(errors)


def autosaved(page):
    """The header's "Tersimpan": the editor's autosave has stored the story,
    as a person sees before reaching for "Publikasi"."""
    page.locator("header").get_by_text("Tersimpan").wait_for()


def published(message, title):
    """Wagtail's "Halaman '…' telah dipublikasi" (or "telah dibuat dan
    dipublikasi" when autosave had not created the page yet)."""
    return re.search(f"'{re.escape(title)}' telah (dibuat dan )?dipublikasi", message)


def publish_new_story(editor, title, text, section="Nasional"):
    """An editor writes a story on their desk and publishes it; returns its
    reader's path, from the message's "Tampilkan yang aktif" link."""
    new_story(editor, section, "Berita")
    type_headline(editor, title)
    type_body_paragraph(editor, text)
    autosaved(editor)
    message = publish(editor)
    assert published(message, title), message
    link = editor.locator(".messages").get_by_role("link").first
    return re.sub(r"^https?://[^/]+", "", link.get_attribute("href"))


def open_story(editor, section, title):
    """The story's editor, from its section's list in the page explorer."""
    open_section(editor, section)
    editor.get_by_role("link", name=title).first.click()
    editor.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    editor_ready(editor)


def fetch(url):
    """A reader's GET: (status, body); a loaded server may take its time."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def reader_places(site, title):
    """Where a reader meets the story: each of the five places → bool."""

    def html(path):
        status, body = fetch(site.url + path)
        return status == 200 and f">{title}<" in body.decode()

    status, feed = fetch(site.url + "/rss/")
    status_api, api = fetch(site.url + "/api/v1/articles?limit=30")
    items = json.loads(api)["items"] if status_api == 200 else []
    return {
        "home": html("/"),
        "section": html("/nasional/"),
        "feed": status == 200 and f"<title>{title}</title>" in feed.decode(),
        "search": html("/cari/?q=" + quote_plus(title)),
        "api": any(item["title"] == title for item in items),
    }


def next_minute_after(seconds):
    """The first whole minute at least ``seconds`` from now, in WIB."""
    soon = datetime.datetime.now(WIB) + datetime.timedelta(seconds=seconds + 59)
    return soon.replace(second=0, microsecond=0)


def test_a_scheduled_story_goes_live_on_its_own_at_its_minute(desk, site):
    editor = desk("redaktur")
    new_story(editor, "Nasional", "Berita")
    title = headline("Jembatan Gantung Baru Dibuka")
    type_headline(editor, title)
    type_body_paragraph(editor, "Warga kini menyeberang sungai tanpa perahu.")
    autosaved(editor)
    # The status panel's "Atur jadwal": a go-live time typed as the picker
    # shows it; a click on the dialog's heading closes the picker.
    go_live = next_minute_after(45)
    editor.get_by_role("button", name="Buka/tutup status").click()
    editor.locator("[data-side-panel=status]").get_by_role(
        "button", name="Atur jadwal"
    ).click()
    dialog = editor.locator("#schedule-publishing-dialog")
    field = dialog.get_by_label("Tanggal/jam aktif")
    field.click()
    field.press_sequentially(go_live.strftime("%Y-%m-%d %H:%M"), delay=20)
    dialog.get_by_role("heading", name="Atur jadwal terbit").click()
    editor.screenshot(path=SHOTS / "journey-schedule-dialog.png")
    with editor.expect_navigation():  # the dialog's button saves the draft
        dialog.get_by_role("button", name="Simpan jadwal").click()
    editor.wait_for_load_state("networkidle")
    message = publish(editor)  # the button now reads "Jadwalkan terbit"
    assert f"'{title}' telah dijadwalkan" in message, message
    row = editor.locator("tr", has=editor.get_by_role("link", name=title))
    when = go_live.strftime("%H.%M WIB")
    assert "terjadwal" in row.inner_text().lower() and when in row.inner_text()
    editor.screenshot(path=SHOTS / "journey-schedule-listed.png")

    early = reader_places(site, title)
    assert datetime.datetime.now(WIB) < go_live, "the checks took too long"
    assert not any(early.values()), early

    deadline = go_live.timestamp() + 45
    while time.time() < deadline:
        places = reader_places(site, title)
        if all(places.values()):
            break
        time.sleep(3)
    assert all(places.values()), places
    reader = editor.context.browser.new_context(viewport={"width": 1366, "height": 900})
    home = reader.new_page()
    home.goto(site.url + "/", wait_until="networkidle")
    home.screenshot(path=SHOTS / "journey-schedule-home.png")
    assert home.get_by_role("link", name=title).first.is_visible()
    reader.close()


def test_a_typo_fixed_after_publishing_is_on_the_readers_page_at_once(desk, open_page):
    editor = desk("redaktur")
    typo = headline("Presidem Resmikan Bendungan")
    path = publish_new_story(
        editor, typo, "Bendungan itu mengairi tujuh ribu hektare sawwah."
    )
    reader = open_page(path, width=1366, height=900)
    states = [reader.reload().headers.get("x-page-cache") for _ in range(3)]
    assert "hit" in states  # the reader's page comes from the page cache
    assert reader.locator("h1").inner_text() == typo

    fixed = typo.replace("Presidem", "Presiden")
    open_story(editor, "Nasional", typo)
    title = editor.get_by_role("textbox", name="Judul*")
    title.click()
    title.press("Control+a")
    title.press_sequentially(fixed, delay=10)
    body = editor.locator("[data-contentpath=body]")
    paragraph = body.locator("[contenteditable=true]", has_text="sawwah")
    paragraph.click()
    keyboard = editor.keyboard
    keyboard.press("End")
    for _ in "sawwah.":  # back over the misspelt word, then type it again
        keyboard.press("Backspace")
    keyboard.type("sawah.", delay=10)
    editor.wait_for_timeout(500)  # a person reads it over before publishing
    editor.screenshot(path=SHOTS / "journey-typo-editor.png")
    message = publish(editor)
    assert published(message, fixed), message

    reader.reload(wait_until="networkidle")
    reader.screenshot(path=SHOTS / "journey-typo-reader.png")
    assert reader.locator("h1").inner_text() == fixed
    story = reader.locator("article").first.inner_text()
    assert "tujuh ribu hektare sawah." in story and "sawwah" not in story


def test_a_redaktur_picks_the_fronts_lead_with_the_chooser(desk, site, open_page):
    editor = desk("redaktur")
    title = headline("Kereta Cepat Tambah Jadwal Akhir Pekan")
    publish_new_story(editor, title, "Dua perjalanan tambahan tiap Sabtu.")
    front = editor.locator("#wagtail-sidebar").get_by_role("link", name="Halaman depan")
    front.click()
    editor.wait_for_load_state("networkidle")
    lead = editor.locator(".w-field__wrapper", has=editor.locator("#id_lead"))
    was = lead.locator(".chooser__title").inner_text()
    try:
        choose_lead(editor, lead, title)
        editor.screenshot(path=SHOTS / "journey-front-chosen.png")
        home = open_page("/", width=1366, height=900)
        home.screenshot(path=SHOTS / "journey-front-home.png")
        assert home.locator(".front__lead .card__title").first.inner_text() == title
    finally:  # the demo's lead back, for the other tests on this paper
        choose_lead(editor, lead, was)


def choose_lead(editor, lead, title):
    """ "Tindakan" → "Pilih berita lain", the story in the chooser (it opens
    on the latest stories), then "Simpan dan tayangkan"."""
    lead.get_by_role("button", name="Tindakan").click()
    lead.get_by_role("button", name="Pilih berita lain").click()
    chooser = editor.locator(".modal-content:visible")
    chooser.get_by_role("link", name=title, exact=True).click()
    chooser.wait_for(state="hidden")
    assert lead.locator(".chooser__title").inner_text() == title
    editor.get_by_role("button", name="Simpan dan tayangkan").click()
    editor.wait_for_load_state("networkidle")
    message = editor.locator(".messages").inner_text()
    assert "Halaman depan diperbarui dan langsung tayang." in message, message
