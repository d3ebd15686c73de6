"""Sending one notification to everyone who follows its topic.

Subscriptions are read in batches in the order they were made, and the
message remembers the last one reached: a task retried after a killed worker
resumes there, and nobody is told twice. Each browser gets its own encrypted
copy (pywebpush, ``TIMEOUT`` seconds each). A push service answering 404 or
410 has forgotten that browser, so its subscription is deleted (counted as
*removed*); any other failure is counted on the message and the subscription.
"""

import datetime
import json
import logging

import requests
from django.conf import settings
from django.db.models import F
from django.templatetags.static import static
from django.utils import timezone
from pywebpush import WebPushException, webpush

from warta.push import vapid
from warta.push.models import Message, Subscription
from warta.push.topics import BREAKING
from warta.sections.models import published_pages

log = logging.getLogger("warta.push")

BATCH = 100
TIMEOUT = 10  # seconds for each push service's answer
GONE = {404, 410}
ICON = "warta/icons/icon-192.png"


def time_to_live():
    """How long a push service keeps a message for a phone that is off:
    news older than this is no news (``WARTA_PUSH_TTL``, seconds)."""
    return int(getattr(settings, "WARTA_PUSH_TTL", 4 * 3600))


def payload(message):
    """What the service worker (push/sw.js) shows; well under 4 KB."""
    return json.dumps(
        {
            "title": message.title,
            "body": message.body,
            "url": message.url,
            "icon": settings.WARTA_BASE_URL + static(ICON),
            "tag": f"warta-{message.pk}",
        },
        ensure_ascii=False,
    )


def is_published(page):
    return page is not None and published_pages().filter(pk=page.pk).exists()


def send(message):
    """Send ``message`` to the rest of its audience; returns its counts."""
    if not is_published(message.page):
        message.status = Message.Status.CANCELLED
        message.finished_at = timezone.now()
        message.save(update_fields=["status", "finished_at"])
        return {"cancelled": True}
    Message.objects.filter(pk=message.pk).update(status=Message.Status.SENDING)
    data, signer = payload(message), vapid.signer()
    urgency = "high" if message.topic == BREAKING else "normal"
    audience = Subscription.objects.following(message.topic).order_by("pk")
    with requests.Session() as session:
        while batch := list(audience.filter(pk__gt=message.reached)[:BATCH]):
            counts = {"sent": 0, "failed": 0, "removed": 0}
            for subscription in batch:
                outcome = send_one(subscription, data, signer, urgency, session)
                counts[outcome] += 1
            message.reached = batch[-1].pk
            Message.objects.filter(pk=message.pk).update(
                reached=message.reached,
                **{name: F(name) + n for name, n in counts.items()},
            )
    Message.objects.filter(pk=message.pk).update(
        status=Message.Status.SENT, finished_at=timezone.now()
    )
    message.refresh_from_db()
    return {"sent": message.sent, "failed": message.failed, "removed": message.removed}


def send_one(subscription, data, signer, urgency, session):
    """ "sent", "removed" (the browser is gone) or "failed"."""
    try:
        webpush(
            subscription.info(),
            data,
            vapid_private_key=signer,
            # A new dict each time: pywebpush writes the endpoint's origin
            # into it as the audience claim.
            vapid_claims={"sub": vapid.contact()},
            ttl=time_to_live(),
            timeout=TIMEOUT,
            headers={"Urgency": urgency},
            requests_session=session,
        )
    except WebPushException as error:
        status = getattr(error.response, "status_code", None)
        if status in GONE:
            subscription.delete()
            return "removed"
        return failed(subscription, f"{status}: {error}")
    except Exception as error:  # one bad browser must not stop the rest
        return failed(subscription, error)
    Subscription.objects.filter(pk=subscription.pk).update(
        last_success_at=timezone.now(), failures=0
    )
    return "sent"


def failed(subscription, error):
    log.warning("push to subscription %s failed: %s", subscription.pk, error)
    Subscription.objects.filter(pk=subscription.pk).update(failures=F("failures") + 1)
    return "failed"


def hourly_limit():
    return int(getattr(settings, "WARTA_PUSH_HOURLY_LIMIT", 4))


def sent_this_hour(now=None):
    """The messages (not cancelled ones) of the last hour, oldest first."""
    since = (now or timezone.now()) - datetime.timedelta(hours=1)
    return Message.objects.filter(created_at__gt=since).exclude(
        status=Message.Status.CANCELLED
    )
