"""The reader pages in a real browser (Debian's chromium), at phone and desk widths."""

import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SHOTS = Path(__file__).resolve().parent.parent / "test-results"
WIDTHS = {"phone": (390, 844), "desk": (1280, 900)}

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def visit(browser):
    contexts = []

    def open_page(url, width):
        width_height = dict(zip(("width", "height"), WIDTHS[width], strict=True))
        context = browser.new_context(viewport=width_height)
        contexts.append(context)
        page = context.new_page()
        page.problems = []
        page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
        page.on("request", lambda r: _external(r.url) and page.problems.append(r.url))
        page.on(
            "response",
            lambda r: r.status >= 400 and page.problems.append(f"{r.status} {r.url}"),
        )
        page.goto(url, wait_until="networkidle")
        return page

    yield open_page
    for context in contexts:
        context.close()


def _external(url):
    parsed = urlparse(url)
    return parsed.scheme in ("http", "https") and parsed.hostname != "127.0.0.1"


def story_urls(site, visit):
    page = visit(site.url + "/", "desk")
    article = page.locator(".front__lead .card__title a").first.get_attribute("href")
    page = visit(site.url + "/foto/", "desk")
    gallery = page.locator(".card__title a").first.get_attribute("href")
    return {"home": "/", "article": article, "gallery": gallery}


def test_reader_pages_fit_a_phone_and_load_without_errors(site, visit):
    SHOTS.mkdir(exist_ok=True)
    for name, path in story_urls(site, visit).items():
        for width in WIDTHS:
            page = visit(site.url + path, width)
            page.screenshot(path=SHOTS / f"{name}-{width}.png", full_page=True)
            assert page.problems == [], (name, width)
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - window.innerWidth"
            )
            assert overflow <= 0, f"{name} scrolls sideways at {width} width"
            nav = page.get_by_role("navigation", name="Rubrik")
            assert nav.get_by_role("link", name="Nasional").is_visible()


def test_article_is_readable_on_a_phone(site, visit):
    page = visit(site.url + story_urls(site, visit)["article"], "phone")
    assert page.get_by_role("heading", level=1).is_visible()
    assert page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)") >= 16
    lead = page.locator(".lead-figure img")
    assert lead.evaluate("img => img.complete && img.naturalWidth > 0")
    assert page.get_by_text("Foto : ").first.is_visible()
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    assert page.evaluate("window.scrollY") > 0
    page.get_by_role("link", name="Top").click()
    page.wait_for_function("window.scrollY === 0")
    assert page.problems == []
