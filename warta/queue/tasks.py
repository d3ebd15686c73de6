"""The queue's own task: a probe that proves a worker is serving the queue
(``warta worker --check``)."""

import time

from django_tasks import task


@task()
def probe(seconds=0.0):
    """Waits ``seconds`` (at most a minute), then answers with the time."""
    time.sleep(min(max(float(seconds), 0.0), 60.0))
    return time.time()
