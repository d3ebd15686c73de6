"""``warta backup DEST``: the database and the media folder into a new folder."""

from django.core.management.base import BaseCommand, CommandError

from warta.operations.backup import BackupError, create_backup


class Command(BaseCommand):
    help = "Back up the database and uploaded media into DEST (a new folder)."

    def add_arguments(self, parser):
        parser.add_argument("dest")

    def handle(self, *args, dest, **options):
        try:
            manifest = create_backup(dest)
        except BackupError as error:
            raise CommandError(str(error)) from None
        c = manifest["counts"]
        self.stdout.write(
            f"Backup in {dest}: {manifest['engine']} database "
            f"({c['pages']} pages, {c['images']} images, {c['comments']} comments), "
            f"{manifest['media_files']} media files."
        )
