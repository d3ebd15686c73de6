"""Tasks the queue's tests run (importable by path, as a worker needs)."""

from django.core.cache import cache
from django_tasks import task

from warta.queue.policy import retried


@retried(attempts=3, backoff=0)
@task()
def flaky(key, failures):
    """Fails ``failures`` times, then answers with the attempt that worked."""
    cache.add(key, 0)
    attempt = cache.incr(key)
    if attempt <= failures:
        raise ConnectionError(f"layanan belum siap (percobaan {attempt})")
    return attempt


@retried(attempts=2, backoff=0)
@task()
def broken():
    raise ValueError("alamat tujuan tidak dikenal")


@retried(attempts=3, backoff=600)
@task()
def patient():
    raise TimeoutError("server surat tidak menjawab")
