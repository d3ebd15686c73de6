"""The search form's Indonesian calendar (datepicker.js) at 390 px, as a reader
on a phone uses it: by touch, by keyboard and as a screen reader names it."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.browser.conftest import SHOTS
from tests.browser.test_chrome import serious

pytestmark = pytest.mark.browser

ZONE = "Asia/Jakarta"
MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def spoken(day):
    """How the calendar names a day: 'Rabu, 2 Desember 2026'."""
    return f"{DAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year}"


def month_back(day):
    first = day.replace(day=1) - datetime.timedelta(days=1)
    return first.replace(day=min(day.day, first.day))


@pytest.fixture
def search(open_page):
    """/cari/ on a touch phone in Jakarta's time, its filters unfolded by a tap
    (the CSP bypassed only for axe, which is injected inline)."""
    page = open_page(
        "/cari/?q=banjir",
        width=390,
        has_touch=True,
        is_mobile=True,
        timezone_id=ZONE,
        bypass_csp=True,
    )
    page.get_by_text("Saring hasil").tap()
    return page


def focused_label(page):
    return page.evaluate("document.activeElement.getAttribute('aria-label')")


def test_a_day_is_tapped_into_the_field_as_dd_mm_yyyy(search):
    page = search
    opener = page.get_by_role("button", name="Pilih dari tanggal dari kalender")
    opener.tap()
    dialog = page.get_by_role("dialog")
    today = datetime.datetime.now(ZoneInfo(ZONE)).date()
    assert dialog.get_by_role("heading").inner_text() == (
        f"{MONTHS[today.month - 1]} {today.year}"
    )
    assert dialog.locator("th").all_inner_texts()[:2] == ["Sen", "Sel"]
    box = dialog.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390  # on the phone's screen
    assert page.locator("[aria-current=date]").get_attribute("aria-label") == (
        spoken(today)
    )
    page.screenshot(path=str(SHOTS / "datepicker-390.png"))
    assert serious(page) == []

    dialog.get_by_role("button", name="Bulan sebelumnya").tap()
    earlier = month_back(today).replace(day=15)
    dialog.get_by_role("button", name=spoken(earlier)).tap()
    assert dialog.is_hidden()
    assert page.locator("#dari").input_value() == earlier.strftime("%d/%m/%Y")

    with page.expect_navigation():  # the results page, not the form still
        page.locator("form.search-form button[type=submit]").tap()
    assert "hasil untuk" in page.content()
    assert page.locator("#dari").input_value() == earlier.strftime("%d/%m/%Y")
    assert page.locator("[role=alert]").count() == 0
    assert page.problems == []


def test_the_calendar_works_by_keyboard_and_keeps_the_focus(search):
    page = search
    page.fill("#sampai", "02/12/2026")  # the calendar opens on the typed day
    page.locator("#sampai").focus()
    page.keyboard.press("Tab")  # the calendar button follows its field
    assert focused_label(page) is None  # its name is its hidden text
    assert page.evaluate("document.activeElement.dataset.kalender") == "sampai"
    page.keyboard.press("Enter")
    assert focused_label(page) == "Rabu, 2 Desember 2026"
    assert page.locator("[aria-pressed=true]").inner_text() == "2"
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowDown")
    assert focused_label(page) == "Kamis, 10 Desember 2026"
    page.keyboard.press("PageUp")
    assert focused_label(page) == "Selasa, 10 November 2026"
    assert page.get_by_role("dialog").get_by_role("heading").inner_text() == (
        "November 2026"
    )
    page.keyboard.press("Home")
    assert focused_label(page) == "Senin, 9 November 2026"
    for _ in range(6):  # Tab goes round the dialog, never out of it
        page.keyboard.press("Tab")
        inside = "document.activeElement.closest('dialog[open]') !== null"
        assert page.evaluate(inside)
    page.keyboard.press("Escape")
    assert page.get_by_role("dialog").is_hidden()
    assert page.evaluate("document.activeElement.dataset.kalender") == "sampai"
    assert page.locator("#sampai").input_value() == "02/12/2026"  # nothing chosen

    page.keyboard.press("Enter")  # open again, and choose by keyboard
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("Enter")
    assert page.locator("#sampai").input_value() == "01/12/2026"
    assert page.evaluate("document.activeElement.id") == "sampai"
    assert page.problems == []


def test_without_script_the_field_is_typed_and_a_bad_date_named(open_page):
    page = open_page(
        "/cari/?q=banjir&dari=31/02/2026", width=390, java_script_enabled=False
    )
    assert page.locator("button[data-kalender]").first.is_hidden()
    assert "tidak dikenali" in page.locator("[role=alert]").inner_text()
