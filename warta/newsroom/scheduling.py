"""Put scheduled stories live at their time, and take expired ones down.

Wagtail stores an approved, scheduled revision with ``approved_go_live_at``;
its ``publish_scheduled`` command publishes those whose time has passed
(strictly: never early). ``run_due`` wraps it with one log line, and
``MinuteScheduler`` runs it at the start of every minute in a background
thread, which is what ``warta serve`` does unless told not to. Go-live times
are entered to the minute, so a story goes out within about a second.
"""

import io
import logging
import threading
import time

from django.core.management import call_command
from django.db import connection
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


class MinuteScheduler(threading.Thread):
    """Calls ``run_due`` just after the start of every minute until stopped."""

    def __init__(self, offset=0.5):
        super().__init__(name="warta-publish-scheduled", daemon=True)
        self.offset = offset
        self.stopped = threading.Event()

    def run(self):
        while not self.stopped.wait(self.seconds_to_next_minute()):
            try:
                run_due()
            except Exception:  # the next minute tries again
                logger.exception("publish_scheduled failed")
            finally:
                connection.close()

    def seconds_to_next_minute(self):
        return 60 - time.time() % 60 + self.offset

    def stop(self):
        self.stopped.set()
