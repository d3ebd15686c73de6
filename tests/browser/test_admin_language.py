"""The admin speaks Indonesian to every newsroom role, judged from the screen.

One chromium, one context per role (the demo logins). Each role logs in
through the login form, opens every sidebar menu and visits every screen the
sidebar links to, the editor of each page type it may create or edit (with
the save error, the Draftail toolbar, the block menu and the schedule
dialog), single and multiple image upload (a real file), and the workflow:
the writer creates a story and submits it, an editor opens the approve and
request-changes dialogs and sends the story back, the writer sees it again.
On each screen the page itself lists what it shows and says (text nodes,
screen-reader text, aria-label, title, placeholder, tooltips, options, the
contents of its menus and dialogs); ``english_words`` decides from those
strings alone, with no catalogue, which are English. Any English string fails
the test, printed with the screens and roles that showed it
(``test-results/admin-language.txt`` keeps the list).
"""

import io
import re
from collections import defaultdict

import pytest
from PIL import Image

from tests.browser.conftest import SHOTS, TIMEOUT_MS, admin_login
from warta.newsroom.translation_audit import english_words

pytestmark = [pytest.mark.browser, pytest.mark.admin_language]

# Writer first: the story it submits is the one the editors review.
ROLES = ["penulis", "redaktur", "redpel", "fotografer", "admin"]
SKIP_LINKS = re.compile(r"/logout/|/jsi18n/|\.(css|js|png|svg)$")
COLLECT = """() => {
  const ATTRS = ["aria-label", "title", "placeholder", "aria-description",
                 "aria-roledescription", "data-w-tooltip-content-value",
                 "data-draftail-balloon"];
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


class Audit:
    """Strings seen, with where: {string: {"role: screen", ...}}."""

    def __init__(self):
        self.seen = defaultdict(set)
        self.screens = 0

    def collect(self, page, role, screen):
        page.wait_for_timeout(150)  # let controllers connect and render
        self.screens += 1
        for text in page.evaluate(COLLECT):
            self.seen[text].add(f"{role}: {screen}")

    def english(self):
        return {
            text: (words, sorted(where))
            for text, where in self.seen.items()
            if (words := english_words(text))
        }

    def report(self):
        lines = []
        for text, (words, where) in sorted(self.english().items()):
            more = f" (+{len(where) - 3} more)" if len(where) > 3 else ""
            lines.append(
                f"{text!r} [{', '.join(words)}] on {'; '.join(where[:3])}{more}"
            )
        return "\n".join(lines)


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
    """The editor with its menus, toolbar, block menu and schedule dialog."""
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
    for toggle in ("button[data-side-panel-toggle]:visible",):
        for button in page.locator(toggle).all():
            button.click()
            audit.collect(page, role, screen + " (panel samping)")
    more = page.locator("footer [data-w-dropdown-target='toggle']:visible")
    if more.count():
        more.first.click()
        audit.collect(page, role, screen + " (menu aksi)")
        page.keyboard.press("Escape")


def audit_errors(page, audit, role, screen):
    """Save an empty create form: the error messages count too."""
    page.locator(
        "footer button[name='action-submit'], footer button[type=submit]"
    ).first.click()
    page.wait_for_load_state("networkidle")
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
    visit(page, site, "/admin/images/multiple/add/")
    audit.collect(page, role, "unggah beberapa gambar")
    page.locator("input[type=file]").first.set_input_files(png())
    page.wait_for_selector("#upload-list li", timeout=TIMEOUT_MS)
    page.wait_for_load_state("networkidle")
    audit.collect(page, role, "unggah beberapa gambar (terunggah)")
    visit(page, site, "/admin/images/add/")
    audit.collect(page, role, "unggah gambar")
    audit_errors(page, audit, role, "unggah gambar")


def write_and_submit(page, site, audit, add_url):
    """The writer drafts a story and submits it; returns its edit URL."""
    visit(page, site, add_url)
    page.locator("#id_title").fill("Uji Bahasa Antarmuka Redaksi")
    page.locator(
        "footer button[name='action-submit'], footer button[type=submit]"
    ).first.click()
    page.wait_for_load_state("networkidle")
    audit.collect(page, "penulis", "berita baru disimpan")
    match = re.search(r"/admin/pages/(\d+)/edit/", page.url)
    if not match:
        return None
    page.locator("#id_title").fill("Uji Bahasa Antarmuka Redaksi (revisi)")
    page.wait_for_timeout(2500)  # autosave's own delay
    audit.collect(page, "penulis", "simpan otomatis")
    more = page.locator("footer [data-w-dropdown-target='toggle']:visible")
    if more.count():
        more.first.click()
    submit = page.locator("button[name='action-submit']")
    if submit.count():
        submit.first.click()
        page.wait_for_load_state("networkidle")
        audit.collect(page, "penulis", "berita diajukan")
    return match.group(0)


def review(page, site, audit, role, edit_url):
    """Open the workflow dialogs on the submitted story; send it back once."""
    visit(page, site, edit_url)
    audit.collect(page, role, "berita dalam tinjauan")
    buttons = page.locator("button[data-workflow-action-modal-url]")
    names = buttons.evaluate_all("bs => bs.map(b => b.dataset.workflowActionName)")
    for name in names:
        more = page.locator("footer [data-w-dropdown-target='toggle']:visible")
        if more.count():
            more.first.click()
        page.locator(f"button[data-workflow-action-name='{name}']").first.click()
        page.wait_for_selector(
            ".modal-content form, .w-dialog form", timeout=TIMEOUT_MS
        )
        audit.collect(page, role, f"dialog alur kerja {name}")
        if name == "reject" and role == "redaktur":
            page.locator(".modal-content textarea, .w-dialog textarea").first.fill(
                "Tolong tambah sumber."
            )
            page.locator(
                ".modal-content form [type=submit], .w-dialog form [type=submit]"
            ).first.click()
            page.wait_for_load_state("networkidle")
            audit.collect(page, role, "perubahan diminta")
            return
        visit(page, site, edit_url)
    history = edit_url.replace("/edit/", "/history/")
    visit(page, site, history)
    audit.collect(page, role, "riwayat berita diuji")


def audit_role(browser, site, audit, role, shared):
    context, page = admin_login(browser, site, role)
    audit.collect(page, role, "dasbor")
    for href in sidebar_links(page, audit, role):
        visit(page, site, href)
        audit.collect(page, role, href)
        add = page.locator("header a[href$='/add/'], header a[href*='/add/?']")
        if add.count() and "/pages/" not in href:
            visit(page, site, add.first.get_attribute("href"))
            audit.collect(
                page, role, add.first.get_attribute("href") if add.count() else href
            )
    for path in ("/admin/pages/search/?q=vaksin", "/admin/account/"):
        visit(page, site, path)
        audit.collect(page, role, path)
    adds, edits = page_editors(page, site)
    # Every page type's forms; the menus, toolbar and errors once per role
    # (they are the same on every type), every type's for the admin.
    for n, (kind, url) in enumerate(adds.items()):
        visit(page, site, url)
        if n == 0 or role == "admin":
            audit_editor(page, audit, role, f"buat {kind}")
            audit_errors(page, audit, role, f"buat {kind}")
        else:
            audit.collect(page, role, f"buat {kind}")
    for n, (kind, url) in enumerate(edits.items()):
        visit(page, site, url)
        if n == 0 or role == "admin":
            audit_editor(page, audit, role, f"ubah {kind}")
            visit(page, site, url.replace("/edit/", "/history/"))
            audit.collect(page, role, f"riwayat {kind}")
        else:
            audit.collect(page, role, f"ubah {kind}")
    if role in ("fotografer", "admin"):
        audit_upload(page, site, audit, role)
    if role == "penulis" and "articles.articlepage" in adds:
        shared["story"] = write_and_submit(
            page, site, audit, adds["articles.articlepage"]
        )
    elif role in ("redaktur", "redpel") and shared.get("story"):
        review(page, site, audit, role, shared["story"])
    if role == "redpel" and shared.get("story"):
        # The writer sees the story come back.
        writer, writer_page = admin_login(browser, site, "penulis")
        visit(writer_page, site, "/admin/")
        audit.collect(writer_page, "penulis", "dasbor (berita dikembalikan)")
        visit(writer_page, site, shared["story"])
        audit.collect(writer_page, "penulis", "berita dikembalikan")
        writer.close()
    if role == "redaktur":
        SHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SHOTS / "admin-language-redaktur.png"))
    context.close()


def test_every_role_sees_the_admin_in_indonesian(browser, site):
    audit, shared = Audit(), {}
    for role in ROLES:
        audit_role(browser, site, audit, role, shared)
    SHOTS.mkdir(exist_ok=True)
    report = audit.report()
    (SHOTS / "admin-language.txt").write_text(
        f"{audit.screens} screens, {len(audit.seen)} strings, "
        f"{len(audit.english())} English\n{report}\n"
    )
    print(f"{audit.screens} screens, {len(audit.seen)} distinct strings")
    assert audit.screens > 60 and shared.get("story"), (audit.screens, shared)
    assert not report, f"{len(audit.english())} English strings:\n{report}"
