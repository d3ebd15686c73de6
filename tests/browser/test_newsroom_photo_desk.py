"""The photo desk's day, in chromium at 1366 px.

The demo photographer (``fotografer``, Foto) drops two photos at once on
*Gambar* → *Tambah sebuah gambar*, gives each its title, description and
credit, builds a gallery from them with the image chooser and submits it for
review; the Redaktur Pelaksana (``redpel``, every desk) publishes it from
the notification, and the reader's gallery credits each photo "Foto : …".
"""

import io
import re
import uuid

import pytest
from PIL import Image, ImageDraw
from playwright.sync_api import expect

from tests.browser import test_newsroom_first_save as first_save
from tests.browser.conftest import SHOTS
from tests.browser.test_newsroom_first_save import new_story, type_headline
from tests.browser.test_newsroom_journeys import autosaved

pytestmark = pytest.mark.browser

desk = first_save.desk  # the fixture: a 1366 px admin tab for a demo login
CREDIT = "Warta/Agus Setiawan"


def photo(name, sky, boats):
    """A JPEG of its own: coloured boats on a coloured river."""
    image = Image.new("RGB", (1200, 800), sky)
    draw = ImageDraw.Draw(image)
    for x in range(0, 1200, 90):
        draw.ellipse((x, 420 + x % 120, x + 160, 520 + x % 120), fill=boats)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return {"name": name, "mimeType": "image/jpeg", "buffer": buffer.getvalue()}


def upload_with_credits(page, titles):
    """Both files dropped at once; each gets its title, description and
    credit and "Perbarui" (only then is it in the library)."""
    page.locator("#wagtail-sidebar").get_by_role("link", name="Gambar").click()
    page.get_by_role("link", name="Tambah sebuah gambar").click()
    page.locator("input[type=file]").first.set_input_files(
        [
            photo("perahu-1.jpg", (40, 90, 150), (230, 180, 60)),
            photo("perahu-2.jpg", (150, 70, 40), (90, 200, 90)),
        ]
    )
    items = page.locator("#upload-list > li")
    items.nth(1).get_by_label("Kredit foto*").wait_for()
    page.screenshot(path=SHOTS / "journey-photos-uploaded.png")
    for title in titles:  # an item leaves the list once it is updated
        item = items.first
        item.get_by_label("Judul*").fill(title)
        item.get_by_label("Deskripsi").fill("Perahu pedagang di Sungai Martapura")
        item.get_by_label("Kredit foto*").fill(CREDIT)
        count = items.count()
        item.get_by_role("button", name="Perbarui").click()
        expect(items).to_have_count(count - 1)
    assert "Gambar telah diperbarui." in page.locator(".messages").inner_text()


def add_photo(page, title):
    """ "Tambah Foto", then the photo picked in the image chooser."""
    page.get_by_role("button", name="Tambah Foto").click()
    page.get_by_role("button", name="Pilih sebuah gambar").last.click()
    chooser = page.locator(".modal-content:visible")
    chooser.get_by_text(title, exact=True).click()
    chooser.wait_for(state="hidden")


def footer_action(page, button):
    """A button of the editor's footer, under "Tindakan lain"."""
    page.get_by_role("button", name=re.compile("^Tindakan lain")).click()
    with page.expect_navigation():
        button.click()
    page.wait_for_load_state("networkidle")


def test_a_photographers_gallery_goes_out_with_each_photos_credit(desk, open_page):
    tag = uuid.uuid4().hex[:5].upper()
    titles = [f"Perahu pasar terapung {tag} {n}" for n in (1, 2)]
    photographer = desk("fotografer")
    upload_with_credits(photographer, titles)

    new_story(photographer, "Foto", "Galeri foto")
    gallery = f"Pasar Terapung Lok Baintan {tag}"
    type_headline(photographer, gallery)
    photographer.get_by_role("textbox", name="Pengantar").press_sequentially(
        "Pedagang menjajakan hasil kebun dari atas perahu sejak subuh."
    )
    for title in titles:
        add_photo(photographer, title)
    autosaved(photographer)
    photographer.screenshot(path=SHOTS / "journey-gallery-photos.png")
    # "Ajukan ke Tinjauan redaktur"
    footer_action(photographer, photographer.locator("button[name=action-submit]"))
    message = photographer.locator(".messages").inner_text()
    assert f"'{gallery}' telah" in message and "dikirim untuk" in message, message

    editor = desk("redpel")
    editor.locator("#wagtail-sidebar a[href='/admin/notifikasi/']").click()
    editor.locator(".newsroom-notice", has_text=gallery).get_by_role("link").click()
    editor.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    # The reviewer's "Setujui dan terbitkan" (Terbitkan would first ask
    # whether to cancel the review).
    footer_action(editor, editor.get_by_role("button", name="Setujui dan terbitkan"))
    # Wagtail says only "Halaman '…' telah diperbarui."; the list says live.
    row = editor.locator("tr", has=editor.get_by_role("link", name=gallery))
    assert "aktif" in row.inner_text().lower(), row.inner_text()

    reader = open_page("/", width=1366, height=900)
    reader.locator('[aria-label="Rubrik"]').get_by_role("link", name="Foto").click()
    reader.get_by_role("link", name=gallery).first.click()
    reader.wait_for_load_state("networkidle")
    reader.screenshot(path=SHOTS / "journey-gallery-reader.png", full_page=True)
    credits = reader.get_by_text(f"Foto : {CREDIT}")
    assert credits.count() >= 2, reader.locator("main").inner_text()
