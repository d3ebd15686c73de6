"""``warta demo [--articles N]``: load the demo newspaper, optionally an archive."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from warta.demo.loader import DemoLoader
from warta.demo.logins import DEMO_PASSWORD, ensure_demo_logins
from warta.demo.synthetic import SyntheticArchive, vacuum_hint
from warta.search import indexing as search_index


class Command(BaseCommand):
    help = (
        "Load the demo newspaper (idempotent: a second run creates nothing twice "
        "and leaves editors' changes alone); --articles N adds N synthetic articles."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--articles",
            type=int,
            default=0,
            metavar="N",
            help="add N synthetic articles over about five years",
        )
        parser.add_argument(
            "--no-logins", action="store_true", help="do not create the demo logins"
        )

    def handle(self, *args, articles, no_logins, **options):
        if articles < 0:
            raise CommandError("--articles must be zero or more.")
        started = time.monotonic()
        created = DemoLoader().load()
        summary = ", ".join(f"{n} {kind}" for kind, n in sorted(created.items()))
        self.stdout.write(
            f"Demo newspaper: {summary or 'already loaded, nothing new'}."
        )
        if articles:
            self.add_archive(articles)
        if not no_logins:
            self.logins()
        self.nawala()
        self.run_queued()
        self.stdout.write(f"Done in {time.monotonic() - started:.1f} s.")

    def add_archive(self, count):
        with tqdm(total=count, unit=" berita", desc="Synthetic articles") as bar:
            SyntheticArchive(count).run(progress=bar.update)
        search_index.sync(progress=tqdm(unit=" berita", desc="Search index").update)
        vacuum_hint()

    def nawala(self):
        from warta.demo.nawala import ensure_demo_nawala

        if not settings.WARTA_DEMO:
            return
        if ensure_demo_nawala():
            self.stdout.write(
                f"Nawala Pagi sent to the demo readers: {settings.EMAIL_FILE_PATH}/"
            )

    def run_queued(self):
        """Loading queued search and reference index updates: run them now,
        so the server starts with an empty queue."""
        if settings.WARTA_TASKS != "database":
            return
        from warta.queue.worker import run_pending

        ran = run_pending(worker_id="demo")
        if ran:
            self.stdout.write(f"Background tasks run: {ran}.")

    def logins(self):
        from warta.sections.models import HomePage

        if not settings.WARTA_DEMO:
            self.stdout.write("Production settings: no demo logins created.")
            return
        rows = ensure_demo_logins(HomePage.objects.first())
        self.stdout.write(
            f"Demo logins at /admin/ (demo only; password for each: {DEMO_PASSWORD}):"
        )
        for username, role in rows:
            self.stdout.write(f"  {username:<11} {role}")
