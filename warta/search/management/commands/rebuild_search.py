"""``warta rebuild_search [--batch N]``: refill the search index, with progress."""

import time

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from warta.search import indexing


class Command(BaseCommand):
    help = "Rebuild the search index from every story that may be found."

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch", type=int, default=1000, metavar="N", help="pages per batch"
        )

    def handle(self, *args, batch, **options):
        if batch < 1:
            raise CommandError("--batch must be at least 1.")
        started = time.monotonic()
        total = indexing.total_to_index()
        with tqdm(total=total, unit=" berita", desc="Search index") as bar:
            done = indexing.rebuild(batch=batch, progress=bar.update)
        self.stdout.write(
            f"Indexed {done} stories in {time.monotonic() - started:.1f} s."
        )
