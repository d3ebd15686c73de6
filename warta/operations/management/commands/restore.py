"""``warta restore SRC``: put a backup made by ``warta backup`` back in place.

Everything is checked before anything live changes (see
``warta.operations.backup.archive``); a damaged backup is refused with one
line saying why, and the site stays as it was. ``warta restore --undo`` puts
back what the last restore replaced.
"""

from django.core.management.base import BaseCommand, CommandError

from warta.operations.backup import BackupError, restore_backup, undo_restore
from warta.operations.backup.archive import read_manifest, undo_manifest


class Command(BaseCommand):
    help = (
        "Restore the database and media from a backup folder, after checking "
        "it whole. The database is replaced by the backup's; media files are "
        "copied over what is there. --undo puts back what the last restore "
        "replaced."
    )

    def add_arguments(self, parser):
        parser.add_argument("src", nargs="?")
        parser.add_argument("--undo", action="store_true", help="undo the last restore")
        parser.add_argument(
            "--noinput", "--no-input", dest="interactive", action="store_false"
        )

    def handle(self, *args, src, undo, interactive, **options):
        if bool(src) == bool(undo):
            raise CommandError("Give a backup folder, or --undo (not both).")
        try:
            manifest = undo_manifest() if undo else read_manifest(src)
            if interactive and not self._confirm(manifest, undo):
                raise CommandError("Restore cancelled; nothing was changed.")
            manifest, found = undo_restore() if undo else restore_backup(src)
        except BackupError as error:
            raise CommandError(f"{error} Nothing was changed.") from None
        except OSError as error:  # a folder we may not read, a full disk
            raise CommandError(
                f"restore failed: {error}. Nothing was changed."
            ) from None
        what = "the state before the last restore" if undo else src
        self.stdout.write(
            f"Restored {what} (made {manifest['created']}): {found['pages']} pages, "
            f"{found['images']} images, {found['comments']} comments. "
            "`warta restore --undo` puts back what was replaced."
        )
        if manifest["format"] < 2 and found != manifest["counts"]:
            # Format 1 counted before the dump: a site that kept writing differs.
            self.stderr.write(
                f"Note: the backup counted {manifest['counts']} when it started; "
                "the site was probably changing while it ran."
            )

    def _confirm(self, manifest, undo):
        what = "the state before the last restore" if undo else "the backup"
        answer = input(
            f"Replace this site's database with {what} made "
            f"{manifest['created']}? Type 'ya' to continue: "
        )
        return answer.strip().lower() == "ya"
