"""A browser push service on 127.0.0.1, for the tests: enough Web Push to
check what Warta sends, the way Firebase or Mozilla's autopush would.

It takes ``POST /push/<id>`` (RFC 8030) with a message encrypted for the
subscriber (``Content-Encoding: aes128gcm``, RFC 8188 and 8291), signed by the
sender's VAPID key (``Authorization: vapid t=<JWT>, k=<key>``, RFC 8292): it
checks the JWT's ES256 signature against ``k``, its audience and expiry,
decrypts the body with the subscriber's private key and auth secret, keeps it
and answers 201. An id marked gone answers 410, as a push service does for a
browser that unsubscribed; an unknown id 404.

    service = PushService().start()
    reader = service.subscriber()  # reader.info: what PushSubscription.toJSON() gives
    ...
    (push,) = service.wait_for(1)  # push.message: the decrypted JSON
"""

import base64
import itertools
import json
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import http_ece
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

PATH = re.compile(r"/push/(\d+)")
VAPID = re.compile(r"vapid\s+t=(?P<t>[^,\s]+)\s*,\s*k=(?P<k>[^,\s]+)", re.IGNORECASE)


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64url(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class Subscriber:
    """One browser: its key pair and auth secret, as the browser keeps them."""

    id: int
    endpoint: str
    private_key: ec.EllipticCurvePrivateKey
    auth: bytes
    gone: bool = False

    @property
    def p256dh(self):
        return b64url(
            self.private_key.public_key().public_bytes(
                serialization.Encoding.X962,
                serialization.PublicFormat.UncompressedPoint,
            )
        )

    @property
    def info(self):
        return {
            "endpoint": self.endpoint,
            "expirationTime": None,
            "keys": {"p256dh": self.p256dh, "auth": b64url(self.auth)},
        }


@dataclass
class Push:
    subscriber: Subscriber
    headers: dict  # names in lower case
    claims: dict
    vapid_key: str
    body: bytes
    message: dict = field(default_factory=dict)


class Refusal(Exception):
    def __init__(self, status, reason):
        super().__init__(reason)
        self.status = status


def verify_vapid(header, audience):
    """The JWT's claims, once its signature, audience and expiry hold."""
    match = VAPID.fullmatch((header or "").strip())
    if not match:
        raise Refusal(401, "no VAPID authorization")
    token, key = match["t"], match["k"]
    try:
        head, claims, signature = token.split(".")
        public = ec.EllipticCurvePublicKey.from_encoded_point(
            ec.SECP256R1(), unb64url(key)
        )
        raw = unb64url(signature)
        if json.loads(unb64url(head)).get("alg") != "ES256" or len(raw) != 64:
            raise Refusal(401, "not an ES256 JWT")
        der = encode_dss_signature(
            int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big")
        )
        public.verify(der, f"{head}.{claims}".encode(), ec.ECDSA(hashes.SHA256()))
        claims = json.loads(unb64url(claims))
    except (ValueError, InvalidSignature) as error:
        raise Refusal(403, f"bad VAPID token: {error!r}") from None
    if claims.get("aud") != audience:
        raise Refusal(403, f"audience {claims.get('aud')!r}, not {audience!r}")
    if not time.time() < int(claims.get("exp", 0)) <= time.time() + 24 * 3600:
        raise Refusal(403, "expired, or valid for more than a day")
    if not str(claims.get("sub", "")).startswith(("mailto:", "https:")):
        raise Refusal(403, "no contact in sub")
    return claims, key


class PushService:
    def __init__(self):
        self.subscribers = {}
        self.received = []
        self.refused = []
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_port}"

    def start(self):
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def subscriber(self):
        """A new browser's subscription (a P-256 key pair, a 16-byte secret)."""
        n = next(self._ids)
        subscriber = Subscriber(
            id=n,
            endpoint=f"{self.url}/push/{n}",
            private_key=ec.generate_private_key(ec.SECP256R1()),
            auth=secrets.token_bytes(16),
        )
        self.subscribers[n] = subscriber
        return subscriber

    def wait_for(self, count, seconds=20):
        """The pushes received, once there are ``count`` (bounded wait)."""
        deadline = time.monotonic() + seconds
        while len(self.received) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return list(self.received)

    def accept(self, path, headers, body):
        match = PATH.fullmatch(path)
        subscriber = match and self.subscribers.get(int(match[1]))
        if not subscriber:
            raise Refusal(404, "no such subscription")
        if subscriber.gone:
            raise Refusal(410, "unsubscribed")
        if headers.get("Content-Encoding", "").lower() != "aes128gcm":
            raise Refusal(415, "not aes128gcm")
        if not headers.get("TTL", "").isdigit():
            raise Refusal(400, "no TTL")
        claims, key = verify_vapid(headers.get("Authorization"), self.url)
        try:
            plain = http_ece.decrypt(
                body,
                private_key=subscriber.private_key,
                auth_secret=subscriber.auth,
                version="aes128gcm",
            )
        except Exception as error:
            raise Refusal(400, f"cannot decrypt: {error!r}") from None
        headers = {name.lower(): value for name, value in headers.items()}
        push = Push(subscriber, headers, claims, key, plain)
        push.message = json.loads(plain)
        with self._lock:
            self.received.append(push)

    def _handler(self):
        service = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(min(length, 8192))
                try:
                    service.accept(self.path, self.headers, body)
                except Refusal as refusal:
                    service.refused.append((self.path, refusal.status, str(refusal)))
                    self.send_response(refusal.status)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(201)
                self.send_header("Location", f"{service.url}/message/{len(body)}")
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        return Handler
