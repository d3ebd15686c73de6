"""``warta prune``: forget what is kept past its use, on documented schedules.

Run it daily (a timer or the task queue). Each kind has a setting, in days:

- ``WARTA_RETAIN_COMMENT_EMAIL_DAYS`` (90): commenters' e-mail addresses are
  blanked on older comments (the comment and its name stay).
- ``WARTA_RETAIN_LOGIN_DAYS`` (90): login records (django-axes failures,
  attempts and logins: "Audit masuk").
- ``WARTA_RETAIN_NOTIFICATION_DAYS`` (90): newsroom notifications already read.
- ``WARTA_RETAIN_MAIL_DAYS`` (30): mail files under ``$WARTA_DATA/mail``.
- ``WARTA_RETAIN_VIEW_DAYS`` (30, at least 7): hourly view counters.
- ``WARTA_RETAIN_TASK_DAYS`` (7): finished background tasks (successful
  ones; failed ones stay four times as long, for the *Antrean tugas* list).
- ``WARTA_RETAIN_CLICK_DAYS`` (400): daily click counts of tracked links.
- Always: expired rate-limit rows and expired generation-token files.
"""

import datetime
import time
from pathlib import Path

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.core.cache import caches
from django.core.management.base import BaseCommand
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from warta.comments.models import Comment
from warta.newsroom.models import Notification
from warta.popularity.models import prune_views
from warta.popularity.queries import WEEK
from warta.reach.models import Click


def days(name):
    return int(getattr(settings, name))


def cutoff(name, now):
    return now - datetime.timedelta(days=days(name))


def prune_all(now=None):
    """What each step removed, by name."""
    now = now or timezone.now()
    done = {}
    done["comment e-mails"] = (
        Comment.objects.filter(
            created_at__lt=cutoff("WARTA_RETAIN_COMMENT_EMAIL_DAYS", now)
        )
        .exclude(email="")
        .update(email="")
    )
    login_cutoff = cutoff("WARTA_RETAIN_LOGIN_DAYS", now)
    done["login records"] = sum(
        model.objects.filter(attempt_time__lt=login_cutoff).delete()[0]
        for model in (AccessFailureLog, AccessAttempt, AccessLog)
    )
    done["notifications"] = Notification.objects.filter(
        read_at__isnull=False, created__lt=cutoff("WARTA_RETAIN_NOTIFICATION_DAYS", now)
    ).delete()[0]
    done["view counters"] = prune_views(
        days=max(days("WARTA_RETAIN_VIEW_DAYS"), WEEK.days), now=now
    )
    done["mail files"] = _old_files(
        Path(settings.EMAIL_FILE_PATH), cutoff("WARTA_RETAIN_MAIL_DAYS", now)
    )
    done["click counts"] = Click.objects.filter(
        day__lt=timezone.localdate(now)
        - datetime.timedelta(days=days("WARTA_RETAIN_CLICK_DAYS"))
    ).delete()[0]
    done["finished tasks"] = prune_task_results(days("WARTA_RETAIN_TASK_DAYS"), now)
    limits = caches["limits"]
    done["expired limits"] = limits.prune() if hasattr(limits, "prune") else 0
    done["expired tokens"] = _expired_tokens(caches["generations"])
    return done


def prune_task_results(keep_days, now):
    kept = datetime.timedelta(days=keep_days)
    done = DBTaskResult.objects.successful().filter(finished_at__lt=now - kept)
    failed = DBTaskResult.objects.failed().filter(finished_at__lt=now - 4 * kept)
    return done.delete()[0] + failed.delete()[0]


def _old_files(folder, before):
    if not folder.is_dir():
        return 0
    removed = 0
    for path in folder.iterdir():
        if path.is_file() and path.stat().st_mtime < before.timestamp():
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def _expired_tokens(store):
    """The file store's expired tokens (Django deletes one only when read)."""
    folder = getattr(store, "_dir", None)
    if folder is None:  # Redis: keys expire by themselves
        return 0
    removed = 0
    for path in Path(folder).glob("*.djcache"):
        try:
            with open(path, "rb") as file:
                if store._is_expired(file):  # removes it
                    removed += 1
        except FileNotFoundError:
            continue
    return removed


class Command(BaseCommand):
    help = (
        "Delete or blank what is kept past its retention (comment e-mails, login "
        "records, read notifications, mail files, view counters, expired limits "
        "and tokens). Run daily."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        for name, count in prune_all().items():
            self.stdout.write(f"{name}: {count}")
        self.stdout.write(f"done in {time.monotonic() - started:.1f} s")
