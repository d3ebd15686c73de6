"""The admin login under its strict policy (no 'unsafe-inline'): a person signs
in, and Chromium reports no Content Security Policy violation on the way
(issue 22, item 11)."""

import re

from tests.browser.conftest import DEMO_PASSWORD, TIMEOUT_MS, watch

# Every violation the browser sees, kept on the window (and printed to the
# console, which watch() collects as an error anyway).
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", event => {
  window.cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


def test_an_editor_signs_in_with_no_policy_violation(browser, site):
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    watch(page)
    try:
        response = page.goto(site.url + "/admin/login/", wait_until="networkidle")
        policy = response.headers["content-security-policy"]
        assert "unsafe-inline" not in policy and "script-src 'self';" in policy
        assert page.evaluate("window.cspViolations") == []
        page.get_by_label(re.compile("Nama pengguna", re.I)).click()
        page.keyboard.type("redaktur")
        page.locator("#id_password").click()
        page.keyboard.type(DEMO_PASSWORD)
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r"/admin/$"))
        assert page.locator("main, #main").first.is_visible()
        assert page.evaluate("window.cspViolations") == []
        assert not [p for p in page.problems if "Content Security Policy" in p]
        assert page.problems == []
    finally:
        context.close()
