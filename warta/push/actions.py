"""*Kirim notifikasi*: an editor sends a live story to readers' browsers.

``check()`` says why it cannot go (in the editor's words), ``execute()``
stores the message and queues its sending for after the commit, so the task
runs after the request's transaction (and after the frontend-cache purge the
publish queued earlier): a reader who taps the notification gets the story as
it now stands. Only people who may publish the story may send it (the view
answers the others 403). A paper sends at most ``WARTA_PUSH_HOURLY_LIMIT``
notifications an hour: readers turn off what buzzes too often.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from warta.push import sending
from warta.push.models import Message
from warta.push.tasks import send_notification
from warta.push.topics import audiences
from warta.reach.links import tracked_url

REPEAT = datetime.timedelta(minutes=10)  # a second press of the same button


class NotificationRefused(Exception):
    pass


def may_send(page, user):
    return page.permissions_for_user(user).can_publish()


class SendNotification:
    def __init__(self, page, user, title, body, topic):
        self.page, self.user = page, user
        self.title, self.body, self.topic = title, body, topic

    def check(self, now=None):
        """None, or the reason the notification cannot be sent now."""
        now = now or timezone.now()
        if not sending.is_published(self.page):
            return _("Berita ini belum terbit, jadi belum bisa dikirim.")
        if self.topic not in dict(audiences(self.page)):
            return _("Penerima ini tidak tersedia untuk berita ini.")
        recent = list(sending.sent_this_hour(now).order_by("created_at"))
        limit = sending.hourly_limit()
        if len(recent) >= limit:
            free = timezone.localtime(
                recent[-limit].created_at + datetime.timedelta(hours=1)
            )
            return _(
                "Jatah notifikasi jam ini sudah habis (%(limit)s per jam). "
                "Notifikasi berikutnya bisa dikirim pukul %(time)s."
            ) % {"limit": limit, "time": free.strftime("%H.%M")}
        if any(
            m.page_id == self.page.pk
            and m.topic == self.topic
            and now - m.created_at < REPEAT
            for m in recent
        ):
            return _("Notifikasi berita ini baru saja dikirim ke penerima yang sama.")
        return None

    def execute(self):
        reason = self.check()
        if reason:
            raise NotificationRefused(reason)
        now = timezone.now()
        campaign = f"{self.topic}-{timezone.localtime(now):%Y%m%d-%H%M}"
        message = Message.objects.create(
            page=self.page,
            title=self.title,
            body=self.body,
            url=tracked_url(self.page, "push", campaign),
            topic=self.topic,
            sent_by=self.user,
            created_at=now,
        )
        transaction.on_commit(lambda: send_notification.enqueue(message.pk))
        return message
