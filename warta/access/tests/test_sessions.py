"""Admin sessions end when unused for WARTA_ADMIN_IDLE_MINUTES (issue 22, item 11)."""

import pytest

from warta.access import sessions
from warta.access.tests.conftest import PASSWORD

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("staff")]
MINUTE = 60


@pytest.fixture
def clock(monkeypatch):
    """The middleware's clock, moved by hand: ``clock.now += 61 * MINUTE``."""

    class Clock:
        now = 1_800_000_000.0

    monkeypatch.setattr(sessions, "clock", lambda: Clock.now)
    return Clock


@pytest.fixture
def editor(client, clock, settings):
    settings.WARTA_ADMIN_IDLE_MINUTES = 60
    response = client.post(
        "/admin/login/", {"username": "redaktur", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
    return client


def test_an_hour_unused_needs_a_new_login_and_says_why(editor, clock):
    clock.now += 61 * MINUTE
    response = editor.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=/admin/pages/")
    assert "_auth_user_id" not in editor.session
    login_page = editor.get(response["Location"]).content.decode()
    assert "tidak ada aktivitas selama 60 menit" in login_page
    again = editor.post(
        response["Location"], {"username": "redaktur", "password": PASSWORD}
    )
    assert again["Location"] == "/admin/pages/"


def test_a_working_editors_session_is_kept_alive(editor, clock):
    for _ in range(8):  # four hours, a request every half hour
        clock.now += 30 * MINUTE
        assert editor.get("/admin/").status_code == 200
    assert "_auth_user_id" in editor.session


def test_just_under_the_limit_is_still_in(editor, clock):
    clock.now += 59 * MINUTE
    assert editor.get("/admin/").status_code == 200


def test_zero_turns_it_off(editor, clock, settings):
    settings.WARTA_ADMIN_IDLE_MINUTES = 0
    clock.now += 24 * 60 * MINUTE
    assert editor.get("/admin/").status_code == 200


def test_readers_get_no_session_cookie(client, clock):
    response = client.get("/")
    assert response.status_code == 200
    assert "sessionid" not in response.cookies
