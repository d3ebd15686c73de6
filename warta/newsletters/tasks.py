"""Nawala's background work, run by ``warta worker``."""

import datetime

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from warta.newsletters.models import Issue, NewsletterList
from warta.newsletters.sending import (
    pause_between_batches,
    prepare_digest,
    queue_deliveries,
    send_batch,
)
from warta.queue.policy import retried


@retried(attempts=5, backoff=60)
@task()
def send_issue(issue_id):
    """The next batch of an issue, then the rest after a pause (a task each:
    the admin sees the progress, a killed worker resumes where it stopped)."""
    issue = Issue.objects.filter(pk=issue_id).select_related("newsletter").first()
    if issue is None or issue.status in (Issue.Status.SENT, Issue.Status.HELD):
        return {"left": False}
    left = send_batch(issue)
    if left:
        backend = send_issue.get_backend()
        if backend.supports_defer:
            send_issue.using(
                run_after=timezone.now() + pause_between_batches()
            ).enqueue(issue_id)
        else:  # tasks run at once (tests, scripts): no pause to wait for
            while send_batch(issue):
                pass
    return {"left": left}


def due(now=None):
    """Prepare each digest's issue ahead of its time; start those whose time
    has come. Returns the ids of issues started."""
    now = timezone.localtime(now or timezone.now())
    ahead = datetime.timedelta(minutes=int(settings.WARTA_NEWSLETTER_PREPARE_MINUTES))
    late = datetime.timedelta(hours=int(settings.WARTA_NEWSLETTER_CATCH_UP_HOURS))
    started = []
    digests = NewsletterList.objects.filter(active=True, send_time__isnull=False)
    for newsletter in digests.exclude(kind=NewsletterList.Kind.BREAKING):
        send_at = timezone.make_aware(
            datetime.datetime.combine(now.date(), newsletter.send_time)
        )
        if not send_at - ahead <= now <= send_at + late:
            continue
        issue = newsletter.issues.filter(automatic=True, date=now.date()).first()
        if issue is None:
            issue = prepare_digest(newsletter, now.date(), send_at)
        if issue is not None and issue.send_at and issue.send_at <= now:
            started += start(issue)
    # Issues an editor made and scheduled by hand.
    for issue in Issue.objects.filter(
        automatic=False, status=Issue.Status.DRAFT, send_at__lte=now
    ):
        started += start(issue)
    return started


def start(issue):
    """Queue the sending of a draft issue once (not a held or started one)."""
    claimed = Issue.objects.filter(pk=issue.pk, status=Issue.Status.DRAFT).update(
        status=Issue.Status.SENDING, started_at=timezone.now()
    )
    if not claimed:
        return []
    queue_deliveries(issue)
    send_issue.enqueue(issue.pk)
    return [issue.pk]


@task()
def digests_due():
    """Queued by the worker's clock every minute."""
    return {"started": due()}
