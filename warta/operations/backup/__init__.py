"""Backup and restore of a whole Warta: the database and the uploaded media.

A backup is a private folder (0700, files 0600: it holds password hashes,
TOTP secrets, sessions and commenters' e-mail addresses)::

    manifest.json      what is inside, the SHA-256 of every file, row counts
    database.sqlite3   SQLite: a consistent copy made with SQLite's backup API
    database.pgdump    PostgreSQL: pg_dump's custom format (pg_restore reads it)
    media/             every uploaded file (images, renditions, documents)

``manifest.py`` reads and checks the manifest; each engine has its own small
class (``engines.py``) that dumps, checks a dump apart from the live database
and swaps it in; ``archive.py`` runs a backup, a restore and its undo.
"""

from warta.operations.backup.archive import (
    create_backup,
    restore_backup,
    undo_restore,
)
from warta.operations.backup.engines import BackupError

__all__ = ["BackupError", "create_backup", "restore_backup", "undo_restore"]
