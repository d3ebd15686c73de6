"""Admin login lockout (django-axes), the unknown-user answer and the audit trail."""

import re

import pytest
from axes.models import AccessFailureLog
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import override_settings

from warta.access.tests.conftest import PASSWORD as DEMO_PASSWORD

LOGIN = "/admin/login/"
LIMIT = 3
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("staff"),
]


@pytest.fixture(autouse=True)
def small_limit(settings):
    settings.AXES_FAILURE_LIMIT = LIMIT


def login(client, username, password, ip="203.0.113.9", **extra):
    return client.post(
        LOGIN,
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
        **extra,
    )


def test_the_right_password_logs_in(client):
    response = login(client, "redaktur", DEMO_PASSWORD)
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_a_strangers_failures_do_not_lock_the_editor_out_elsewhere(client):
    """Issue 22, item 11: five wrong passwords from anywhere used to lock an
    editor out for 15 minutes; now they lock out only where they came from."""
    for _ in range(LIMIT - 1):
        assert login(client, "redaktur", "salah", ip="198.51.100.9").status_code == 200
    # The failure that reaches the limit already answers with the lockout page.
    assert login(client, "redaktur", "salah", ip="198.51.100.9").status_code == 429
    editor = login(client, "redaktur", DEMO_PASSWORD, ip="192.0.2.77")
    assert editor.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_failures_from_one_client_lock_that_client_out_of_that_account(client):
    for _ in range(LIMIT):
        login(client, "redaktur", "salah", ip="198.51.100.10")
    locked = login(client, "redaktur", DEMO_PASSWORD, ip="198.51.100.10")
    assert locked.status_code == 429
    assert int(locked["Retry-After"]) > 0
    assert "Terlalu banyak percobaan masuk" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_shipped_limit_is_five_failures_for_fifteen_minutes():
    from warta.settings import base

    assert base.AXES_FAILURE_LIMIT == 5
    assert base.AXES_COOLOFF_TIME.total_seconds() == 15 * 60
    assert ["username", "ip_address"] in base.AXES_LOCKOUT_PARAMETERS
    assert "username" not in base.AXES_LOCKOUT_PARAMETERS


def test_a_client_is_locked_after_failures_on_many_accounts(client):
    for username in ("tidak-ada-1", "tidak-ada-2"):
        assert login(client, username, "salah", ip="198.51.100.50").status_code == 200
    assert login(client, "penulis", "salah", ip="198.51.100.50").status_code == 429
    assert (
        login(client, "redaktur", DEMO_PASSWORD, ip="198.51.100.50").status_code == 429
    )
    # The same account from elsewhere still gets in.
    assert (
        login(client, "redaktur", DEMO_PASSWORD, ip="198.51.100.51").status_code == 302
    )


def test_a_forged_forwarded_for_does_not_dodge_the_client_lockout(client):
    for n in range(LIMIT):
        login(client, f"orang-{n}", "salah", ip="198.51.100.60",
              HTTP_X_FORWARDED_FOR=f"10.9.9.{n}")  # fmt: skip
    response = login(
        client, "redaktur", DEMO_PASSWORD, ip="198.51.100.60",
        HTTP_X_FORWARDED_FOR="10.9.9.200",
    )  # fmt: skip
    assert response.status_code == 429


@override_settings(WARTA_TRUSTED_PROXIES=["127.0.0.1"])  # as deploy/warta.env sets
def test_behind_the_trusted_proxy_clients_are_told_apart(client):
    for n in range(LIMIT):
        login(client, f"orang-{n}", "salah", ip="127.0.0.1",
              HTTP_X_FORWARDED_FOR="198.51.100.70")  # fmt: skip
    other_reader = login(
        client, "redaktur", DEMO_PASSWORD, ip="127.0.0.1",
        HTTP_X_FORWARDED_FOR="198.51.100.71",
    )  # fmt: skip
    assert other_reader.status_code == 302
    client.logout()
    same = login(
        client, "penulis", DEMO_PASSWORD, ip="127.0.0.1",
        HTTP_X_FORWARDED_FOR="198.51.100.70",
    )  # fmt: skip
    assert same.status_code == 429


def _comparable(response):
    html = response.content.decode()
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)
    html = re.sub(r'"CSRF_TOKEN": "[^"]+"', "", html)
    return re.sub(r'name="username" value="[^"]*"', "", html)


def test_an_unknown_user_gets_the_same_answer_as_a_wrong_password(client):
    wrong_password = login(client, "redaktur", "salah-sekali", ip="192.0.2.10")
    unknown_user = login(client, "bukan-siapa-siapa", "salah-sekali", ip="192.0.2.11")
    assert wrong_password.status_code == unknown_user.status_code == 200
    assert _comparable(wrong_password) == _comparable(unknown_user)


def test_failures_are_audited_and_visible_to_the_managing_editor(client):
    login(client, "redaktur", "salah", ip="198.51.100.80")
    entry = AccessFailureLog.objects.get(username="redaktur")
    assert entry.ip_address == "198.51.100.80"
    assert entry.path_info == LOGIN

    assert login(client, "redpel", DEMO_PASSWORD, ip="192.0.2.20").status_code == 302
    listing = client.get("/admin/audit-masuk/gagal/")
    assert listing.status_code == 200
    assert "198.51.100.80" in listing.content.decode()
    client.logout()
    assert login(client, "penulis", DEMO_PASSWORD, ip="192.0.2.21").status_code == 302
    assert client.get("/admin/audit-masuk/gagal/").status_code in (302, 403)


@override_settings(AXES_COOLOFF_TIME=None)
def test_success_before_the_limit_clears_the_count(client):
    for _ in range(LIMIT - 1):
        login(client, "redaktur", "salah", ip="192.0.2.30")
    assert login(client, "redaktur", DEMO_PASSWORD, ip="192.0.2.30").status_code == 302
    client.logout()
    for _ in range(LIMIT - 1):
        login(client, "redaktur", "salah", ip="192.0.2.30")
    assert login(client, "redaktur", DEMO_PASSWORD, ip="192.0.2.30").status_code == 302


@pytest.mark.parametrize(
    "password", ["pendek", "123456789012345", "password1234", "redaktur-warta"]
)
def test_weak_passwords_are_refused(django_user_model, password):
    user = django_user_model(username="redaktur-warta", email="r@warta.invalid")
    with pytest.raises(ValidationError):
        validate_password(password, user)


def test_a_long_unusual_password_is_accepted(django_user_model):
    user = django_user_model(username="redaktur-warta")
    validate_password("kopi tubruk di meja redaksi", user)
