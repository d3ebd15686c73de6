"""deploy/warta.env.example names only settings Warta reads, and every
setting of the production checklist (README) is in it."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "deploy" / "warta.env.example"
# Read by the libraries themselves, not by our settings.
LIBRARIES = {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "DJANGO_SETTINGS_MODULE"}


def read_names():
    names = re.findall(r"^#? ?([A-Z][A-Z0-9_]+)=", EXAMPLE.read_text(), re.M)
    return set(names)


def test_every_variable_of_the_example_is_read_by_the_settings():
    settings = "".join(p.read_text() for p in (ROOT / "warta/settings").glob("*.py"))
    unread = sorted(
        name for name in read_names() - LIBRARIES if f'"{name}"' not in settings
    )
    assert unread == []


def test_the_example_names_retention_sessions_and_proxies():
    names = read_names()
    for name in (
        "WARTA_TRUSTED_PROXIES",
        "WARTA_ADMIN_IDLE_MINUTES",
        "WARTA_RETAIN_COMMENT_EMAIL_DAYS",
        "WARTA_RETAIN_LOGIN_DAYS",
        "WARTA_RETAIN_VIEW_DAYS",
        "EMAIL_HOST",
    ):
        assert name in names
