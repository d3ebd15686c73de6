"""Browser fixtures for the reader site: Debian's chromium driven by Playwright.

The pages come from the session ``site`` fixture (tests/conftest.py): a real
``warta serve`` on the demo paper. Pages are found by following the site's own
links (the section navigation, the lead story, cards), never by title or id.
"""

import re
import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest

from warta.demo.logins import DEMO_PASSWORD

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE = ROOT / "node" / "node_modules" / "axe-core" / "axe.min.js"
SHOTS = ROOT / "test-results"
# The first view of a page renders its image renditions: allow for that.
TIMEOUT_MS = 60_000


# An init script: the page's cumulative layout shift in window.layoutShift.
RECORD_LAYOUT_SHIFT = """
window.layoutShift = 0;
new PerformanceObserver(list => {
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) window.layoutShift += entry.value;
  }
}).observe({type: "layout-shift", buffered: true});
"""


# Module scope, not session: Playwright's sync API runs one instance per thread,
# and each browser test module starts its own.
@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def open_page(browser, site):
    """``open_page(path, width)``: a page in a fresh context (empty storage).

    ``page.problems`` collects console errors, failed responses and any request
    that leaves 127.0.0.1, so each test can assert the page stayed clean.
    """
    contexts = []

    def open_page(path, width=390, height=844, init_scripts=(), **context_args):
        context = browser.new_context(
            viewport={"width": width, "height": height}, **context_args
        )
        context.set_default_timeout(TIMEOUT_MS)
        for script in init_scripts:
            context.add_init_script(script)
        contexts.append(context)
        page = context.new_page()
        watch(page)
        page.goto(site.url + path, wait_until="networkidle")
        return page

    yield open_page
    for context in contexts:
        context.close()


def admin_login(browser, site, username, width=1366, height=900):
    """A new 1366 px tab logged in to the admin as a demo login, typed as a
    person types it; returns ``(context, page)`` (the caller closes it)."""
    context = browser.new_context(viewport={"width": width, "height": height})
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    watch(page)
    page.goto(site.url + "/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(DEMO_PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/admin/$"))
    return context, page


def watch(page):
    page.problems = []
    page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
    page.on("request", lambda r: _external(r.url) and page.problems.append(r.url))
    page.on(
        "response",
        lambda r: r.status >= 400 and page.problems.append(f"{r.status} {r.url}"),
    )


def _external(url):
    parsed = urlparse(url)
    return parsed.scheme in ("http", "https") and parsed.hostname != "127.0.0.1"


@pytest.fixture(scope="module")
def reader_paths(browser, site):
    """The path of each kind of reader page, found by following links."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()

    def first_href(path, selector):
        page.goto(site.url + path, wait_until="domcontentloaded")
        return page.locator(selector).first.get_attribute("href")

    nav = '[aria-label="Rubrik"] a'
    paths = {"home": "/", "section": first_href("/", nav)}
    paths["article"] = first_href("/", ".front__lead .card__title a")
    for name, desk in [
        ("gallery", "Foto"),
        ("video", "Video"),
        ("infographic", "Infografis"),
        ("edition", "Edisi Weekend"),
    ]:
        section = first_href("/", f"{nav}:text-is('{desk}')")
        paths[name] = first_href(section, ".card__title a")
    paths["writer"] = first_href(paths["article"], '.story-foot a[href^="/penulis/"]')
    page.goto(site.url + paths["section"], wait_until="domcontentloaded")
    others = page.locator(".card__title a").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )
    paths["other_article"] = next(p for p in others if p != paths["article"])
    context.close()
    return paths


def scroll_through(page):
    """Scroll to the bottom and back, so every lazy picture has loaded."""
    page.evaluate(
        """async () => {
            for (let y = 0; y < document.body.scrollHeight; y += 500) {
                window.scrollTo({top: y, behavior: "instant"});
                await new Promise(done => setTimeout(done, 50));
            }
            window.scrollTo({top: 0, behavior: "instant"});
        }"""
    )
    page.wait_for_load_state("networkidle")


# Wagtail's unsaved-changes watcher (which starts autosave) reads the form as
# it loaded two seconds after the load: what is typed before that counts as
# the form's start, and a test finished typing by then is never autosaved. A
# person takes longer than that to look at the form; the test waits for it.
EDITOR_READY = """() => {
  const form = document.querySelector("[data-edit-form]");
  const app = window.wagtail && window.wagtail.app;
  const watcher =
    form && app && app.getControllerForElementAndIdentifier(form, "w-unsaved");
  return Boolean(watcher && watcher.initialFormData);
}"""


def editor_ready(page):
    page.wait_for_function(EDITOR_READY)
