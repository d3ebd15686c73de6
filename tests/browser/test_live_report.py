"""A running live report in Debian's chromium: a new update appears without reload.

The page's own live.js polls the JSON endpoint every 20 seconds; the test
installs Playwright's clock so it need not wait, adds an update from another
process (as an editor publishing would), and moves the clock on.
"""

import pytest

from tests.browser.conftest import SHOTS, TIMEOUT_MS, watch
from tests.conftest import run

pytestmark = pytest.mark.browser

LIVE = "/nasional/langsung-arus-balik-libur-panjang-tol-trans-jawa/"
ADD_UPDATE = """
from warta.trust.models import LiveReportPage, LiveUpdate
page = LiveReportPage.objects.get(slug__startswith="langsung-arus-balik")
page = page.get_latest_revision_as_object()
page.live_updates.add(LiveUpdate(title="Uji polling: gerbang dibuka",
                                 body="<p>Petugas membuka dua gardu tambahan.</p>"))
page.save_revision().publish()
"""


def test_new_update_appears_without_reload(browser, site):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    context.set_default_timeout(TIMEOUT_MS)
    context.clock.install()
    page = context.new_page()
    watch(page)
    page.goto(site.url + LIVE, wait_until="networkidle")
    before = page.locator(".live-update").count()
    assert before >= 5
    page.evaluate("window.notReloaded = true")

    added = run(["shell", "-c", ADD_UPDATE], site.env)
    assert added.returncode == 0, added.stderr

    page.clock.run_for(21_000)  # one poll interval
    page.wait_for_selector("text=Uji polling: gerbang dibuka")
    first = page.locator(".live-update").first
    assert "Uji polling: gerbang dibuka" in first.inner_text()
    assert page.locator(".live-update").count() == before + 1
    assert (
        page.locator(".live__status").inner_text().startswith(f"{before + 1} pembaruan")
    )
    assert page.evaluate("window.notReloaded") is True
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "live-report-polled-phone.png"))
    assert page.problems == []
    context.close()
