"""``warta ingest FEED_URL_OR_FILE``: agency copy into draft articles.

Prints one line per item that was not simply new or unchanged, then the
counts. Exits non-zero only when the feed as a whole could not be read (or the
section or agency given does not exist); items that fail are reported and the
rest of the batch is imported.
"""

from django.core.management.base import BaseCommand, CommandError

from warta.ingest.importer import (
    FAILED,
    NEW,
    UNCHANGED,
    UPDATED,
    WAITING,
    Importer,
    IngestError,
    find_agency,
    find_section,
)
from warta.people.models import Agency


class Command(BaseCommand):
    help = (
        "Impor berita kawat (RSS 2.0, Atom, IPTC ninjs, NewsML-G2) dari berkas, "
        "folder, file:// atau http(s) sebagai draf berita."
    )

    def add_arguments(self, parser):
        parser.add_argument("feed", help="berkas, folder, file:// atau URL http(s)")
        parser.add_argument(
            "--section",
            help="slug rubrik tujuan (bawaan: setelan WARTA_WIRE_SECTION)",
        )
        parser.add_argument(
            "--agency",
            help="kode kantor berita (mis. Ant); bawaan: dikenali dari umpan",
        )

    def handle(self, *args, feed, section=None, agency=None, **options):
        self.verbosity = options.get("verbosity", 1)
        try:
            target = find_section(section)
        except IngestError as error:
            raise CommandError(str(error)) from None
        chosen = None
        if agency:
            chosen = find_agency([agency])
            if chosen is None:
                codes = ", ".join(Agency.objects.values_list("code", flat=True))
                raise CommandError(
                    f"kantor berita {agency!r} tidak ada (yang ada: {codes or '-'})"
                )
        importer = Importer(target, chosen)
        try:
            run = importer.run(feed)
        except IngestError as error:
            self.report(importer)
            raise CommandError(str(error)) from None
        self.report(importer)
        self.stdout.write(
            f"{feed}: {run.new} baru, {run.updated} diperbarui, "
            f"{run.unchanged} tetap, {run.waiting} menunggu redaktur, "
            f"{run.failed} gagal"
        )

    def report(self, importer):
        for outcome in importer.outcomes:
            label = f"{outcome.ref}"
            if outcome.headline:
                label += f" ({outcome.headline[:60]})"
            if outcome.result == FAILED:
                self.stdout.write(self.style.ERROR(f"GAGAL {label}: {outcome.reason}"))
            elif outcome.result == WAITING:
                self.stdout.write(
                    self.style.WARNING(
                        f"MENUNGGU {label}: versi baru menunggu redaktur"
                    )
                )
            elif outcome.result in (NEW, UPDATED) and self.verbosity >= 1:
                word = "BARU" if outcome.result == NEW else "DIPERBARUI"
                self.stdout.write(f"{word} {label}")
            elif outcome.result == UNCHANGED and self.verbosity >= 2:
                self.stdout.write(f"TETAP {label}")
            for warning in outcome.warnings:
                self.stdout.write(self.style.WARNING(f"PERINGATAN {label}: {warning}"))
