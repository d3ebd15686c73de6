"""The writer and the photographer see their admin in Indonesian.

Every screen each one's sidebar offers, the page types they may create (the
editor's menus, toolbar, block menu, side panels and save errors), image
upload for the photographer, and Rencana liputan where their sidebar has it.
How the screens are read and judged: ``tests/browser/admin_audit.py``.
"""

import pytest

from tests.browser.admin_audit import Audit, audit_role, finish

pytestmark = [pytest.mark.browser, pytest.mark.admin_language]


@pytest.mark.parametrize("role", ["penulis", "fotografer"])
def test_the_field_sees_every_screen_in_indonesian(browser, site, role):
    audit = Audit()
    seen = audit_role(browser, site, audit, role, upload=role == "fotografer")
    assert seen["adds"], seen
    if seen["planned"] and seen["planned"]["added"]:
        assert seen["planned"]["item"], seen
    finish(audit, role, min_screens=15)
