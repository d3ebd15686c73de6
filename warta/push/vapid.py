"""The paper's VAPID key: who we are to the browsers' push services.

Self-hosted, with nothing to sign up for: a P-256 key pair is made on first
use and kept in ``$WARTA_DATA/vapid_private.pem`` (readable by the owner only),
as the demo keeps its ``secret_key``. ``WARTA_VAPID_PRIVATE_KEY`` (a PEM, or
the 32-byte private number in base64url) replaces the file, for servers whose
data folder is not shared. The key must not change once readers subscribe: a
push service refuses messages signed by another key than the one the
subscription was made with, so every subscription would be lost.

The browser subscribes with the public key (``public_key()``, the
uncompressed point in base64url); every message carries a JWT signed with the
private key and the contact claim (``mailto:`` from ``WARTA_PUSH_CONTACT`` or
``DEFAULT_FROM_EMAIL``), which a push service uses to reach us about abuse.
"""

import base64
import contextlib
import functools
import os
import tempfile
from email.utils import parseaddr
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from py_vapid import Vapid

KEY_FILE = "vapid_private.pem"


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def from_b64url(text):
    """Bytes of base64url text, padded or not; ValueError for anything else."""
    if not isinstance(text, str) or not text.isascii():
        raise ValueError("not base64url")
    text = text.rstrip("=")
    if not all(c.isalnum() or c in "-_" for c in text) or len(text) % 4 == 1:
        raise ValueError("not base64url")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def configured_key():
    """The key given in the settings (or the environment), "" for none."""
    return getattr(
        settings,
        "WARTA_VAPID_PRIVATE_KEY",
        os.environ.get("WARTA_VAPID_PRIVATE_KEY", ""),
    ).strip()


def key_path():
    return Path(settings.DATA_DIR) / KEY_FILE


def private_key():
    """The private key, from the settings or the data folder (made once)."""
    given = configured_key()
    if given:
        return _parse(given)
    return _kept(str(key_path()))


@functools.cache
def _parse(text):
    try:
        if text.startswith("-----BEGIN"):
            key = serialization.load_pem_private_key(text.encode(), password=None)
        else:
            raw = from_b64url(text)
            if len(raw) != 32:
                raise ValueError("a raw P-256 private key is 32 bytes")
            key = ec.derive_private_key(int.from_bytes(raw, "big"), ec.SECP256R1())
    except (ValueError, TypeError) as error:
        raise ImproperlyConfigured(
            f"WARTA_VAPID_PRIVATE_KEY is not a P-256 private key: {error}"
        ) from None
    if not isinstance(key, ec.EllipticCurvePrivateKey) or key.curve.name != (
        "secp256r1"
    ):
        raise ImproperlyConfigured("WARTA_VAPID_PRIVATE_KEY must be a P-256 key.")
    return key


@functools.cache
def _kept(path):
    """The key in ``path``, written first if missing. Two processes starting
    at once both write a temporary file and link it into place: the first
    link wins, and both read the winner."""
    path = Path(path)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        pem = ec.generate_private_key(ec.SECP256R1()).private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".vapid-")
        try:
            with os.fdopen(handle, "wb") as file:  # mkstemp: mode 0600
                file.write(pem)
            with contextlib.suppress(FileExistsError):
                os.link(temporary, path)
        finally:
            os.unlink(temporary)
    return serialization.load_pem_private_key(path.read_bytes(), password=None)


def public_key():
    """What ``pushManager.subscribe`` takes as ``applicationServerKey``."""
    point = (
        private_key()
        .public_key()
        .public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
    )
    return b64url(point)


def signer():
    """The key as pywebpush signs with it."""
    return Vapid(private_key=private_key())


def contact():
    """The ``sub`` claim: a ``mailto:`` the push services may write to."""
    given = getattr(settings, "WARTA_PUSH_CONTACT", "")
    if given:
        return given if given.startswith(("mailto:", "https:")) else f"mailto:{given}"
    address = parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    return f"mailto:{address or 'redaksi@localhost'}"
