"""The live SQLite database is private: 0600, like its ``-wal`` and ``-shm``.

It holds password hashes, TOTP secrets, sessions and commenters' e-mail
addresses, and SQLite creates its files with the process's umask (0644 as a
rule). Each new connection (one per worker thread, kept ``CONN_MAX_AGE``)
takes group and other access away from the three files; the app's own user
is the only one that needs them. ``$WARTA_DATA`` itself stays readable: nginx
may serve ``media/`` and ``static/`` from it.
"""

import os
import stat

from django.db.backends.signals import connection_created


def make_sqlite_private(sender, connection, **kwargs):
    if connection.vendor != "sqlite":
        return
    name = str(connection.settings_dict["NAME"])
    if name == ":memory:" or name.startswith("file:"):
        return
    for path in (name, name + "-wal", name + "-shm"):
        try:
            mode = stat.S_IMODE(os.stat(path).st_mode)
            if mode & 0o077:
                os.chmod(path, mode & 0o700)
        except OSError:  # not there (yet), or not ours: nothing to tighten
            continue


def connect():
    connection_created.connect(make_sqlite_private, dispatch_uid="warta-sqlite-0600")
