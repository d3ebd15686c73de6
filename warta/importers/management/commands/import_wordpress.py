"""``warta import-wordpress EXPORT.xml [--media-dir DIR] [--as-drafts]``."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from warta.importers.wordpress import ImportFailure, WordPressImport
from warta.search import indexing as search_index


class Command(BaseCommand):
    help = (
        "Impor ekspor WordPress (WXR): tulisan menjadi berita lengkap dengan "
        "rubrik, topik, penulis, foto, komentar dan alamat lamanya (pengalihan). "
        "Aman dijalankan ulang: tidak ada yang dibuat dua kali dan suntingan "
        "redaktur tetap."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", help="berkas WXR hasil ekspor WordPress")
        parser.add_argument(
            "--media-dir",
            help="salinan wp-content/uploads (YYYY/MM/berkas.jpg) untuk fotonya",
        )
        parser.add_argument(
            "--as-drafts",
            action="store_true",
            help="impor tulisan terbit sebagai draf (tanggalnya jadi jadwal tayang)",
        )
        parser.add_argument(
            "--section",
            help="slug rubrik untuk tulisan tanpa kategori (bawaan: rubrik pertama)",
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="tanpa bilah kemajuan"
        )

    def handle(self, *args, export, media_dir, as_drafts, section, **options):
        path = Path(export)
        if not path.is_file():
            raise CommandError(f"{export}: berkas tidak ada")
        if media_dir and not Path(media_dir).is_dir():
            raise CommandError(f"--media-dir {media_dir}: folder tidak ada")
        importer = WordPressImport(
            path,
            media_dir=media_dir,
            as_drafts=as_drafts,
            section=section,
            quiet=options["no_progress"],
        )
        try:
            # The index rows come after, as one background task.
            with search_index.deferred():
                report = importer.run()
        except ImportFailure as error:
            raise CommandError(f"{export}: {error}") from None
        for line in report.lines():
            self.stdout.write(line)
