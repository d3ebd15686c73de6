"""The search index's background work, run by ``warta worker``."""

from django_tasks import task
from wagtail.models import Page

from warta.queue.policy import retried
from warta.search import indexing


@retried(attempts=3, backoff=30)
@task()
def index_pages(page_ids):
    """Index (or drop) each page of an import, in one go."""
    done = 0
    for page in Page.objects.filter(pk__in=page_ids).specific(defer=True).iterator():
        indexing.index_page(page)
        done += 1
    return {"pages": done}
