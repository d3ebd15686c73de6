"""Two-factor login: enrolment in the admin, the code at login, WARTA_REQUIRE_2FA."""

import re
import time

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from warta.access.tests.conftest import PASSWORD

LOGIN = "/admin/login/"
ENROL = "/admin/dua-langkah/"
pytestmark = pytest.mark.django_db


def code(device, later=0):
    """The device's code, ``later`` steps ahead (a code is accepted only once)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + later * device.step
    return str(totp.token()).zfill(device.digits)


def wait_out_throttle(device):
    """django-otp delays the next try after a wrong code; skip the wait."""
    device.refresh_from_db()
    device.throttle_reset()


def login(client, username, token=None):
    data = {"username": username, "password": PASSWORD}
    if token is not None:
        data["otp_token"] = token
    return client.post(LOGIN, data)


def enrol(client, user):
    page = client.get(ENROL)
    assert page.status_code == 200
    html = page.content.decode()
    assert 'src="data:image/svg+xml;base64,' in html  # the QR code
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    assert re.search(r"<code>[A-Z2-7=]{32,}</code>", html)  # the key, by hand
    assert client.post(ENROL, {"otp_token": "000000"}).status_code == 200
    device.refresh_from_db()
    assert not device.confirmed
    wait_out_throttle(device)
    assert client.post(ENROL, {"otp_token": code(device)}).status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    return device


def test_enrolled_user_needs_the_code_to_log_in(client, staff):
    redaktur = staff["redaktur"]
    assert login(client, "redaktur").status_code == 302
    device = enrol(client, redaktur)
    # The session that enrolled stays verified.
    assert client.get("/admin/").status_code == 200
    client.logout()

    without = login(client, "redaktur")
    assert without.status_code == 200
    assert "_auth_user_id" not in client.session
    wrong = login(client, "redaktur", "123456")
    assert wrong.status_code == 200
    assert "_auth_user_id" not in client.session
    wait_out_throttle(device)
    assert login(client, "redaktur", code(device, later=1)).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_a_missing_code_looks_like_a_wrong_password(client, staff):
    login(client, "penulis")
    enrol(client, staff["penulis"])
    client.logout()
    missing_code = login(client, "penulis").content.decode()
    wrong_password = client.post(
        LOGIN, {"username": "penulis", "password": "bukan ini"}
    ).content.decode()
    error = re.compile(r'<li class="error">(.*?)</li>', re.S)
    assert error.findall(missing_code) == error.findall(wrong_password) != []


def test_a_wrong_code_counts_towards_the_lockout(client, staff, settings):
    settings.AXES_FAILURE_LIMIT = 3
    login(client, "redaktur")
    device = enrol(client, staff["redaktur"])
    client.logout()
    login(client, "redaktur", "111111")
    login(client, "redaktur", "222222")
    assert login(client, "redaktur", "333333").status_code == 429
    assert login(client, "redaktur", code(device, later=1)).status_code == 429


def test_a_session_from_before_enrolment_is_logged_out(client, staff):
    other = type(client)()
    assert login(other, "redaktur").status_code == 302
    login(client, "redaktur")
    enrol(client, staff["redaktur"])
    response = other.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)
    assert "_auth_user_id" not in other.session


def test_turning_it_off_needs_a_current_code(client, staff):
    login(client, "redpel")
    device = enrol(client, staff["redpel"])
    client.post(ENROL, {"otp_token": "999999"})
    assert TOTPDevice.objects.filter(user=staff["redpel"], confirmed=True).exists()
    wait_out_throttle(device)
    client.post(ENROL, {"otp_token": code(device, later=1)})
    assert not TOTPDevice.objects.filter(user=staff["redpel"]).exists()
    client.logout()
    assert login(client, "redpel").status_code == 302


def test_required_2fa_sends_staff_to_enrol_first(client, staff, settings):
    settings.WARTA_REQUIRE_2FA = True
    assert login(client, "penulis").status_code == 302
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == ENROL
    enrol(client, staff["penulis"])
    assert client.get("/admin/").status_code == 200


def test_without_2fa_required_a_password_is_enough(client, staff):
    assert login(client, "penulis").status_code == 302
    assert client.get("/admin/").status_code == 200
