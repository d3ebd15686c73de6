"""The admin (a superuser) sees every admin screen in Indonesian.

Every screen its sidebar offers and each one's add form, every page type's
create and edit forms with their menus, toolbar, block menu, side panels and
save errors, history, single and multiple image upload, and Rencana liputan.
How the screens are read and judged: ``tests/browser/admin_audit.py``.
"""

import pytest

from tests.browser.admin_audit import Audit, audit_role, finish

pytestmark = [pytest.mark.browser, pytest.mark.admin_language]


def test_the_admin_sees_every_screen_in_indonesian(browser, site):
    audit = Audit()
    seen = audit_role(browser, site, audit, "admin", editors="all", upload=True)
    assert len(seen["adds"]) >= 6 and len(seen["edits"]) >= 6, seen
    assert "/admin/rencana/" in seen["sidebar"] and seen["planned"]["item"], seen
    finish(audit, "admin", min_screens=100)
