"""Bounces and complaints from the mail provider (django-anymail's tracking
webhooks at ``/anymail/<provider>/tracking/``): the address gets nothing more."""

from anymail.signals import tracking
from django.dispatch import receiver

from warta.newsletters.models import Subscriber

STOPS = {
    "bounced": Subscriber.Status.BOUNCED,
    "rejected": Subscriber.Status.BOUNCED,
    "complained": Subscriber.Status.COMPLAINED,
    "unsubscribed": Subscriber.Status.UNSUBSCRIBED,
}


@receiver(tracking, dispatch_uid="warta-nawala-stop")
def stop_sending(sender, event, esp_name, **kwargs):
    status = STOPS.get(event.event_type)
    if status is None or not event.recipient:
        return
    subscriber = Subscriber.objects.filter(
        email=event.recipient.strip().lower()
    ).first()
    if subscriber is None or subscriber.status == status:
        return
    reason = f"{esp_name}: {event.event_type} {event.description or ''}".strip()
    subscriber.set_status(status, reason)
