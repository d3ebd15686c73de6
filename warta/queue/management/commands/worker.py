"""``warta worker``: runs background tasks until stopped.

On the database backend (the default, ``WARTA_TASKS=database``): Warta's
worker (``warta.queue.worker``), with retries, recovery of what a killed
worker left running, and the clock that queues scheduled publishing and wire
polling. ``warta serve`` starts one beside the web server. On RQ
(``WARTA_TASKS=rq``): django-rq's worker with its scheduler, plus the clock.

Ctrl+C (SIGTERM) lets the running task finish; a second one stops at once.
``--check`` queues a probe and waits for a worker to run it: exit status 0
when the queue is served, 1 when not.
"""

import logging
import os
import socket
import threading
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils.crypto import get_random_string


class Command(BaseCommand):
    help = "Jalankan pekerja tugas latar (antrean tugas Warta)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--queue", default="*", help="queues to serve, comma-separated (all: *)"
        )
        parser.add_argument(
            "--interval",
            type=float,
            default=0.5,
            help="seconds between looks at an empty queue (default 0.5)",
        )
        parser.add_argument(
            "--batch", action="store_true", help="run what is queued, then stop"
        )
        parser.add_argument(
            "--max-tasks", type=int, default=None, help="stop after this many tasks"
        )
        parser.add_argument(
            "--no-clock",
            dest="clock",
            action="store_false",
            help="do not queue periodic work (scheduled publishing, wire polling)",
        )
        parser.add_argument(
            "--check",
            type=float,
            nargs="?",
            const=30.0,
            default=None,
            metavar="SECONDS",
            help="queue a probe and wait (default 30 s) until a worker has run it",
        )

    def handle(self, *args, queue, interval, batch, max_tasks, clock, check, **opts):
        if check is not None:
            return self.probe_queue(check)
        if not 0 <= interval <= 60:
            raise CommandError("--interval must be between 0 and 60 seconds.")
        if max_tasks is not None and max_tasks < 1:
            raise CommandError("--max-tasks must be 1 or more.")
        if settings.WARTA_TASKS == "rq":
            return self.rq(queue, clock, batch)
        if settings.WARTA_TASKS != "database":
            raise CommandError(
                f"WARTA_TASKS={settings.WARTA_TASKS}: tasks run as they are queued, "
                "there is nothing for a worker to do."
            )
        from warta.queue.worker import Worker

        queues = [name.strip() for name in queue.split(",") if name.strip()]
        worker = Worker(
            queue_names=queues or ["*"],
            interval=interval,
            batch=batch,
            backend_name="default",
            startup_delay=False,
            max_tasks=max_tasks,
            worker_id=f"{socket.gethostname()[:40]}-{os.getpid()}-"
            f"{get_random_string(6)}",
            excluded_queue_names=[],
            clock=clock,
        )
        worker.configure_signals()
        try:
            worker.run()
        finally:
            worker.reset_signals()

    def rq(self, queue, clock, batch):
        if clock and not batch:
            threading.Thread(target=self._clock, daemon=True).start()
        queues = [] if queue == "*" else queue.split(",")
        names = queues or list(settings.RQ_QUEUES)
        call_command("rqworker", *names, with_scheduler=True, burst=batch)

    @staticmethod
    def _clock():
        from django.db import close_old_connections

        from warta.queue.worker import tick

        while True:
            close_old_connections()
            try:
                tick()
            except Exception:  # the database is away: the next second
                logging.getLogger("warta.queue").warning("clock", exc_info=True)
            time.sleep(1)

    def probe_queue(self, seconds):
        from warta.queue.tasks import probe

        result = probe.enqueue()
        if settings.WARTA_TASKS not in ("database", "rq"):
            self.stdout.write("Tasks run as they are queued: nothing to check.")
            return
        deadline = time.monotonic() + seconds
        started = time.monotonic()
        while time.monotonic() < deadline:
            result.refresh()
            if result.is_finished:
                taken = time.monotonic() - started
                self.stdout.write(f"A worker ran the probe in {taken:.1f} s.")
                return
            time.sleep(0.2)
        raise CommandError(
            f"No worker ran the probe in {seconds:.0f} s: start `warta worker` "
            "(or check `systemctl status warta-worker`)."
        )
