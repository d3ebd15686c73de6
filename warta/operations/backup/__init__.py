"""Backup and restore of a whole Warta: the database and the uploaded media.

A backup is a folder::

    manifest.json      what is inside, from which engine, when, and counts
    database.sqlite3   SQLite: a consistent copy made with SQLite's backup API
    database.pgdump    PostgreSQL: pg_dump's custom format (pg_restore reads it)
    media/             every uploaded file (images, renditions, documents)

Each engine has its own small class (``engines.py``) with ``dump`` and
``load``; ``warta backup`` and ``warta restore`` only pick one and copy media.
"""

from warta.operations.backup.archive import BackupError, create_backup, restore_backup

__all__ = ["BackupError", "create_backup", "restore_backup"]
