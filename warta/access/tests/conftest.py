"""Logins for the access tests: a managing editor, an editor and a writer."""

import pytest
from django.contrib.auth import get_user_model

from warta.newsroom import roles

PASSWORD = "kopi tubruk di meja redaksi"


@pytest.fixture
def staff(home):
    """``{"redpel": user, "redaktur": user, "penulis": user}``, each in its group."""
    groups = roles.ensure_roles(home)
    users = {}
    for username, group in (
        ("redpel", roles.MANAGING_EDITOR),
        ("redaktur", roles.EDITOR),
        ("penulis", roles.WRITER),
    ):
        user = get_user_model().objects.create_user(username, password=PASSWORD)
        user.groups.add(groups[group])
        users[username] = user
    return users
