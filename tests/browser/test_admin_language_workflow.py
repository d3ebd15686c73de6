"""A story's way through review, in Indonesian at every step.

The writer drafts a story, autosave runs, the writer submits it; the managing
editor (redpel) opens the approve and request-changes dialogs; the desk
editor (redaktur) opens them and sends the story back with a note; the writer
sees it come back on the dashboard and in the editor. How the screens are read
and judged: ``tests/browser/admin_audit.py``.
"""

import re

import pytest

from tests.browser.admin_audit import (
    MORE_ACTIONS,
    SUBMIT,
    Audit,
    click_and_load,
    finish,
    links,
    visit,
)
from tests.browser.conftest import SHOTS, TIMEOUT_MS, admin_login, editor_ready

pytestmark = [pytest.mark.browser, pytest.mark.admin_language]
DIALOG = ".modal-content form, .w-dialog form"
DIALOG_SUBMIT = ".modal-content form [type=submit], .w-dialog form [type=submit]"
# Autosave's answer (or none within 5 s: the story is audited as it is).
LISTEN_FOR_AUTOSAVE = """() => { window.autosaved = new Promise(done => {
  for (const name of ["w-autosave:success", "w-autosave:error"]) {
    document.addEventListener(name, () => done(name), {once: true});
  }
  setTimeout(() => done(null), 5000);
}); }"""


def write_and_submit(page, site, audit):
    """The writer drafts a story and submits it; returns its edit URL."""
    add = next(
        add
        for parent in links(page, site, "/admin/pages/", r'href="(/admin/pages/\d+/)"')
        for add in links(
            page,
            site,
            parent + "add_subpage/",
            r'href="(/admin/pages/add/articles/articlepage/\d+/)"',
        )
    )
    visit(page, site, add)
    page.locator("#id_title").fill("Uji Bahasa Antarmuka Redaksi")
    page.locator(SUBMIT).first.click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    audit.collect(page, "penulis", "berita baru disimpan")
    edit_url = re.search(r"/admin/pages/\d+/edit/", page.url).group(0)
    page.evaluate(LISTEN_FOR_AUTOSAVE)
    editor_ready(page)
    page.locator("#id_title").fill("Uji Bahasa Antarmuka Redaksi (revisi)")
    page.evaluate("() => window.autosaved")
    audit.collect(page, "penulis", "simpan otomatis")
    page.locator(MORE_ACTIONS).first.click()
    click_and_load(page, "button[name='action-submit']")
    audit.collect(page, "penulis", "berita diajukan")
    return edit_url


def open_dialogs(page, site, audit, role, edit_url, send_back=False):
    """Open each workflow action's dialog; the desk editor sends it back."""
    visit(page, site, edit_url)
    audit.collect(page, role, "berita dalam tinjauan")
    names = page.locator("button[data-workflow-action-modal-url]").evaluate_all(
        "bs => bs.map(b => b.dataset.workflowActionName)"
    )
    for name in names:
        more = page.locator(MORE_ACTIONS)
        if more.count():
            more.first.click()
        # The action with a dialog, not its one-click twin ("Setujui dan ...").
        page.locator(
            f"button[data-workflow-action-modal-url][data-workflow-action-name='{name}']"
        ).first.click()
        page.wait_for_selector(DIALOG, timeout=TIMEOUT_MS)
        audit.collect(page, role, f"dialog alur kerja {name}")
        if name == "reject" and send_back:
            page.locator(".modal-content textarea, .w-dialog textarea").first.fill(
                "Tolong tambah sumber."
            )
            click_and_load(page, DIALOG_SUBMIT)
            audit.collect(page, role, "perubahan diminta")
            break
        visit(page, site, edit_url)
    visit(page, site, edit_url.replace("/edit/", "/history/"))
    audit.collect(page, role, "riwayat berita diuji")
    return names


def test_a_story_goes_through_review_in_indonesian(browser, site):
    audit = Audit()
    writer, writer_page = admin_login(browser, site, "penulis")
    story = write_and_submit(writer_page, site, audit)
    for role in ("redpel", "redaktur"):
        context, page = admin_login(browser, site, role)
        names = open_dialogs(page, site, audit, role, story, role == "redaktur")
        if role == "redaktur":  # the desk's own editor reviews it
            assert {"approve", "reject"} <= set(names), names
            SHOTS.mkdir(exist_ok=True)
            page.screenshot(path=str(SHOTS / "admin-language-redaktur.png"))
        context.close()
    visit(writer_page, site, "/admin/")
    audit.collect(writer_page, "penulis", "dasbor (berita dikembalikan)")
    visit(writer_page, site, story)
    audit.collect(writer_page, "penulis", "berita dikembalikan")
    writer.close()
    delete_story(browser, site, audit, story)
    finish(audit, "alur-kerja", min_screens=10)


def delete_story(browser, site, audit, story):
    """The admin deletes the test story: its notifications go with it, so the
    other tests of this process find the newsroom's bells as the demo left them."""
    context, page = admin_login(browser, site, "admin")
    visit(page, site, story.replace("/edit/", "/delete/"))
    audit.collect(page, "admin", "hapus berita")
    click_and_load(page, "main form [type=submit]")
    audit.collect(page, "admin", "berita dihapus")
    assert page.request.get(site.url + story).status == 404
    context.close()
