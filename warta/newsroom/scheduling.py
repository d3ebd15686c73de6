"""Put scheduled stories live at their time, and take expired ones down.

Wagtail stores an approved, scheduled revision with ``approved_go_live_at``;
its ``publish_scheduled`` command publishes those whose time has passed
(strictly: never early). ``run_due`` wraps it with one log line; the task
``warta.newsroom.tasks.publish_due`` runs it, queued by the worker's clock
half a second past every minute (``warta worker``, which ``warta serve``
starts). Go-live times are entered to the minute, so a story goes out within
about a second.
"""

import io
import logging

from django.core.management import call_command
from django.utils import timezone
from wagtail.management.commands.publish_scheduled import Command as WagtailCommand
from wagtail.models import Page, Revision

logger = logging.getLogger("warta.newsroom.scheduling")


def due_counts(now=None):
    now = now or timezone.now()
    to_publish = Revision.objects.filter(approved_go_live_at__lt=now).count()
    to_expire = Page.objects.filter(live=True, expire_at__lt=now).count()
    return to_publish, to_expire


def run_due():
    """Run Wagtail's ``publish_scheduled`` once; returns (published, expired)."""
    counts = due_counts()
    call_command(WagtailCommand(), stdout=io.StringIO())
    if any(counts):
        logger.warning(
            "publish_scheduled: %d published, %d expired at %s",
            *counts,
            timezone.localtime().isoformat(timespec="seconds"),
        )
    return counts
