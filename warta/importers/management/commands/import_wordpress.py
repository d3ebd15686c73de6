"""``warta import-wordpress EXPORT.xml [--media-dir DIR] [--as-drafts]``."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from warta.importers.wordpress import ImportFailure, WordPressImport


class Command(BaseCommand):
    help = (
        "Import a WordPress export (WXR): posts become articles with their "
        "sections, topics, writers, images, comments and old URLs (redirects). "
        "Safe to run again: nothing is created twice and editors' changes stay."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", help="the WXR file exported from WordPress")
        parser.add_argument(
            "--media-dir",
            help="a copy of wp-content/uploads (YYYY/MM/file.jpg) for the images",
        )
        parser.add_argument(
            "--as-drafts",
            action="store_true",
            help="import published posts as drafts (their dates kept as go-live)",
        )
        parser.add_argument(
            "--section",
            help="section slug for posts without a category (default: the first)",
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="no progress bar"
        )

    def handle(self, *args, export, media_dir, as_drafts, section, **options):
        path = Path(export)
        if not path.is_file():
            raise CommandError(f"{export}: no such file")
        if media_dir and not Path(media_dir).is_dir():
            raise CommandError(f"--media-dir {media_dir}: no such folder")
        importer = WordPressImport(
            path,
            media_dir=media_dir,
            as_drafts=as_drafts,
            section=section,
            quiet=options["no_progress"],
        )
        try:
            report = importer.run()
        except ImportFailure as error:
            raise CommandError(f"{export}: {error}") from None
        for line in report.lines():
            self.stdout.write(line)
