"""A reader's way through the paper, and the article's anatomy, in chromium."""

ANATOMY = [
    ".kicker",
    "h1",
    ".dek",
    ".story-head time",
    ".lead-figure img",
    ".lead-figure .credit",
    ".lead-figure .caption",
    ".font-size",
    ".dateline",
    ".sign-off",
    ".share",
    ".related",
    "#komentar",
]


def heading(page):
    return page.get_by_role("heading", level=1).text_content().strip()


def test_a_reader_goes_home_section_article_writer(open_page):
    page = open_page("/", width=390)
    page.get_by_role("button", name="Menu").click()  # the phone's drawer
    nav = page.get_by_role("navigation", name="Rubrik", exact=True)
    nav.get_by_role("link", name="Nasional").click()
    page.wait_for_load_state("networkidle")
    assert heading(page) == "Nasional"
    # A story with a photograph: newsroom tests on the same site publish bare
    # stories into Nasional, and a reader picks what catches the eye.
    page.locator(".card:has(.card__image img) .card__title a").first.click()
    page.wait_for_load_state("networkidle")
    for selector in ANATOMY:
        assert page.locator(selector).first.is_visible(), selector
    assert page.locator(".lead-figure .credit").inner_text().startswith("Foto : ")
    assert " I " in page.locator(".lead-figure .caption").inner_text()
    assert page.locator(".sign-off").inner_text().strip().startswith("■")
    assert "WIB" in page.locator(".story-head time").first.inner_text()
    assert page.get_by_text("Redaktur : ").is_visible()
    writer = page.locator(".credit-line", has_text="Penulis : ").get_by_role("link")
    name = writer.first.text_content().strip()
    writer.first.click()
    page.wait_for_load_state("networkidle")
    assert heading(page).startswith(name)
    assert page.locator(".card__title a").count() >= 1
    assert page.problems == []


def test_top_link_returns_to_the_top_of_the_article(open_page, reader_paths):
    # bypass_csp: wait_for_function evaluates a string, which our CSP forbids.
    page = open_page(reader_paths["article"], width=390, bypass_csp=True)
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    assert page.evaluate("window.scrollY") > 0
    page.get_by_role("link", name="Top", exact=True).click()
    page.wait_for_function("window.scrollY === 0")
    assert page.problems == []
