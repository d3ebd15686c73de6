"""The newsroom's background work, run by ``warta worker``."""

from django_tasks import task

from warta.newsroom.scheduling import run_due
from warta.queue.policy import retried


@retried(attempts=3, backoff=5)
@task()
def publish_due():
    """Scheduled stories whose time has come go live; expired ones come down.
    The worker's clock queues this half a second past every minute."""
    published, expired = run_due()
    return {"published": published, "expired": expired}
