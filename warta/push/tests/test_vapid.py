"""The paper's VAPID key: made once in the data folder, or given; its public
half served to browsers. And the service worker, served from the root."""

import base64
import stat

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from django.core.exceptions import ImproperlyConfigured

from warta.push import vapid

pytestmark = pytest.mark.django_db


def point(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def test_the_key_is_made_once_and_kept_for_the_owner_only(client, data_folder):
    first = client.get("/notifikasi/kunci/").json()
    key_file = data_folder / "vapid_private.pem"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    raw = point(first["key"])
    assert len(raw) == 65 and raw[0] == 4  # an uncompressed P-256 point
    assert "=" not in first["key"]
    assert client.get("/notifikasi/kunci/").json()["key"] == first["key"]
    assert first["subscribe"] == "/notifikasi/langganan/"
    assert first["worker"] == "/sw.js"
    kept = serialization.load_pem_private_key(key_file.read_bytes(), password=None)
    assert (
        vapid.b64url(
            kept.public_key().public_bytes(
                serialization.Encoding.X962,
                serialization.PublicFormat.UncompressedPoint,
            )
        )
        == first["key"]
    )


def test_a_configured_key_wins_as_pem_or_raw(settings, data_folder):
    key = ec.generate_private_key(ec.SECP256R1())
    public = vapid.b64url(
        key.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
    )
    settings.WARTA_VAPID_PRIVATE_KEY = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    assert vapid.public_key() == public
    settings.WARTA_VAPID_PRIVATE_KEY = vapid.b64url(
        key.private_numbers().private_value.to_bytes(32, "big")
    )
    assert vapid.public_key() == public
    assert not (data_folder / "vapid_private.pem").exists()


@pytest.mark.parametrize("given", ["bm90IGEga2V5", "-----BEGIN PRIVATE KEY-----\nx"])
def test_a_broken_configured_key_says_so(settings, given):
    settings.WARTA_VAPID_PRIVATE_KEY = given
    with pytest.raises(ImproperlyConfigured, match="WARTA_VAPID_PRIVATE_KEY"):
        vapid.private_key()


def test_the_contact_is_the_papers_address(settings):
    settings.DEFAULT_FROM_EMAIL = "Harian Warta <redaksi@warta.example>"
    assert vapid.contact() == "mailto:redaksi@warta.example"
    settings.WARTA_PUSH_CONTACT = "push@warta.example"
    assert vapid.contact() == "mailto:push@warta.example"


def test_the_service_worker_is_served_from_the_root(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert response["Cache-Control"] == "public, max-age=300"
    assert b"showNotification" in response.content
    assert client.post("/sw.js").status_code == 405
