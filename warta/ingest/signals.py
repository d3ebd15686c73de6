"""The Kawat queue follows the page: "Terbit" once the story is published."""

from wagtail.signals import page_published, page_unpublished


def published(sender, instance, **kwargs):
    from warta.ingest.models import WireItem, WireStatus

    WireItem.objects.filter(page_id=instance.pk, pending_version=None).update(
        status=WireStatus.PUBLISHED
    )


def unpublished(sender, instance, **kwargs):
    from warta.ingest.models import WireItem, WireStatus

    items = WireItem.objects.filter(page_id=instance.pk, pending_version=None)
    items.filter(taken_by=None).update(status=WireStatus.NEW)
    items.exclude(taken_by=None).update(status=WireStatus.TAKEN)


def connect():
    page_published.connect(published, dispatch_uid="ingest-published")
    page_unpublished.connect(unpublished, dispatch_uid="ingest-unpublished")
