"""The admin language audit's moves, shared by the test_admin_language_* files.

Each file audits one role's screens (or the workflow between roles) in its own
browser, so pytest-xdist (``--dist loadfile``) runs them on both processes.
A role logs in once through the login form and keeps that tab. On each screen
the page itself lists what it shows and says (``COLLECT``: text nodes,
screen-reader text, aria-label, title, placeholder, tooltips, options, the
contents of its menus and dialogs);
``warta.newsroom.translation_audit.english_words`` decides from those strings
alone, with no catalogue, which are English. Each file writes what it found to
``test-results/admin-language-<part>.txt`` and fails on any English string.
"""

import io
import re
import tomllib
from pathlib import Path

from PIL import Image

from tests.browser.conftest import SHOTS, TIMEOUT_MS, admin_login
from warta.newsroom.translation_audit import ScreenAudit

DEMO_CONTENT = Path(__file__).resolve().parents[2] / "warta" / "demo" / "content"
SKIP_LINKS = re.compile(r"/logout/|/jsi18n/|\.(css|js|png|svg)$")
SUBMIT = "footer button[name='action-submit'], footer button[type=submit]"
MORE_ACTIONS = "footer [data-w-dropdown-target='toggle']:visible"
# What the page shows, read by the page: see the module docstring. A
# Draftail balloon's data-draftail-balloon is its direction ("up"), not text.
COLLECT = """() => {
  const ATTRS = ["aria-label", "title", "placeholder", "aria-description",
                 "aria-roledescription", "data-w-tooltip-content-value"];
  const out = new Set();
  const add = (s) => { s = (s || "").replace(/\\s+/g, " ").trim(); if (s) out.add(s); };
  const openable = "[data-w-dropdown-target='content'], .w-dialog, dialog, " +
                   "[role='dialog'], [role='menu'], [role='listbox']";
  // Inside a closed menu or dialog, what its opening would show: nothing
  // that is hidden within it (a date picker's unused buttons).
  const shownWithin = (el, root) => {
    for (let e = el; e && e !== root; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (e.hidden || style.display === "none") return false;
      if (style.visibility === "hidden") return false;
    }
    return true;
  };
  const shown = (el) => {
    if (el.closest("template, script, style, noscript, code, kbd, samp, pre")) {
      return false;
    }
    if (el.checkVisibility({visibilityProperty: true})) {
      return !el.closest("[aria-hidden='true']") || !!el.closest(openable);
    }
    const root = el.closest(openable);
    return !!root && shownWithin(el, root);
  };
  add(document.title);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && n.nodeValue.trim() && shown(parent)) add(n.nodeValue);
  }
  for (const el of document.body.querySelectorAll("*")) {
    const tooltip = el.hasAttribute("data-w-tooltip-content-value");
    if (!tooltip && !shown(el)) continue;
    for (const a of ATTRS) if (el.hasAttribute(a)) add(el.getAttribute(a));
    if (el.matches("input[type=submit], input[type=button]")) add(el.value);
    if (el.tagName === "OPTION" || el.tagName === "OPTGROUP") add(el.label);
  }
  for (const t of document.querySelectorAll("template[data-w-tooltip-target]")) {
    add(t.content.textContent);
  }
  return [...out];
}"""
# Two animation frames: controllers that connected on load have drawn.
SETTLE = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


def demo_names():
    """The demo newsroom's own names: titles, names and codes in its content."""
    names = set()

    def walk(value):
        if isinstance(value, dict):
            for key, item in value.items():
                if key in ("title", "name", "desk_code", "code") and isinstance(
                    item, str
                ):
                    names.add(item)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in sorted(DEMO_CONTENT.glob("*.toml")):
        walk(tomllib.loads(path.read_text()))
    return names


class Audit(ScreenAudit):
    def __init__(self):
        super().__init__(names=demo_names())

    def collect(self, page, role, screen):
        page.evaluate(SETTLE)
        self.add(page.evaluate(COLLECT), f"{role}: {screen}")


def finish(audit, part, min_screens):
    """Write test-results/admin-language-<part>.txt; fail on any English."""
    SHOTS.mkdir(exist_ok=True)
    report = audit.report()
    english = audit.english()
    (SHOTS / f"admin-language-{part}.txt").write_text(
        f"{audit.screens} screens, {len(audit.seen)} strings, "
        f"{len(english)} English\n{report}\n"
    )
    assert audit.screens >= min_screens, audit.screens
    assert not report, f"{len(english)} English strings:\n{report}"


def visit(page, site, path):
    page.goto(site.url + path, wait_until="load")


def sidebar_links(page, audit, role):
    """Open every sidebar submenu (their strings count) and list its links."""
    for toggle in page.locator(
        "nav[aria-label] .sidebar-menu-item__link[aria-expanded]"
    ).all():
        toggle.click()
        audit.collect(page, role, "menu " + (toggle.inner_text().strip() or "?"))
        toggle.click()
    hrefs = page.locator("#wagtail-sidebar a[href^='/admin/']").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )
    account = page.locator(
        "#wagtail-sidebar button[aria-haspopup], "
        "#wagtail-sidebar .sidebar-footer__account"
    )
    if account.count():
        account.first.click()
        audit.collect(page, role, "menu akun")
        page.keyboard.press("Escape")
    return [h for h in dict.fromkeys(hrefs) if not SKIP_LINKS.search(h)]


def links(page, site, path, pattern):
    """The links an admin screen offers (fetched, not rendered: cheap)."""
    response = page.request.get(site.url + path)
    return (
        list(dict.fromkeys(re.findall(pattern, response.text()))) if response.ok else []
    )


def page_editors(page, site):
    """One create and one edit form per page type the role may use."""
    adds, edits = {}, {}
    home_children = links(page, site, "/admin/pages/", r'href="/admin/pages/(\d+)/"')
    parents = list(home_children)
    for parent in home_children[:2]:
        parents += links(
            page, site, f"/admin/pages/{parent}/", r'href="/admin/pages/(\d+)/"'
        )
    for parent in dict.fromkeys(parents):
        for app, model, pid in re.findall(
            r"/admin/pages/add/(\w+)/(\w+)/(\d+)/",
            " ".join(
                links(
                    page, site, f"/admin/pages/{parent}/add_subpage/", r'href="([^"]+)"'
                )
            ),
        ):
            adds.setdefault(f"{app}.{model}", f"/admin/pages/add/{app}/{model}/{pid}/")
    types = links(page, site, "/admin/pages/search/?q=", r"content_type=(\w+\.\w+)")
    for content_type in types:
        found = links(
            page,
            site,
            f"/admin/pages/search/?content_type={content_type}",
            r'href="(/admin/pages/\d+/edit/)"',
        )
        if found:
            edits[content_type] = found[0]
    return adds, edits


def audit_editor(page, audit, role, screen):
    """The editor with its menus, toolbar, block menu and side panels."""
    audit.collect(page, role, screen)
    rich = page.locator(".Draftail-Editor [contenteditable=true]")
    if rich.count():
        rich.first.click()
        page.keyboard.press("Control+a")
        audit.collect(page, role, screen + " (teks dipilih)")
        page.keyboard.press("End")
        page.keyboard.press("Enter")
        page.keyboard.type("/")
        audit.collect(page, role, screen + " (menu blok)")
        page.keyboard.press("Backspace")
        page.keyboard.press("Backspace")
    add_block = page.locator("button.c-sf-add-button:visible")
    if add_block.count():
        add_block.first.click()
        audit.collect(page, role, screen + " (tambah blok)")
        page.keyboard.press("Escape")
    for button in page.locator("button[data-side-panel-toggle]:visible").all():
        button.click()
        audit.collect(page, role, screen + " (panel samping)")
    more = page.locator(MORE_ACTIONS)
    if more.count():
        more.first.click()
        audit.collect(page, role, screen + " (menu aksi)")
        page.keyboard.press("Escape")


def click_and_load(page, selector):
    """Click what sends a form; wait for the page that answers it."""
    with page.expect_navigation(wait_until="load", timeout=TIMEOUT_MS):
        page.locator(selector).first.click()


def save_with_errors(page, audit, role, screen, submit=SUBMIT):
    """Save an empty create form: the error messages count too."""
    click_and_load(page, submit)
    audit.collect(page, role, screen + " (galat)")


def png():
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 40, 40)).save(buffer, "PNG")
    return {
        "name": "uji-bahasa.png",
        "mimeType": "image/png",
        "buffer": buffer.getvalue(),
    }


def audit_upload(page, site, audit, role):
    """Single and multiple image upload, with a real file."""
    visit(page, site, "/admin/images/multiple/add/")
    audit.collect(page, role, "unggah beberapa gambar")
    page.locator("input[type=file]").first.set_input_files(png())
    page.wait_for_selector("#upload-list li.upload-complete", timeout=TIMEOUT_MS)
    audit.collect(page, role, "unggah beberapa gambar (terunggah)")
    # Undone as a person would (its "Hapus"): other tests choose images.
    page.locator("#upload-list li .delete").first.click()
    page.wait_for_selector("#upload-list li", state="detached", timeout=TIMEOUT_MS)
    visit(page, site, "/admin/images/add/")
    audit.collect(page, role, "unggah gambar")
    save_with_errors(page, audit, role, "unggah gambar")


def audit_planning(page, site, audit, role):
    """Rencana liputan: its views, the add form with its errors, an item.

    Returns whether the role could add a plan and whether an item was opened.
    """
    for view in ("minggu", "bulan"):
        visit(page, site, f"/admin/rencana/?tampilan={view}")
        audit.collect(page, role, f"rencana liputan ({view})")
    add = page.locator("a[href^='/admin/rencana/tambah/']")
    added = bool(add.count())
    if added:
        visit(page, site, add.first.get_attribute("href"))
        audit.collect(page, role, "tambah rencana")
        save_with_errors(page, audit, role, "tambah rencana", "main form [type=submit]")
        page.locator("#id_slug_line").fill(f"Uji bahasa {role}")
        click_and_load(page, "main form [type=submit]")
        audit.collect(page, role, "rencana disimpan")
    items = links(page, site, "/admin/rencana/?tampilan=bulan", r"/admin/rencana/\d+/")
    if items:
        visit(page, site, items[0])
        audit.collect(page, role, "rencana (butir)")
    return {"added": added, "item": bool(items)}


def audit_role(browser, site, audit, role, editors="first", upload=False):
    """Every screen a role's sidebar offers, its page editors, uploads, plans.

    ``editors``: "first" audits the menus, toolbar and errors on one page
    type (they are the same on every type) and opens the others; "all" does
    them on every type. ``upload``: single and multiple image upload too.
    """
    context, page = admin_login(browser, site, role)
    audit.collect(page, role, "dasbor")
    hrefs = sidebar_links(page, audit, role)
    for href in hrefs:
        visit(page, site, href)
        audit.collect(page, role, href)
        add = page.locator("header a[href$='/add/'], header a[href*='/add/?']")
        if add.count() and "/pages/" not in href:
            target = add.first.get_attribute("href")
            visit(page, site, target)
            audit.collect(page, role, target)
    for path in ("/admin/pages/search/?q=vaksin", "/admin/account/"):
        visit(page, site, path)
        audit.collect(page, role, path)
    adds, edits = page_editors(page, site)
    for n, (kind, url) in enumerate(adds.items()):
        visit(page, site, url)
        if n == 0 or editors == "all":
            audit_editor(page, audit, role, f"buat {kind}")
            save_with_errors(page, audit, role, f"buat {kind}")
        else:
            audit.collect(page, role, f"buat {kind}")
    for n, (kind, url) in enumerate(edits.items()):
        visit(page, site, url)
        if n == 0 or editors == "all":
            audit_editor(page, audit, role, f"ubah {kind}")
            visit(page, site, url.replace("/edit/", "/history/"))
            audit.collect(page, role, f"riwayat {kind}")
        else:
            audit.collect(page, role, f"ubah {kind}")
    if upload:
        audit_upload(page, site, audit, role)
    planned = None
    if "/admin/rencana/" in hrefs:
        planned = audit_planning(page, site, audit, role)
    context.close()
    return {"sidebar": hrefs, "adds": adds, "edits": edits, "planned": planned}
