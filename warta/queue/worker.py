"""``warta worker`` on the database backend: django-tasks-db's worker, with
what a newsroom cannot do without.

- Retries: a task that fails is tried again later, as its policy says
  (``warta.queue.policy``); the same row, so the admin shows each attempt.
- Nothing lost: a beat every few seconds from a thread of its own; a task left
  *running* by a worker whose beat stopped (killed mid-task, machine gone) is
  put back in the queue and runs again. A task that kills its worker on every
  attempt ends as failed instead of looping.
- A clock: periodic work (scheduled publishing every minute, wire polling)
  is queued once per period, however many workers share the database.
"""

import datetime
import logging
import os
import socket
import threading
import time

from django.conf import settings
from django.db import OperationalError, close_old_connections, connection, transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks.base import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker as DatabaseWorker
from django_tasks_db.models import DBTaskResult, get_date_max
from django_tasks_db.utils import exclusive_transaction, is_locked_database_exception

from warta.queue.models import ClockTick, WorkerBeat
from warta.queue.policy import policy_for

log = logging.getLogger("warta.queue")

BEAT_SECONDS = 5


def stale_seconds():
    return float(getattr(settings, "WARTA_WORKER_STALE_SECONDS", 60))


def periodic_tasks():
    """``(task path, every seconds, offset seconds)`` of what the clock queues."""
    return [
        (path, float(every), float(offset))
        for path, every, offset in getattr(settings, "WARTA_PERIODIC_TASKS", [])
    ]


class Beat(threading.Thread):
    """Writes the worker's beat every few seconds, also while a task runs."""

    def __init__(self, worker_id, orphaned=None):
        super().__init__(name="warta-worker-beat", daemon=True)
        self.worker_id = worker_id
        self.stopped = threading.Event()
        self.started_at = timezone.now()
        # Started by `warta serve`: stop when that process is gone.
        self.parent = int(os.environ.get("WARTA_WORKER_PARENT") or 0)
        self.orphaned = orphaned

    def beat(self):
        WorkerBeat.objects.update_or_create(
            worker_id=self.worker_id,
            defaults={
                "host": socket.gethostname()[:255],
                "pid": os.getpid(),
                "started_at": self.started_at,
                "seen_at": timezone.now(),
            },
        )

    def run(self):
        seconds = 0
        try:
            while not self.stopped.wait(1):
                seconds += 1
                if self.parent and os.getppid() != self.parent and self.orphaned:
                    self.orphaned()
                if seconds % BEAT_SECONDS:
                    continue
                try:
                    self.beat()
                except Exception:  # a locked database: the next beat comes soon
                    log.warning("worker beat not written", exc_info=True)
        finally:
            connection.close()

    def stop(self):
        self.stopped.set()
        WorkerBeat.objects.filter(worker_id=self.worker_id).delete()


def recover_abandoned(now=None):
    """Put back in the queue what dead workers left running; returns how many."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(seconds=stale_seconds())
    alive = set(
        WorkerBeat.objects.filter(seen_at__gte=cutoff).values_list(
            "worker_id", flat=True
        )
    )
    recovered = 0
    for result in DBTaskResult.objects.running().filter(started_at__lt=cutoff):
        if result.worker_ids and result.worker_ids[-1] in alive:
            continue  # a long task of a live worker
        policy = policy_for(result.task_path)
        attempts = len(result.worker_ids)
        with transaction.atomic():
            still = DBTaskResult.objects.running().filter(
                pk=result.pk, started_at=result.started_at
            )
            if attempts >= max(policy.attempts, 2):
                changed = still.update(
                    status=TaskResultStatus.FAILED,
                    finished_at=now,
                    exception_class_path="warta.queue.worker.WorkerLost",
                    traceback=(
                        f"The worker running this task stopped {attempts} times "
                        "before it finished (killed, out of memory, machine gone)."
                    ),
                )
            else:
                changed = still.update(
                    status=TaskResultStatus.READY, run_after=now, started_at=None
                )
        if changed:
            recovered += 1
            log.warning(
                "task %s (%s) was left running by a stopped worker: %s",
                result.pk,
                result.task_path,
                "failed for good" if attempts >= max(policy.attempts, 2) else "queued",
            )
    WorkerBeat.objects.filter(seen_at__lt=now - datetime.timedelta(days=1)).delete()
    return recovered


def retry_if_allowed(result_id, now=None):
    """After a failed attempt: back in the queue when the policy allows it."""
    result = DBTaskResult.objects.filter(pk=result_id).first()
    if result is None or result.status != TaskResultStatus.FAILED:
        return False
    policy = policy_for(result.task_path)
    attempt = len(result.worker_ids)
    if attempt >= policy.attempts:
        return False
    now = now or timezone.now()
    wait = policy.delay(attempt)
    DBTaskResult.objects.filter(pk=result.pk, status=TaskResultStatus.FAILED).update(
        status=TaskResultStatus.READY,
        run_after=now + datetime.timedelta(seconds=wait),
        started_at=None,
        finished_at=None,
    )
    log.warning(
        "task %s (%s) failed, attempt %d of %d; again in %.0f s",
        result.pk,
        result.task_path,
        attempt,
        policy.attempts,
        wait,
    )
    return True


def tick(now=None):
    """Queue each periodic task whose period has begun; returns their paths."""
    now = time.time() if now is None else now
    queued = []
    for path, every, offset in periodic_tasks():
        slot = int((now - offset) // every)
        ClockTick.objects.get_or_create(name=path, defaults={"slot": slot - 1})
        # Compare and set: one worker wins each period.
        if ClockTick.objects.filter(name=path, slot__lt=slot).update(slot=slot):
            import_string(path).enqueue()
            queued.append(path)
    return queued


def retry_now(result):
    """The admin's *Coba lagi*: a failed task back in the queue at once."""
    return DBTaskResult.objects.filter(
        pk=result.pk, status=TaskResultStatus.FAILED
    ).update(
        status=TaskResultStatus.READY,
        run_after=get_date_max(),
        started_at=None,
        finished_at=None,
        worker_ids=[],
    )


class Worker(DatabaseWorker):
    """django-tasks-db's worker (signals, claiming, running a task), in a loop
    of our own: beats, the clock, recovery and retries between tasks."""

    def __init__(self, *, clock=True, **options):
        super().__init__(**options)
        self.clock = clock
        self.beat = Beat(self.worker_id, orphaned=self.orphaned)
        self._ticked_at = 0.0
        self._recovered_at = 0.0

    def run(self):
        log.info("worker %s started", self.worker_id)
        self.beat.beat()
        self.beat.start()
        try:
            self._loop()
        finally:
            self.beat.stop()

    def orphaned(self):
        """The server that started this worker is gone: finish and stop."""
        if self.running:
            log.warning("worker %s: its server stopped; stopping", self.worker_id)
        self.running = False

    def _loop(self):
        while self.running:
            if not connection.in_atomic_block:  # (a test's transaction: keep it)
                close_old_connections()
            self.housekeeping()
            result = self.claim_next()
            if result is not None:
                self.run_task(result)
                retry_if_allowed(result.pk)
            elif self.batch:
                return
            if self.max_tasks is not None and self._run_tasks >= self.max_tasks:
                return
            if self.running and result is None:
                time.sleep(self.interval)

    def claim_next(self):
        ready = DBTaskResult.objects.ready().filter(backend_name=self.backend_name)
        if not self.process_all_queues:
            ready = ready.filter(queue_name__in=self.queue_names)
        if self.excluded_queue_names:
            ready = ready.exclude(queue_name__in=self.excluded_queue_names)
        try:
            with exclusive_transaction(ready.db):
                result = ready.get_locked()
                if result is not None:
                    result.claim(self.worker_id)
                return result
        except OperationalError as error:
            if is_locked_database_exception(error):
                return None  # SQLite is busy: the next round
            raise

    def housekeeping(self):
        """The clock each second, recovery every two beats."""
        now = time.time()
        try:
            if self.clock and now - self._ticked_at >= 1:
                self._ticked_at = now
                tick(now)
            if now - self._recovered_at >= BEAT_SECONDS * 2:
                self._recovered_at = now
                recover_abandoned()
        except OperationalError:  # a locked database: next time round
            log.warning("worker housekeeping postponed", exc_info=True)


def run_pending(worker_id="batch"):
    """Run what is queued now, in this process, then return how many ran
    (``warta demo`` empties the queue its loading filled)."""
    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id=f"{worker_id}-{os.getpid()}",
        excluded_queue_names=[],
        clock=False,
    )
    worker._loop()
    return worker._run_tasks
