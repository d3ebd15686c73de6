"""The Kawat queue follows the page: "Terbit" once the story is published.

Called by the publish pipeline (``warta.newsroom.publishing``), step 1.
"""

from warta.ingest.models import WireItem, WireStatus


def published(page):
    WireItem.objects.filter(page_id=page.pk, pending_version=None).update(
        status=WireStatus.PUBLISHED
    )


def unpublished(page):
    items = WireItem.objects.filter(page_id=page.pk, pending_version=None)
    items.filter(taken_by=None).update(status=WireStatus.NEW)
    items.exclude(taken_by=None).update(status=WireStatus.TAKEN)
