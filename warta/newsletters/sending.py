"""Building and sending Nawala issues.

``prepare_digest`` makes the day's issue of a digest list from the front page
(or a section) ahead of its time; ``send_batch`` sends the next batch of an
issue, one mail per subscriber with their own unsubscribe link, and says
whether more is left. The task ``warta.newsletters.tasks.send_issue`` chains
the batches with a pause between them (``WARTA_NEWSLETTER_RATE`` mails a
minute), so a large list does not trip the provider's limits, the admin
shows the progress, and a killed worker resumes with the next batch.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from warta.newsletters.models import (
    Delivery,
    Issue,
    IssueStory,
    NewsletterList,
    Subscriber,
)
from warta.reach.links import tracked_url
from warta.sections.front import front_plan
from warta.sections.models import HomePage, published_pages, stories_under

log = logging.getLogger("warta.newsletters")


def absolute(path):
    return settings.WARTA_BASE_URL + path


def digest_stories(newsletter):
    """The pages of a digest, most important first: the front page's lead,
    headline slots and latest stories, or a section's last day."""
    limit = newsletter.stories
    if newsletter.kind == NewsletterList.Kind.SECTION and newsletter.section:
        since = timezone.now() - datetime.timedelta(days=1)
        pages = stories_under(newsletter.section.specific)
        return list(pages.filter(first_published_at__gte=since)[:limit])
    home = HomePage.objects.live().first()
    if home is None:
        return []
    plan = front_plan(home, published_pages())
    ids = [plan["lead"], *plan["headlines"], *plan["latest"]]
    ids = list(dict.fromkeys(pk for pk in ids if pk))[:limit]
    pages = {page.pk: page for page in published_pages().filter(pk__in=ids)}
    return [pages[pk] for pk in ids if pk in pages]


def digest_subject(newsletter, day):
    return f"{newsletter.name}, {date_format(day, 'l, j F Y')}"


def prepare_digest(newsletter, day, send_at):
    """Today's issue of a digest list, made once; None when another worker
    made it first or there is nothing to send."""
    stories = digest_stories(newsletter)
    if not stories:
        return None
    try:
        with transaction.atomic():
            issue = Issue.objects.create(
                newsletter=newsletter,
                subject=digest_subject(newsletter, day),
                date=day,
                send_at=send_at,
                automatic=True,
            )
            IssueStory.objects.bulk_create(
                IssueStory(issue=issue, page=page, sort_order=n)
                for n, page in enumerate(stories)
            )
    except IntegrityError:
        return None
    return issue


def unsubscribe_url(subscriber):
    return absolute(reverse("newsletters:unsubscribe", args=[subscriber.token]))


def render(context, subscriber):
    """(text, html) of an issue's mail to one subscriber: the issue's context
    (``issue_context``, read once a batch) with their own unsubscribe link."""
    context = {**context, "unsubscribe_url": unsubscribe_url(subscriber)}
    text = render_to_string("newsletters/mail/issue.txt", context)
    html = render_to_string("newsletters/mail/issue.html", context)
    return text, html


def issue_context(issue):
    """What every mail of an issue and its web archive page show."""
    campaign = f"{issue.newsletter.slug}-{issue.date:%Y-%m-%d}"
    stories = [
        {
            "page": page,
            "kicker": getattr(page, "kicker", ""),
            "dek": getattr(page, "dek", ""),
            "url": tracked_url(page, "nawala", campaign),
        }
        for page in issue.pages()
    ]
    return {
        "issue": issue,
        "stories": stories,
        "site_name": settings.WARTA_SITE_NAME,
        "archive_url": absolute(reverse("newsletters:issue", args=[issue.pk])),
        "signup_url": absolute(reverse("newsletters:signup")),
    }


def queue_deliveries(issue):
    """One row per confirmed subscriber of the list (again: no doubles)."""
    rows = [
        Delivery(issue=issue, subscriber_id=pk)
        for pk in issue.newsletter.confirmed_subscribers().values_list("pk", flat=True)
    ]
    Delivery.objects.bulk_create(rows, ignore_conflicts=True, batch_size=1000)


def batch_size():
    return max(1, int(settings.WARTA_NEWSLETTER_BATCH))


def pause_between_batches():
    rate = max(1, int(settings.WARTA_NEWSLETTER_RATE))
    return datetime.timedelta(seconds=60 * batch_size() / rate)


def send_batch(issue):
    """Send the next batch; returns True when mails are left to send."""
    if issue.status == Issue.Status.HELD:
        return False
    if issue.status != Issue.Status.SENDING:
        Issue.objects.filter(pk=issue.pk).update(
            status=Issue.Status.SENDING, started_at=timezone.now()
        )
        issue.status = Issue.Status.SENDING
        queue_deliveries(issue)
    waiting = list(
        issue.deliveries.filter(status=Delivery.Status.QUEUED)
        .select_related("subscriber")
        .order_by("pk")[: batch_size()]
    )
    context = issue_context(issue) if waiting else None
    with get_connection() as connection:
        for delivery in waiting:
            _send_one(issue, context, delivery, connection)
    if issue.deliveries.filter(status=Delivery.Status.QUEUED).exists():
        return True
    Issue.objects.filter(pk=issue.pk).update(
        status=Issue.Status.SENT, sent_at=timezone.now()
    )
    return False


def _send_one(issue, context, delivery, connection):
    subscriber = delivery.subscriber
    if subscriber.status != Subscriber.Status.ACTIVE:
        # Unsubscribed, bounced or complained since the issue was queued.
        delivery.status = Delivery.Status.SKIPPED
        delivery.save(update_fields=["status"])
        return
    text, html = render(context, subscriber)
    unsubscribe = unsubscribe_url(subscriber)
    message = EmailMultiAlternatives(
        issue.subject,
        text,
        to=[subscriber.email],
        connection=connection,
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "List-Id": f"{issue.newsletter.name} <{issue.newsletter.slug}.nawala>",
        },
    )
    message.attach_alternative(html, "text/html")
    try:
        message.send()
    except Exception as error:  # one bad address must not stop the batch
        log.warning("nawala %s to %s failed: %s", issue.pk, subscriber.pk, error)
        delivery.status = Delivery.Status.FAILED
        delivery.error = str(error)[:255]
    else:
        delivery.status = Delivery.Status.SENT
        delivery.sent_at = timezone.now()
    delivery.save(update_fields=["status", "sent_at", "error"])


def send_confirmation(subscriber, request_base=None):
    """The double opt-in mail: a link that confirms the address."""
    link = absolute(reverse("newsletters:confirm", args=[subscriber.token]))
    context = {
        "confirm_url": link,
        "site_name": settings.WARTA_SITE_NAME,
        "lists": [
            s.newsletter
            for s in subscriber.subscriptions.filter(left_at=None).select_related(
                "newsletter"
            )
        ],
    }
    EmailMultiAlternatives(
        f"Konfirmasi langganan nawala {settings.WARTA_SITE_NAME}",
        render_to_string("newsletters/mail/confirm.txt", context),
        to=[subscriber.email],
    ).send()
