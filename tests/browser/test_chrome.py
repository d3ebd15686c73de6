"""The page around every story in chromium: phone header, drawer, search,
identity (logo, favicon, font) and the footer's own pages."""

from urllib.parse import urljoin

import pytest

from tests.browser.conftest import AXE, RECORD_LAYOUT_SHIFT, SHOTS

pytestmark = pytest.mark.browser

PHONE = 390
DESKTOP = 1280
IN_DRAWER = "() => document.getElementById('laci').contains(document.activeElement)"


def menu(page):
    return page.get_by_role("button", name="Menu", exact=True)


def drawer_nav(page):
    return page.locator("#laci").get_by_role("navigation", name="Rubrik", exact=True)


def footer_sections(page):
    """Every section, as the footer lists them (shown with or without JS)."""
    return page.locator("#kaki-rubrik a").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )


def serious(page):
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run()")
    return [
        (v["id"], [node["target"] for node in v["nodes"]][:3])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_the_drawer_opens_by_click_lists_every_section_and_escape_closes_it(
    open_page,
):
    page = open_page("/", width=PHONE)
    button = menu(page)
    assert button.get_attribute("aria-expanded") == "false"
    assert button.get_attribute("aria-controls") == "laci"
    assert not drawer_nav(page).is_visible()
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    assert drawer_nav(page).is_visible()
    assert page.evaluate(IN_DRAWER)
    hrefs = (
        drawer_nav(page)
        .locator("a")
        .evaluate_all("links => links.map(a => a.getAttribute('href'))")
    )
    sections = footer_sections(page)
    assert len(sections) >= 16 and set(sections) <= set(hrefs)
    for desk in ("Foto", "Video", "Infografis", "Edisi Weekend"):
        assert drawer_nav(page).get_by_role("link", name=desk, exact=True).is_visible()
    page.keyboard.press("Escape")
    assert not drawer_nav(page).is_visible()
    assert button.get_attribute("aria-expanded") == "false"
    assert button.evaluate("b => b === document.activeElement")
    assert page.problems == []


def test_the_drawer_works_from_the_keyboard_and_keeps_focus_inside(open_page):
    page = open_page("/", width=PHONE)
    button = menu(page)
    for _ in range(10):
        page.keyboard.press("Tab")
        if button.evaluate("b => b === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the menu button")
    page.keyboard.press("Enter")
    assert drawer_nav(page).is_visible()
    for key in ["Tab"] * 30 + ["Shift+Tab"] * 30:  # the page behind is inert
        page.keyboard.press(key)
        assert page.evaluate(IN_DRAWER), key
    page.keyboard.press("Escape")
    assert button.evaluate("b => b === document.activeElement")
    # The close button and a tap beside the drawer close it too.
    page.keyboard.press("Space")
    page.get_by_role("button", name="Tutup menu").click()
    assert not drawer_nav(page).is_visible()
    button.click()
    page.mouse.click(PHONE - 10, 400)
    assert not drawer_nav(page).is_visible()
    assert button.evaluate("b => b === document.activeElement")


def test_the_current_section_is_marked_in_the_drawer(open_page, reader_paths):
    page = open_page(reader_paths["infographic"], width=360)
    menu(page).click()
    current = drawer_nav(page).locator("[aria-current=page]")
    assert current.count() == 1
    href = current.get_attribute("href")
    assert reader_paths["infographic"].startswith(href)
    assert current.evaluate("a => a === document.activeElement")


def test_without_javascript_the_menu_is_a_link_to_the_footers_sections(open_page):
    page = open_page("/", width=PHONE, java_script_enabled=False)
    assert not page.locator("#laci").is_visible()
    page.get_by_role("link", name="Menu", exact=True).click()
    assert page.url.endswith("#kaki-rubrik")
    sections = page.locator("#kaki-rubrik")
    assert sections.is_visible()
    assert sections.locator("a").count() >= 16
    search = page.get_by_role("link", name="Cari", exact=True)
    assert search.get_attribute("href") == "/cari/"


def test_the_search_icon_opens_a_compact_form(open_page):
    page = open_page("/", width=PHONE)
    field = page.get_by_role("searchbox", name="Cari berita")
    assert not field.is_visible()
    toggle = page.get_by_role("button", name="Cari", exact=True).first
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert field.evaluate("f => f === document.activeElement")
    header = page.locator("header.masthead").bounding_box()
    assert header["height"] < 130  # a line under the bar, not the first screen
    field.fill("vaksin")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/cari/?q=vaksin" in page.url


def test_the_phone_header_stays_in_view_while_scrolling_with_no_layout_shift(
    open_page,
):
    page = open_page("/", width=PHONE, init_scripts=[RECORD_LAYOUT_SHIFT])
    header = page.locator("header.masthead")
    height = header.bounding_box()["height"]
    assert height <= 64  # slim: menu, logo and search on one bar
    page.evaluate("window.scrollTo({top: 2500, behavior: 'instant'})")
    page.wait_for_timeout(100)
    assert page.evaluate("window.scrollY") > 2000
    box = header.bounding_box()
    assert box["y"] == 0 and box["height"] == height
    assert menu(page).is_visible()
    assert page.get_by_role("link", name="Harian Warta").first.is_visible()
    menu(page).click()
    menu(page).evaluate("b => b.blur()")
    page.keyboard.press("Escape")
    assert page.evaluate("window.layoutShift") == 0


def test_the_desktop_keeps_the_full_header_with_every_section(open_page):
    page = open_page("/", width=DESKTOP)
    assert not menu(page).is_visible()
    bar = page.locator("header").get_by_role("navigation", name="Rubrik", exact=True)
    assert bar.is_visible()
    links = bar.locator("a")
    assert links.count() == len(footer_sections(page))
    assert all(links.nth(i).is_visible() for i in range(links.count()))
    assert page.get_by_role("searchbox", name="Cari berita").is_visible()


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_home_is_axe_clean(open_page, width):
    assert AXE.exists(), "axe-core is not installed: run `make axe`"
    page = open_page("/", width=width, bypass_csp=True)
    assert serious(page) == []


def test_the_open_drawer_is_axe_clean(open_page):
    page = open_page("/", width=PHONE, bypass_csp=True)
    menu(page).click()
    assert serious(page) == []


def test_the_favicon_logo_and_font_come_from_our_own_server(open_page, site):
    page = open_page("/", width=PHONE)
    fonts = page.evaluate(
        "() => performance.getEntriesByType('resource')"
        ".filter(e => e.name.endsWith('.woff2')).map(e => e.name)"
    )
    assert fonts and all(url.startswith(site.url + "/static/") for url in fonts)
    assert page.evaluate("() => document.fonts.check('700 20px \"Source Serif 4\"')")
    heading = page.locator("h2, h3").first
    assert "Source Serif 4" in heading.evaluate("h => getComputedStyle(h).fontFamily")
    icons = page.locator(
        "link[rel~=icon], link[rel=apple-touch-icon], link[rel=manifest]"
    )
    hrefs = icons.evaluate_all("links => links.map(l => l.href)")
    assert len(hrefs) == 4
    logo = page.locator("header img.logo").get_attribute("src")
    for url in [*hrefs, urljoin(site.url, logo)]:
        assert url.startswith(site.url + "/"), url
        assert page.request.get(url).status == 200, url
    assert page.problems == []


def test_the_footer_leads_to_the_papers_own_pages(open_page):
    page = open_page("/", width=PHONE)
    footer = page.get_by_role("contentinfo")
    footer.get_by_role("link", name="Redaksi").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_role("heading", level=1).inner_text() == "Redaksi"
    masthead = page.locator(".masthead-list")
    assert masthead.locator("dt").first.inner_text().lower() == "pemimpin redaksi"
    assert masthead.locator("dd").count() >= 5
    for name in ("Tentang Kami", "Pedoman Media Siber", "Kontak", "Iklan", "Privasi"):
        link = page.get_by_role("contentinfo").get_by_role("link", name=name)
        assert link.is_visible(), name
        url = urljoin(page.url, link.get_attribute("href"))
        assert page.request.get(url).status == 200, name
    assert page.problems == []


@pytest.mark.parametrize("name", ["home", "article"])
def test_chrome_screenshots(open_page, reader_paths, name):
    SHOTS.mkdir(exist_ok=True)
    page = open_page(reader_paths[name], width=PHONE, height=844)
    page.screenshot(path=SHOTS / f"chrome-{name}-{PHONE}.png")
    menu(page).click()
    page.wait_for_timeout(300)  # the drawer's slide
    page.screenshot(path=SHOTS / f"chrome-{name}-{PHONE}-menu.png")
    page = open_page(reader_paths[name], width=DESKTOP, height=900)
    page.screenshot(path=SHOTS / f"chrome-{name}-{DESKTOP}.png")
    assert page.problems == []
