"""Wire polling as background work, run by ``warta worker``."""

import io

from django.core.management import CommandError, call_command
from django_tasks import task

from warta.ingest import conf
from warta.queue.policy import retried


@retried(attempts=3, backoff=60)
@task()
def poll_wires():
    """Every feed of WARTA_WIRE_FEEDS, as ``warta ingest_feeds`` reads them;
    the worker's clock queues it every WARTA_WIRE_POLL_MINUTES (5). Nothing to
    do without feeds. A feed that cannot be read fails the task (and it is
    tried again); the other feeds are still read."""
    if not conf.feeds():
        return {"feeds": 0}
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("ingest_feeds", stdout=out, stderr=err)
    except CommandError as error:
        raise RuntimeError(f"{error}\n{err.getvalue()}") from None
    return {"feeds": len(conf.feeds()), "report": out.getvalue()[-2000:]}
