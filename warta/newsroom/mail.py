"""Each notification as one e-mail, in Indonesian, through Django's mail framework.

Called after the action's transaction commits (``notifications.notify``), in
the same request: the project runs no task worker, so sending is synchronous
and bounded by ``EMAIL_TIMEOUT``. Whatever the backend (SMTP, an API provider
through django-anymail, files under ``$WARTA_DATA/mail/`` in the demo), a
failure never reaches the editor's action: it is logged once, as one line.

Recipients need an e-mail address and may turn mails off per kind in their
Wagtail account ("Notifikasi": submitted, rejected = changes requested,
approved = approved, published and went live); the bell shows everything.
"""

import logging
from email.utils import formataddr, parseaddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from warta.core import paper
from warta.newsroom.models import Notification, NotificationKind

logger = logging.getLogger("warta.newsroom.mail")

# The Wagtail account preference that switches each kind's e-mail off.
PREFERENCE = {
    NotificationKind.SUBMITTED: "submitted_notifications",
    NotificationKind.CHANGES_REQUESTED: "rejected_notifications",
}
DEFAULT_PREFERENCE = "approved_notifications"


def send_notifications(ids):
    """Mail the notifications ``ids``; never raises. Returns how many were sent."""
    try:
        messages = [message(n) for n in _wanted(ids)]
        if not messages:
            return 0
        with get_connection(fail_silently=False) as connection:
            return connection.send_messages(messages) or 0
    except Exception as error:  # any backend, any failure: one line, no traceback
        logger.warning(
            "Notification e-mail not sent (%d notification(s)): %s: %s",
            len(ids),
            type(error).__name__,
            error,
        )
        return 0


def _wanted(ids):
    rows = (
        Notification.objects.filter(pk__in=ids, recipient__is_active=True)
        .exclude(recipient__email="")
        .select_related("recipient", "actor__person", "page", "revision")
    )
    for row in rows:
        profile = UserProfile.get_for_user(row.recipient)
        if getattr(profile, PREFERENCE.get(row.kind, DEFAULT_PREFERENCE), True):
            yield row


def message(notification):
    with translation.override("id"):
        context = mail_context(notification)
        kind, title = notification.get_kind_display(), notification.page.title
        subject = f"[{context['site_name']}] {kind}: {title}"
        text = render_to_string("newsroom/mail/notification.txt", context)
        html = render_to_string("newsroom/mail/notification.html", context)
    mail = EmailMultiAlternatives(
        subject=" ".join(subject.split()),
        body=text,
        from_email=sender(context["site_name"]),
        to=[notification.recipient.email],
        headers={"Auto-Submitted": "auto-generated"},
    )
    mail.attach_alternative(html, "text/html")
    return mail


def mail_context(notification):
    base = settings.WARTA_BASE_URL
    recipient = notification.recipient
    return {
        "notification": notification,
        "name": recipient.get_full_name() or recipient.get_username(),
        "summary": notification.summary(),
        "edit_url": base
        + (
            notification.link
            or reverse("wagtailadmin_pages:edit", args=[notification.page_id])
        ),
        "list_url": base + reverse("newsroom_notifications"),
        "account_url": base + reverse("wagtailadmin_account"),
        "site_name": paper.name(),  # Identitas koran, as readers see it
    }


def sender(name):
    """DEFAULT_FROM_EMAIL's address under the paper's name now; a display
    name the operator wrote there (other than the server's default) stays."""
    shown, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    if shown and shown != settings.WARTA_SITE_NAME:
        return settings.DEFAULT_FROM_EMAIL
    return formataddr((name, address))
