"""The desk's editors (redaktur, redpel) see their admin in Indonesian.

Every screen each one's sidebar offers, the page editors they may use (menus,
toolbar, block menu, side panels and save errors on one type), reports and
Rencana liputan (its views, the add form with its errors, an item). How the
screens are read and judged: ``tests/browser/admin_audit.py``.
"""

import pytest

from tests.browser.admin_audit import Audit, audit_role, finish

pytestmark = [pytest.mark.browser, pytest.mark.admin_language]


@pytest.mark.parametrize("role", ["redaktur", "redpel"])
def test_an_editor_sees_every_screen_in_indonesian(browser, site, role):
    audit = Audit()
    seen = audit_role(browser, site, audit, role)
    assert seen["adds"] and seen["edits"], seen
    assert "/admin/rencana/" in seen["sidebar"] and seen["planned"]["item"], seen
    finish(audit, role, min_screens=30)
