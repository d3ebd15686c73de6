"""The reader site in Debian's chromium: accessibility, text size, fit, pictures."""

from urllib.parse import urljoin

import pytest

from tests.browser.conftest import AXE, RECORD_LAYOUT_SHIFT, SHOTS, scroll_through

pytestmark = pytest.mark.browser

BODY_TEXT = ".story-body p"
TEXT_SIZE = (
    f"parseFloat(getComputedStyle(document.querySelector('{BODY_TEXT}')).fontSize)"
)
# Init scripts run before any of the page's own: they see the page as it is parsed.
RECORD_SIZE_AT_READY = f"""
document.addEventListener("DOMContentLoaded", () => {{
  window.sizeAtReady = {TEXT_SIZE};
}});
"""
BEACON = "/uji-tayang/"
# Gives the article a view URL when the page has none yet (it comes from the view).
SET_VIEW_URL = f"""
new MutationObserver((changes, observer) => {{
  const article = document.querySelector("article.story");
  if (!article) return;
  if (!article.dataset.viewUrl) article.dataset.viewUrl = "{BEACON}";
  observer.disconnect();
}}).observe(document, {{childList: true, subtree: true}});
"""


def pressed(page):
    """The accessible name of the font-size button that says it is pressed."""
    buttons = page.locator(".font-size button[aria-pressed=true]")
    assert buttons.count() == 1
    return buttons.get_attribute("aria-label")


@pytest.mark.parametrize("name", ["home", "section", "article", "gallery"])
def test_no_serious_or_critical_accessibility_violations(open_page, reader_paths, name):
    assert AXE.exists(), "axe-core is not installed: run `make axe`"
    # The page's own CSP forbids injected scripts; axe is the test's, not ours.
    page = open_page(reader_paths[name], width=390, bypass_csp=True)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run()")
    serious = [
        (v["id"], v["impact"], [node["target"] for node in v["nodes"]][:3])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], name


def test_font_size_buttons_resize_the_story_and_set_aria_pressed(
    open_page, reader_paths
):
    page = open_page(reader_paths["article"])
    normal = page.evaluate(TEXT_SIZE)
    assert pressed(page) == "Huruf normal"
    page.get_by_role("button", name="Huruf besar").click()
    assert page.evaluate(TEXT_SIZE) > normal
    assert pressed(page) == "Huruf besar"
    page.get_by_role("button", name="Huruf kecil").click()
    assert page.evaluate(TEXT_SIZE) < normal
    assert pressed(page) == "Huruf kecil"
    page.get_by_role("button", name="Huruf normal").click()
    assert page.evaluate(TEXT_SIZE) == normal
    assert page.problems == []


def test_the_chosen_size_is_there_before_first_paint_on_every_article(
    open_page, reader_paths, site
):
    scripts = [RECORD_SIZE_AT_READY, RECORD_LAYOUT_SHIFT]
    page = open_page(reader_paths["article"], init_scripts=scripts)
    page.get_by_role("button", name="Huruf besar").click()
    large = page.evaluate(TEXT_SIZE)
    for path in (reader_paths["article"], reader_paths["other_article"]):
        page.goto(site.url + path, wait_until="networkidle")
        assert page.evaluate("window.sizeAtReady") == large, path
        assert page.evaluate(TEXT_SIZE) == large
        assert pressed(page) == "Huruf besar"
        assert page.evaluate("window.layoutShift") < 0.01, path
    page.reload(wait_until="networkidle")
    assert page.evaluate("window.sizeAtReady") == large
    assert page.problems == []


def test_font_size_buttons_work_from_the_keyboard(open_page, reader_paths):
    page = open_page(reader_paths["article"])
    large = page.get_by_role("button", name="Huruf besar")
    for _ in range(100):
        page.keyboard.press("Tab")
        if large.evaluate("button => button === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the font-size buttons")
    assert large.evaluate("b => getComputedStyle(b).outlineStyle") != "none"
    page.keyboard.press("Enter")
    assert pressed(page) == "Huruf besar"
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Space")
    assert pressed(page) == "Huruf normal"


def test_without_javascript_the_buttons_are_hidden_and_the_story_reads(
    open_page, reader_paths
):
    page = open_page(reader_paths["article"], java_script_enabled=False)
    assert page.locator(".font-size").count() == 1
    assert not page.locator(".font-size").is_visible()
    assert page.locator(BODY_TEXT).first.is_visible()


@pytest.mark.parametrize("without_fetch", [False, True])
def test_an_article_view_is_reported_once_after_load(
    open_page, reader_paths, site, without_fetch
):
    scripts = [SET_VIEW_URL]
    if without_fetch:  # older browsers: the sendBeacon fallback
        scripts.append("Object.defineProperty(window, 'fetch', {value: undefined})")
    page = open_page("/", init_scripts=scripts)
    posts = []
    page.route(f"**{BEACON}", lambda route: route.fulfill(status=204))
    page.on("request", lambda r: r.method == "POST" and posts.append(r.url))
    page.goto(site.url + reader_paths["article"], wait_until="networkidle")
    view_url = page.locator("article.story").get_attribute("data-view-url")
    page.wait_for_timeout(300)
    assert posts == [urljoin(page.url, view_url)]
    page.goto(site.url + reader_paths["section"], wait_until="networkidle")
    assert len(posts) == 1  # lists send nothing


@pytest.mark.parametrize("width", [360, 390, 768, 1280, 1440])
@pytest.mark.parametrize("name", ["home", "article"])
def test_no_sideways_scrolling(open_page, reader_paths, name, width):
    page = open_page(reader_paths[name], width=width, height=900)
    overflow = page.evaluate("document.documentElement.scrollWidth - innerWidth")
    assert overflow <= 0, f"{name} scrolls sideways at {width} px"


IMAGES = """() => [...document.querySelectorAll("main img")].map(img => {
  const webp = img.parentElement.querySelector('source[type="image/webp"]');
  return {
    src: img.currentSrc,
    width: img.getAttribute("width"),
    height: img.getAttribute("height"),
    loading: img.getAttribute("loading"),
    priority: img.getAttribute("fetchpriority"),
    below: img.getBoundingClientRect().top > innerHeight,
    srcset: webp ? webp.srcset : "",
    lead: img.matches(".lead-figure img, .front__lead .card--big img"),
    loaded: img.complete && img.naturalWidth > 0,
  };
})"""


@pytest.mark.parametrize("name", ["home", "article"])
def test_pictures_are_sized_lazy_below_the_fold_and_the_lead_comes_first(
    open_page, reader_paths, name
):
    images = open_page(reader_paths[name], width=390).evaluate(IMAGES)
    assert images
    for image in images:
        assert image["width"] and image["height"], image
        assert all(entry.endswith("w") for entry in image["srcset"].split(", "))
        if image["below"]:
            assert image["loading"] == "lazy", image
    (lead,) = [image for image in images if image["lead"]]
    assert lead["loading"] != "lazy" and lead["priority"] == "high"
    assert lead["loaded"] and lead["src"].endswith(".webp")
    if name == "home":  # the section strips are far below the fold
        assert sum(image["below"] for image in images) > 10


SCREENS = ["home", "section", "article", "gallery", "video", "infographic"]


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("name", SCREENS + ["edition", "writer"])
def test_screenshots(open_page, reader_paths, name, width):
    page = open_page(reader_paths[name], width=width, height=900)
    scroll_through(page)
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SHOTS / f"reader-{name}-{width}.png", full_page=True)
    assert page.problems == [], (name, width)
    assert page.get_by_role("main").is_visible()
    assert page.get_by_role("contentinfo").is_visible()
