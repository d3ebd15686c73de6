"""The media desks in Debian's chromium: the gallery viewer (click, keys, swipe,
focus), the video that plays after one tap with nothing fetched from elsewhere
before it, and the share links on every kind of story."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import AXE, SHOTS, scroll_through

pytestmark = pytest.mark.browser

SERIOUS = ("serious", "critical")
SHARE_NAMES = [
    "Bagikan ke WhatsApp",
    "Bagikan ke Facebook",
    "Bagikan ke X",
    "Bagikan ke Telegram",
    "Bagikan ke LINE",
    "Kirim lewat surel",
    "Salin tautan",
]


def figure_credit(page, index):
    figure = page.locator(".gallery__item").nth(index)
    return figure.locator(".credit").inner_text()


def focus_label(page):
    return page.evaluate("document.activeElement.getAttribute('aria-label')")


def focus_in_viewer(page):
    return page.evaluate("!!document.activeElement.closest('[data-viewer]')")


def test_viewer_opens_on_click_steps_with_arrows_and_escape_returns_focus(
    open_page, reader_paths
):
    page = open_page(reader_paths["gallery"], width=1280)
    links = page.locator("[data-gallery-open]")
    total = links.count()
    assert total >= 3
    links.nth(0).click()
    viewer = page.get_by_role("dialog")
    expect(viewer).to_be_visible()
    count = viewer.locator("[data-viewer-count]")
    expect(count).to_have_text(f"1 / {total}")
    expect(viewer.locator(".credit")).to_have_text(figure_credit(page, 0))
    page.keyboard.press("ArrowRight")
    expect(count).to_have_text(f"2 / {total}")
    expect(viewer.locator(".credit")).to_have_text(figure_credit(page, 1))
    expect(viewer.locator(".caption")).not_to_be_empty()
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    expect(count).to_have_text(f"{total} / {total}")
    for _ in range(6):  # Tab goes round the viewer's own controls
        page.keyboard.press("Tab")
        assert focus_in_viewer(page)
    page.screenshot(path=SHOTS / "media-gallery-viewer-1280.png")
    page.keyboard.press("Escape")
    expect(viewer).to_be_hidden()
    assert focus_label(page) == f"Perbesar foto 1 dari {total}"
    assert page.problems == []


def test_viewer_buttons_and_a_finger_swipe_change_the_photo(open_page, reader_paths):
    page = open_page(reader_paths["gallery"], width=390, has_touch=True, is_mobile=True)
    total = page.locator("[data-gallery-open]").count()
    page.locator("[data-gallery-open]").first.tap()
    viewer = page.get_by_role("dialog")
    count = viewer.locator("[data-viewer-count]")
    expect(count).to_have_text(f"1 / {total}")
    page.screenshot(path=SHOTS / "media-gallery-viewer-390.png")
    viewer.get_by_role("button", name="Foto berikutnya").tap()
    expect(count).to_have_text(f"2 / {total}")
    viewer.get_by_role("button", name="Foto sebelumnya").tap()
    expect(count).to_have_text(f"1 / {total}")
    swipe(page, 320, 120)  # right to left: the next photo
    expect(count).to_have_text(f"2 / {total}")
    expect(viewer.locator(".credit")).to_have_text(figure_credit(page, 1))
    swipe(page, 80, 300)  # left to right: back again
    expect(count).to_have_text(f"1 / {total}")
    viewer.get_by_role("button", name="Tutup").click()
    expect(viewer).to_be_hidden()
    assert page.problems == []


def swipe(page, from_x, to_x, y=400):
    """A one-finger horizontal stroke, as the touch screen reports it."""
    cdp = page.context.new_cdp_session(page)
    steps = [from_x + (to_x - from_x) * i / 6 for i in range(7)]
    cdp.send("Input.dispatchTouchEvent", touch("touchStart", steps[0], y))
    for x in steps[1:]:
        cdp.send("Input.dispatchTouchEvent", touch("touchMove", x, y))
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    cdp.detach()


def touch(kind, x, y):
    return {"type": kind, "touchPoints": [{"x": x, "y": y, "id": 1}]}


def test_without_javascript_the_gallery_is_a_list_of_credited_photos(
    open_page, reader_paths
):
    page = open_page(reader_paths["gallery"], width=390, java_script_enabled=False)
    items = page.locator(".gallery__item")
    assert items.count() >= 3
    for index in range(items.count()):
        item = items.nth(index)
        assert item.locator(".credit").inner_text().startswith("Foto : ")
        assert item.locator(".caption").inner_text().strip()
    expect(page.get_by_role("dialog")).to_have_count(0)


def test_video_shows_one_play_control_and_nothing_leaves_before_the_tap(
    open_page, reader_paths
):
    page = open_page(reader_paths["video"], width=390)
    scroll_through(page)
    play = page.get_by_role("button", name=re.compile("Putar video"))
    expect(play).to_have_count(1)
    video = page.locator("video")
    assert video.evaluate("v => v.controls") is False  # our button is the one
    page.screenshot(path=SHOTS / "media-video-390.png")
    assert page.problems == []  # no request left 127.0.0.1
    play.click()
    expect(play).to_be_hidden()
    assert playing(page)
    assert page.problems == []


def playing(page, tries=120):
    """Whether the video plays with its controls (the page's CSP forbids the
    eval behind wait_for_function, so look every quarter second)."""
    for _ in range(tries):
        if page.evaluate(
            "() => { const v = document.querySelector('video');"
            " return v.controls && v.currentTime > 0; }"
        ):
            return True
        page.wait_for_timeout(250)
    return False


@pytest.mark.parametrize(
    "name", ["article", "gallery", "video", "infographic", "edition", "live"]
)
def test_every_kind_of_story_has_named_share_links(open_page, reader_paths, name):
    path = reader_paths.get(name) or live_report_path(open_page)
    page = open_page(path, width=390)
    share = page.get_by_role("navigation", name="Bagikan")
    for label in SHARE_NAMES:
        expect(share.get_by_role("link", name=label)).to_have_count(1)
    whatsapp = share.get_by_role("link", name="Bagikan ke WhatsApp")
    assert whatsapp.get_attribute("href").startswith("https://wa.me/?text=")
    copy = share.get_by_role("link", name="Salin tautan")
    assert copy.get_attribute("href").endswith(path)
    assert page.problems == []


def live_report_path(open_page):
    home = open_page("/", width=1280)
    return home.locator("a[href*='/langsung-']").first.get_attribute("href")


@pytest.mark.parametrize("name", ["gallery", "video"])
def test_media_pages_have_no_serious_accessibility_violations(
    open_page, reader_paths, name
):
    assert AXE.exists(), "axe-core is not installed: run `make axe`"
    page = open_page(reader_paths[name], width=390, bypass_csp=True)
    page.add_script_tag(path=str(AXE))
    found = page.evaluate("async () => await axe.run()")
    serious = [
        (v["id"], [node["target"] for node in v["nodes"]][:3])
        for v in found["violations"]
        if v["impact"] in SERIOUS
    ]
    assert serious == [], name
    if name == "gallery":  # and the open viewer too
        page.locator("[data-gallery-open]").first.click()
        found = page.evaluate("async () => await axe.run('[data-viewer]')")
        assert [v["id"] for v in found["violations"] if v["impact"] in SERIOUS] == []
