"""Web push's background work, run by ``warta worker``."""

from django_tasks import task

from warta.push import sending
from warta.push.models import Message
from warta.queue.policy import retried


@retried(attempts=3, backoff=60)
@task()
def send_notification(message_id):
    """Send a queued message to its audience; a retry resumes where the
    last attempt stopped (``Message.reached``)."""
    message = Message.objects.filter(pk=message_id).select_related("page").first()
    if message is None or message.status in (
        Message.Status.SENT,
        Message.Status.CANCELLED,
    ):
        return {"skipped": True}
    return sending.send(message)
