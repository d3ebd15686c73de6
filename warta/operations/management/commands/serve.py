"""``warta serve``: the production server for the embedded default.

granian by default (a Rust HTTP server: keeps connections alive, about three
times gunicorn's sync workers on a cached page), gunicorn with ``--server
gunicorn`` (or WARTA_SERVER=gunicorn).

DEBUG stays off; whitenoise serves static files and, unless WARTA_SERVE_MEDIA=0,
Django serves uploaded media. Static files are collected first when missing.
"""

import errno
import os
import socket
import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from gunicorn.app.base import BaseApplication
from gunicorn.glogging import Logger as GunicornLogger

from warta.operations.requestlog import SafeFormatter

SAFE = "warta.operations.requestlog.SafeFormatter"
# granian's own logging (granian.log.LOGGING_CONFIG) with formatters that
# escape control characters: a path with %0a cannot forge an access-log line.
GRANIAN_LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "generic": {"()": SAFE, "fmt": "[%(levelname)s] %(message)s"},
        "access": {"()": SAFE, "fmt": "%(message)s"},
    },
    "handlers": {
        "console": {
            "formatter": "generic",
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
        },
        "access": {
            "formatter": "access",
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
        },
    },
    "loggers": {
        "_granian": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "granian.access": {"handlers": ["access"], "level": "INFO", "propagate": False},
    },
}


class SafeGunicornLogger(GunicornLogger):
    """gunicorn's logs with every control character a client sent escaped."""

    def _set_handler(self, log, output, fmt, stream=None):
        safe = SafeFormatter(fmt._fmt, fmt.datefmt)
        super()._set_handler(log, output, safe, stream)


class GunicornApplication(BaseApplication):
    def __init__(self, options):
        self.options = options
        super().__init__()

    def load_config(self):
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        # Imported here, after collectstatic: whitenoise indexes files at start.
        from warta.wsgi import application

        return application


def check_port_free(host, port):
    """Fail with one clear line instead of gunicorn's retry loop and traceback."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                raise CommandError(
                    f"Port {port} on {host} is already in use; "
                    f"stop the other server or choose another with --port."
                ) from None
            raise CommandError(
                f"Cannot listen on {host}:{port}: {error.strerror}"
            ) from None


def follow_base_url(host, port, environ=os.environ):
    """Without ``WARTA_BASE_URL`` set, canonical, share and feed links name the
    address actually served (``PORT=8080 make demo``), not the default's port.

    Set in the environment too: granian's workers load the settings afresh."""
    if environ.get("WARTA_BASE_URL"):
        return settings.WARTA_BASE_URL
    shown = "127.0.0.1" if host in ("", "0.0.0.0", "::") else host
    if ":" in shown:
        shown = f"[{shown}]"
    base = f"http://{shown}:{port}"
    environ["WARTA_BASE_URL"] = base
    settings.WARTA_BASE_URL = settings.WAGTAILADMIN_BASE_URL = base
    return base


class Command(BaseCommand):
    help = "Serve Warta with gunicorn (a production server, DEBUG off)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument(
            "--workers", type=int, default=None, help="default: 2 x CPU cores + 1"
        )
        parser.add_argument(
            "--threads", type=int, default=1, help="threads per worker for requests"
        )
        parser.add_argument(
            "--server",
            choices=["granian", "gunicorn"],
            default=settings.WARTA_SERVER,
            help="granian (default) or gunicorn (env: WARTA_SERVER)",
        )
        parser.add_argument(
            "--no-access-log",
            dest="access_log",
            action="store_false",
            help="do not log each request (nginx in front logs them)",
        )
        parser.add_argument(
            "--no-worker",
            "--no-scheduler",
            dest="worker",
            action="store_false",
            help="do not start a background worker beside the server (scheduled "
            "publishing, wire polling, mail; use it when deploy/warta-worker.service "
            "runs `warta worker`)",
        )

    def handle(self, *args, host, port, workers, threads, worker, server, **options):
        if not 0 < port < 65536:
            raise CommandError(f"--port must be between 1 and 65535, not {port}.")
        check_port_free(host, port)
        if settings.DEBUG:
            raise CommandError("warta serve runs with DEBUG off; unset DEBUG.")
        self._collect_static_if_missing()
        follow_base_url(host, port)
        import multiprocessing

        cores = multiprocessing.cpu_count()
        # granian's workers never block on a slow client: one per core is enough.
        workers = workers or (cores if server == "granian" else cores * 2 + 1)
        self.stdout.write(
            f"Warta at http://{host}:{port}/ (admin at /admin/), "
            f"{server}, {workers} workers. Ctrl+C stops it."
        )
        background = self._start_worker() if worker else None
        # WARTA_JSON_LOGS writes its own line per request.
        access_log = options["access_log"] and not settings.WARTA_JSON_LOGS
        try:
            if server == "granian":
                self._granian(host, port, workers, threads, access_log)
            else:
                self._gunicorn(host, port, workers, threads, access_log)
        finally:
            if background is not None:
                background.terminate()
                try:
                    background.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    background.kill()

    def _start_worker(self):
        """``warta worker`` as a child: it stops by itself when this process
        goes, however it goes (it watches its parent)."""
        if settings.WARTA_TASKS != "database":
            return None  # RQ: workers of their own; immediate: nothing to run
        env = {**os.environ, "WARTA_WORKER_PARENT": str(os.getpid())}
        return subprocess.Popen([sys.executable, "-m", "warta", "worker"], env=env)

    def _granian(self, host, port, workers, threads, access_log):
        from granian import Granian
        from granian.constants import Interfaces

        Granian(
            "warta.wsgi:application",
            address=host,
            port=port,
            interface=Interfaces.WSGI,
            workers=workers,
            blocking_threads=threads,
            log_access=access_log,
            log_dictconfig=GRANIAN_LOGGING,
            respawn_failed_workers=True,
            workers_kill_timeout=10,
        ).serve()

    def _gunicorn(self, host, port, workers, threads, access_log):
        GunicornApplication(
            {
                "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
                "workers": workers,
                "threads": threads,
                "accesslog": "-" if access_log else None,
                "errorlog": "-",
                "loglevel": "warning",
                "logger_class": SafeGunicornLogger,
                "timeout": 60,
                "graceful_timeout": 10,
            }
        ).run()

    def _collect_static_if_missing(self):
        manifest = settings.STATIC_ROOT / "staticfiles.json"
        if not manifest.exists():
            self.stdout.write("Collecting static files once…")
            call_command("collectstatic", interactive=False, verbosity=0)
