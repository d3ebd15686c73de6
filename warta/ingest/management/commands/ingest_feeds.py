"""``warta ingest_feeds``: every feed of WARTA_WIRE_FEEDS, one after the other.

What ``warta worker`` runs every WARTA_WIRE_POLL_MINUTES (5), as the task
``warta.ingest.tasks.poll_wires``; by hand, a one-off poll. Each entry is
``URL_OR_PATH`` or ``URL_OR_PATH|SECTION|AGENCY``; a feed that cannot be read
is reported and the others still run; the exit status is non-zero when any
feed could not be read.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from warta.ingest import conf


class Command(BaseCommand):
    help = "Impor semua umpan kawat dari WARTA_WIRE_FEEDS (untuk timer)."

    def handle(self, *args, **options):
        feeds = conf.feeds()
        if not feeds:
            raise CommandError(
                "WARTA_WIRE_FEEDS kosong: isi dengan 'URL|RUBRIK|KODE' dipisah spasi"
            )
        failed = []
        for location, section, agency in feeds:
            arguments = [location]
            if section:
                arguments += ["--section", section]
            if agency:
                arguments += ["--agency", agency]
            try:
                call_command(
                    "ingest",
                    *arguments,
                    stdout=self.stdout,
                    stderr=self.stderr,
                    verbosity=options["verbosity"],
                )
            except CommandError as error:
                self.stderr.write(f"{location}: {error}")
                failed.append(location)
        if failed:
            raise CommandError(f"{len(failed)} umpan gagal dibaca: {' '.join(failed)}")
