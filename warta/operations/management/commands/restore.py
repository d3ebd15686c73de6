"""``warta restore SRC``: put a backup made by ``warta backup`` back in place."""

from django.core.management.base import BaseCommand, CommandError

from warta.operations.backup import BackupError, restore_backup
from warta.operations.backup.archive import read_manifest


class Command(BaseCommand):
    help = (
        "Restore the database and media from a backup folder. The database is "
        "replaced by the backup's; media files are copied over what is there."
    )

    def add_arguments(self, parser):
        parser.add_argument("src")
        parser.add_argument(
            "--noinput", "--no-input", dest="interactive", action="store_false"
        )

    def handle(self, *args, src, interactive, **options):
        try:
            manifest = read_manifest(src)
            if interactive and not self._confirm(manifest):
                raise CommandError("Restore cancelled; nothing was changed.")
            manifest, found = restore_backup(src)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"Restored {src} (made {manifest['created']}): {found['pages']} pages, "
            f"{found['images']} images, {found['comments']} comments."
        )
        if found != manifest["counts"]:
            # Counted just before the dump: a site that kept writing differs.
            self.stderr.write(
                f"Note: the backup counted {manifest['counts']} when it started; "
                "the site was probably changing while it ran."
            )

    def _confirm(self, manifest):
        answer = input(
            f"Replace this site's database with the backup made "
            f"{manifest['created']}? Type 'ya' to continue: "
        )
        return answer.strip().lower() == "ya"
