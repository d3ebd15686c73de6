"""Dead ends, the article's side rail, relative times and Indeks in chromium."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest

from tests.browser.conftest import AXE, SHOTS

pytestmark = pytest.mark.browser

RELATIVE = re.compile(r"^(baru saja|\d+ menit lalu|\d+ jam lalu)$")


def own_problems(page):
    """What went wrong on the page besides the 404 it was asked to show."""
    return [
        p
        for p in page.problems
        if not p.startswith("404 ") and "status of 404" not in p  # its console line
    ]


def test_the_404_page_offers_the_latest_stories(open_page):
    page = open_page("/berita-yang-tidak-pernah-ada/")
    assert page.locator("h1").inner_text() == "Halaman tidak ditemukan"
    latest = page.locator(".suggest #saran-terkini ~ .grid .card__title a")
    assert latest.count() >= 3
    page.screenshot(path=str(SHOTS / "pages-404-390.png"), full_page=True)
    title = latest.first.inner_text()
    latest.first.click()
    page.wait_for_load_state("domcontentloaded")
    assert page.locator("h1").first.inner_text() == title
    assert own_problems(page) == []


def test_an_empty_search_offers_suggestions_and_a_compact_form(open_page):
    page = open_page("/cari/", width=390)
    form = page.locator("form.search-form").bounding_box()
    assert form["height"] < 160  # the words and the button; filters folded
    page.fill("#q", "zzqxvy")
    page.press("#q", "Enter")
    page.wait_for_load_state("networkidle")
    assert "Tidak ada berita yang cocok" in page.content()
    assert page.locator(".suggest .card__title a").count() >= 3
    page.screenshot(path=str(SHOTS / "pages-search-empty-390.png"), full_page=True)
    assert page.problems == []


def test_search_dates_are_typed_the_indonesian_way(open_page):
    page = open_page("/cari/?q=banjir", width=390)
    page.get_by_text("Saring hasil").click()
    assert page.locator("#dari").get_attribute("placeholder") == "hh/bb/tttt"
    page.fill("#dari", "01/01/2020")
    page.fill("#sampai", "31/12/2030")
    page.locator("form.search-form button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    assert "hasil untuk" in page.content()
    assert page.locator("#dari").input_value() == "01/01/2020"
    assert page.locator(".search-result__image img").count() >= 1  # thumbnails
    # A date the server cannot read is named in Indonesian, not a 500.
    page.goto(page.url.split("?")[0] + "?q=banjir&dari=31/02/2026")
    assert "tidak dikenali" in page.locator("[role=alert]").inner_text()


def test_the_article_rail_at_1280_is_sticky(open_page, reader_paths):
    page = open_page(reader_paths["article"], width=1280, height=800)
    story = page.locator("article.story").bounding_box()
    rail = page.locator(".story-rail").bounding_box()
    assert rail["x"] >= story["x"] + story["width"]  # beside, not below
    assert page.locator(".story-rail h2").all_text_contents() == [
        "Terkini",
        "Terpopuler",
    ]
    ad = page.locator(".ad-slot__box").bounding_box()
    assert (round(ad["width"]), round(ad["height"])) == (300, 250)
    assert page.locator(".ad-slot__label").text_content() == "Iklan"
    page.screenshot(path=str(SHOTS / "pages-article-1280.png"))
    sticky = page.locator(".story-rail__sticky")
    page.mouse.wheel(0, 1800)
    page.wait_for_timeout(400)
    top = sticky.bounding_box()["y"]
    assert 0 <= top <= 40, top  # still in view after scrolling past it
    page.mouse.wheel(0, 600)
    page.wait_for_timeout(400)
    box, rail = sticky.bounding_box(), page.locator(".story-rail").bounding_box()
    if rail["y"] + rail["height"] > box["y"] + box["height"] + 1:
        assert abs(box["y"] - top) < 2  # held in place while the story goes on
    else:  # a short story: the rail's end pushes it up with the story's end
        assert box["y"] < top
    assert page.problems == []


def test_the_reading_column_at_390_has_no_sideways_scroll(open_page, reader_paths):
    page = open_page(reader_paths["article"], width=390)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    story = page.locator("article.story").bounding_box()
    assert story["width"] >= 340
    rail = page.locator(".story-rail").bounding_box()
    assert rail["y"] > story["y"] + story["height"]  # below the story
    assert page.locator(".ad-slot").is_hidden()
    page.screenshot(path=str(SHOTS / "pages-article-390.png"))


def test_recent_times_read_relative_and_keep_the_date(open_page):
    page = open_page("/", width=390)
    times = page.locator(".front__latest time[data-relatif]")
    texts = times.all_inner_texts()
    assert any(RELATIVE.match(text) for text in texts), texts
    relative = times.filter(has_text="lalu").first
    assert relative.get_attribute("title").endswith("WIB")


def test_indeks_from_the_footer_is_axe_clean(open_page):
    page = open_page("/", width=390, bypass_csp=True)
    page.locator("footer a", has_text="Indeks berita").click()
    page.wait_for_load_state("networkidle")
    assert re.search(r"/indeks/$", page.url)
    for _ in range(3):  # back to a day with stories (today may have none yet)
        if page.locator(".indeks-list .card").count():
            break
        page.get_by_text("← Sebelumnya").click()
        page.wait_for_load_state("networkidle")
    assert page.locator(".indeks-list .card").count() >= 1
    today = datetime.datetime.now(ZoneInfo("Asia/Jakarta")).date()
    page.fill("#tanggal", today.strftime("%d/%m/%Y"))
    page.locator(".indeks-form button").click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith(f"/indeks/{today.isoformat()}/")
    page.get_by_text("← Sebelumnya").click()
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(SHOTS / "pages-indeks-390.png"), full_page=True)
    assert AXE.exists(), "axe-core is not installed: run `make axe`"
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run()")
    serious = [
        (v["id"], [node["target"] for node in v["nodes"]][:3])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
