"""A browser's subscription as it arrives, checked strictly, then kept.

The body is ``PushSubscription.toJSON()`` plus the topics the reader chose::

    {"endpoint": "https://fcm.googleapis.com/fcm/send/…",
     "keys": {"p256dh": "<65 bytes, base64url>", "auth": "<16 bytes>"},
     "topics": ["breaking", "rubrik-nasional"]}

Anything else is refused with a ``Refused`` (a 4xx and a reason), never
stored: the server later POSTs to the endpoint, so it must be a browser push
service (``WARTA_PUSH_SERVICES``), not an address of our own network. The
demo and the tests also take ``http://127.0.0.1`` (``WARTA_PUSH_ALLOW_LOOPBACK``),
where their stand-in push service listens.
"""

import json
from urllib.parse import urlsplit

from cryptography.hazmat.primitives.asymmetric import ec
from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from warta.push import topics as names
from warta.push.models import ENDPOINT_MAX, Subscription
from warta.push.vapid import from_b64url

BODY_MAX = 4096
# The push services of Chrome and the browsers built on it (Firebase), Firefox,
# Safari and Edge; each name also stands for the hosts under it.
PUSH_SERVICES = (
    "fcm.googleapis.com",
    "android.googleapis.com",
    "push.services.mozilla.com",
    "push.apple.com",
    "notify.windows.com",
)
LOOPBACK = "127.0.0.1"


class Refused(Exception):
    def __init__(self, status, code, detail):
        super().__init__(detail)
        self.status, self.code, self.detail = status, code, detail


def read_json(request):
    """The body as a JSON object, or Refused (413, 415 or 400)."""
    if request.content_type != "application/json":
        raise Refused(415, "content-type", _("Kirim sebagai application/json."))
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > BODY_MAX:
        raise Refused(413, "too-large", _("Isi permintaan terlalu besar."))
    try:
        body = request.body
    except RequestDataTooBig:
        raise Refused(413, "too-large", _("Isi permintaan terlalu besar.")) from None
    if len(body) > BODY_MAX:
        raise Refused(413, "too-large", _("Isi permintaan terlalu besar."))
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise Refused(400, "json", _("Isi permintaan bukan JSON yang sah.")) from None
    if not isinstance(data, dict):
        raise Refused(400, "json", _("Isi permintaan harus berupa objek JSON."))
    return data


def allowed_host(host):
    services = getattr(settings, "WARTA_PUSH_SERVICES", PUSH_SERVICES)
    return any(host == name or host.endswith("." + name) for name in services)


def loopback_allowed():
    return getattr(settings, "WARTA_PUSH_ALLOW_LOOPBACK", settings.WARTA_DEMO)


def clean_endpoint(value):
    bad = Refused(400, "endpoint", _("Alamat layanan push tidak sah."))
    if not isinstance(value, str) or not 0 < len(value) <= ENDPOINT_MAX:
        raise bad
    if not value.isascii() or not value.isprintable() or " " in value:
        raise bad
    try:
        parts = urlsplit(value)
        host, port = parts.hostname or "", parts.port
    except ValueError:
        raise bad from None
    if parts.username or parts.password or parts.fragment or not parts.path:
        raise bad
    if parts.scheme == "https" and allowed_host(host) and port in (None, 443):
        return value
    if host == LOOPBACK and parts.scheme in ("http", "https") and loopback_allowed():
        return value
    raise Refused(400, "endpoint", _("Layanan push ini tidak dikenal."))


def clean_keys(value):
    bad = Refused(400, "keys", _("Kunci langganan tidak sah."))
    if not isinstance(value, dict):
        raise bad
    p256dh, auth = value.get("p256dh"), value.get("auth")
    if not isinstance(p256dh, str) or not isinstance(auth, str):
        raise bad
    if len(p256dh) > 100 or len(auth) > 30:
        raise bad
    try:
        point, secret = from_b64url(p256dh), from_b64url(auth)
        # Raises ValueError unless the 65 bytes are a point on P-256.
        ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), point)
    except ValueError:
        raise bad from None
    if len(point) != 65 or len(secret) != 16:
        raise bad
    return p256dh.rstrip("="), auth.rstrip("=")


def clean_topics(value, required=True, known=True):
    """The topics asked for, well formed and (when ``known``) standing for a
    live section or a running live report."""
    if value is None and not required:
        return []
    if not isinstance(value, list) or len(value) > names.MAX_TOPICS:
        raise Refused(400, "topics", _("Daftar topik tidak sah."))
    if not all(names.well_formed(topic) for topic in value):
        raise Refused(400, "topics", _("Topik tidak dikenal."))
    if known and (unknown := names.unknown(value)):
        detail = _("Topik tidak dikenal: %(topic)s") % {"topic": unknown[0]}
        raise Refused(400, "topics", detail)
    return list(dict.fromkeys(value))


def merged(old, new):
    """``breaking`` first, then the others in the order they were asked for,
    the oldest dropped past ``MAX_TOPICS``."""
    others = [t for t in old if t not in new] + list(new)
    others = [t for t in dict.fromkeys(others) if t != names.BREAKING]
    return [names.BREAKING, *others[-(names.MAX_TOPICS - 1) :]]


def subscribe(data):
    """Store the subscription in ``data`` (a new one, or new topics and keys
    for a known endpoint); returns it."""
    endpoint = clean_endpoint(data.get("endpoint"))
    p256dh, auth = clean_keys(data.get("keys"))
    wanted = clean_topics(data.get("topics", [names.BREAKING]))
    try:
        with transaction.atomic():
            return _store(endpoint, p256dh, auth, wanted)
    except IntegrityError:  # the same browser twice at once: the other won
        raise Refused(409, "conflict", _("Coba lagi sebentar lagi.")) from None


def _store(endpoint, p256dh, auth, wanted):
    found = Subscription.objects.select_for_update().filter(endpoint=endpoint)
    subscription = found.first() or Subscription(endpoint=endpoint)
    subscription.p256dh, subscription.auth = p256dh, auth
    subscription.failures = 0
    old = subscription.topic_list if subscription.pk else []
    subscription.set_topics(merged(old, wanted))
    subscription.save()
    return subscription


def unsubscribe(data):
    """Drop the topics in ``data`` from its endpoint, or the whole
    subscription when it names none. Says nothing about unknown endpoints."""
    endpoint = clean_endpoint(data.get("endpoint"))
    # A report that has ended can still be left: any well-formed name.
    dropped = clean_topics(data.get("topics"), required=False, known=False)
    found = Subscription.objects.filter(endpoint=endpoint)
    if not dropped or names.BREAKING in dropped:
        found.delete()
        return []
    with transaction.atomic():
        subscription = found.select_for_update().first()
        if subscription is None:
            return []
        subscription.set_topics(t for t in subscription.topic_list if t not in dropped)
        subscription.save(update_fields=["topics"])
        return subscription.topic_list
