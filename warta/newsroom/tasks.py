"""The newsroom's background work, run by ``warta worker``."""

from urllib.parse import urlsplit

from django.conf import settings
from django.test import Client
from django_tasks import task
from wagtail.models import Page

from warta.newsroom.scheduling import run_due
from warta.queue.policy import retried


@retried(attempts=3, backoff=5)
@task()
def publish_due():
    """Scheduled stories whose time has come go live; expired ones come down.
    The worker's clock queues this half a second past every minute."""
    published, expired = run_due()
    return {"published": published, "expired": expired}


@retried(attempts=2, backoff=30)
@task()
def warm_story(page_id):
    """Render a story just published once, as its first reader would: its
    pictures' renditions are made here, not while that reader waits (a
    gallery's first visit made 36 of them in about 4 s), and the page cache
    holds the page. Through Django's own client: the whole request path."""
    page = Page.objects.filter(pk=page_id, live=True).first()
    if page is None:
        return {"status": "gone"}
    base = urlsplit(settings.WARTA_BASE_URL)
    client = Client(HTTP_HOST=base.netloc)
    response = client.get(page.get_url(), secure=base.scheme == "https")
    return {"status": response.status_code}
