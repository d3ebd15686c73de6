"""One class per database engine: dump the database; check a dump and swap it in.

``dump(path)`` writes the database and returns the row counts *of that dump*
(SQLite: read from the copy; PostgreSQL: counted in the snapshot pg_dump
reads). ``prepared(path, expected)`` checks a dump without touching the live
database and yields a candidate whose ``swap()`` replaces the live database
in one step, or raises ``BackupError`` with the live database unchanged:

- SQLite: the dump is copied into a private temporary file beside the live
  one and checked there (``PRAGMA integrity_check``, the ``django_migrations``
  table, no migration this code lacks, the manifest's counts). The swap copies
  that checked file into the live database with SQLite's backup API in one
  step: one write transaction, so every other connection (the running app
  servers) sees the old database or the new one, never a mixture, and the
  live file's WAL stays consistent. (Renaming a file over the live one would
  leave running servers writing into the old, unlinked file and its ``-wal``
  beside the new one.)
- PostgreSQL: ``pg_restore --list`` must read the archive, then
  ``pg_restore`` turns the whole archive into SQL (so a dump that breaks
  halfway is found before anything runs) and ``psql --single-transaction``
  runs that SQL followed by the same checks as for SQLite, in the same
  transaction: a check that fails raises, and PostgreSQL rolls the whole
  restore back. No scratch database or CREATEDB right is needed, and there is
  no moment when the live database is half restored.
"""

import contextlib
import glob
import os
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

from django.db import connections, transaction


class BackupError(Exception):
    """Something the operator must fix; the message says what."""


def counted_tables():
    """``{label: table}`` of what a restore must bring back."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    from warta.comments.models import Comment

    models = {
        "pages": Page,
        "images": get_image_model(),
        "documents": get_document_model(),
        "comments": Comment,
    }
    return {label: model._meta.db_table for label, model in models.items()}


def code_migrations():
    """``{(app, name)}`` of every migration this code has."""
    from django.db.migrations.loader import MigrationLoader

    return set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)


def newer_migrations(applied):
    """Applied migrations of this code's apps that this code does not have: a
    backup made by a newer Warta. (Apps this code no longer has are ignored.)"""
    known = code_migrations()
    apps = {app for app, _ in known}
    return sorted(m for m in applied if m[0] in apps and tuple(m) not in known)


def compare_counts(found, expected):
    for label, number in expected.items():
        if found.get(label) != number:
            raise BackupError(
                f"the backup's database holds {found.get(label)} {label}, but its "
                f"manifest says {number}; it is not the database that was backed up."
            )


class Engine:
    name = ""
    filename = ""

    def __init__(self, alias="default"):
        self.alias = alias
        self.connection = connections[alias]

    def dump(self, path):
        raise NotImplementedError

    def holds_a_site(self):
        """Whether the live database holds a migrated Warta (worth an undo)."""
        tables = self.connection.introspection.table_names()
        return "django_migrations" in tables

    def live_counts(self):
        with self.connection.cursor() as cursor:
            found = {}
            for label, table in counted_tables().items():
                cursor.execute(f"SELECT count(*) FROM {ident(table)}")
                found[label] = cursor.fetchone()[0]
        return found

    def prepared(self, path, expected):
        raise NotImplementedError


class SqliteEngine(Engine):
    """SQLite's online backup API: a consistent copy even while the site writes."""

    name = "sqlite"
    filename = "database.sqlite3"

    def live_path(self):
        name = str(self.connection.settings_dict["NAME"])
        if name == ":memory:" or "mode=memory" in name:
            raise BackupError("this site's SQLite database is in memory.")
        return Path(name)

    def dump(self, path):
        self.connection.ensure_connection()
        target = sqlite3.connect(path)
        try:
            self.connection.connection.backup(target)
            return self.count(target)
        finally:
            target.close()

    @staticmethod
    def count(db):
        return {
            label: db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for label, table in counted_tables().items()
        }

    @contextlib.contextmanager
    def prepared(self, path, expected):
        live = self.live_path()
        live.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(
            prefix=".restore-", suffix=".sqlite3", dir=live.parent
        )
        os.close(fd)  # mkstemp: 0600
        try:
            self._copy(path, temp)
            self._check(temp, expected)
            yield SqliteCandidate(self, temp, live)
        finally:
            for leftover in glob.glob(glob.escape(temp) + "*"):
                os.unlink(leftover)

    @staticmethod
    def _copy(path, temp):
        uri = Path(path).resolve().as_uri() + "?mode=ro&immutable=1"
        try:
            source = sqlite3.connect(uri, uri=True)
            target = sqlite3.connect(temp)
            try:
                source.backup(target)
            finally:
                source.close()
                target.close()
        except sqlite3.Error as error:
            raise BackupError(
                f"{path} is not a usable SQLite database ({error})."
            ) from None

    def _check(self, temp, expected):
        db = sqlite3.connect(temp)
        try:
            result = db.execute("PRAGMA integrity_check").fetchall()
            if result != [("ok",)]:
                raise BackupError(
                    f"the backup's database fails SQLite's integrity check "
                    f"({result[0][0]})."
                )
            exists = "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?"
            if not db.execute(exists, ("django_migrations",)).fetchone():
                raise BackupError(
                    "the backup's database is not a Warta database "
                    "(no django_migrations table)."
                )
            newer = newer_migrations(
                db.execute("SELECT app, name FROM django_migrations")
            )
            if newer:
                raise BackupError(
                    "the backup was made by a newer Warta (it has migrations this "
                    f"code lacks, such as {newer[0][0]}.{newer[0][1]}); upgrade first."
                )
            compare_counts(self.count(db), expected)
        except sqlite3.Error as error:
            raise BackupError(
                f"the backup's database cannot be read ({error})."
            ) from None
        finally:
            db.close()


class SqliteCandidate:
    def __init__(self, engine, temp, live):
        self.engine, self.temp, self.live = engine, temp, live

    def swap(self):
        connections[self.engine.alias].close()
        if not self.live.exists():
            os.close(os.open(self.live, os.O_WRONLY | os.O_CREAT, 0o600))
        source = sqlite3.connect(self.temp)
        target = sqlite3.connect(self.live, timeout=30)
        try:
            source.backup(target)  # all pages in one step: one transaction
        except sqlite3.Error as error:
            raise BackupError(
                f"the live database could not be written ({error})."
            ) from None
        finally:
            source.close()
            target.close()


def pg_tool(name):
    """pg_dump/pg_restore/psql from PATH, else the newest Debian cluster's own."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if candidates:
        return max(candidates, key=lambda p: int(p.split("/")[4].split(".")[0]))
    raise BackupError(
        f"{name} is not installed; install PostgreSQL's client tools "
        "(apt-get install postgresql-client) and run this again."
    )


class PostgresEngine(Engine):
    """pg_dump's custom format; restored by psql in one checked transaction."""

    name = "postgresql"
    filename = "database.pgdump"

    def _server(self, args):
        settings = self.connection.settings_dict
        env = {**os.environ}
        if settings.get("PASSWORD"):
            env["PGPASSWORD"] = str(settings["PASSWORD"])
        args = [*args, "--dbname", settings["NAME"]]
        for flag, key in (
            ("--host", "HOST"),
            ("--port", "PORT"),
            ("--username", "USER"),
        ):
            if settings.get(key):
                args += [flag, str(settings[key])]
        return args, env

    def _run(self, args, server=True):
        env = None
        if server:
            args, env = self._server(args)
        result = subprocess.run(args, env=env, capture_output=True, text=True)
        if result.returncode != 0:
            raise BackupError(
                f"{os.path.basename(args[0])} failed: {last_error(result)}"
            )
        return result.stdout

    def dump(self, path):
        dump = [pg_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges",
                "--file", str(path)]  # fmt: skip
        if self.connection.in_atomic_block:  # a caller's transaction: no snapshot
            found = self.live_counts()
            self._run(dump)
            return found
        with transaction.atomic(using=self.alias), self.connection.cursor() as cursor:
            # The counts and pg_dump read the same snapshot: the manifest's
            # counts are exactly the dump's.
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
            found = self.live_counts()
            self._run([*dump, "--snapshot", snapshot])
        return found

    @contextlib.contextmanager
    def prepared(self, path, expected):
        try:
            self._run([pg_tool("pg_restore"), "--list", str(path)], server=False)
        except BackupError:
            raise BackupError(f"{path} is not a pg_dump archive.") from None
        with tempfile.TemporaryDirectory(prefix="warta-restore-") as work:
            script = Path(work) / "restore.sql"
            try:
                self._run([pg_tool("pg_restore"), "--clean", "--if-exists",
                           "--no-owner", "--no-privileges", "--file", str(script),
                           str(path)], server=False)  # fmt: skip
            except BackupError as error:
                raise BackupError(f"{path} cannot be read whole ({error}).") from None
            yield PostgresCandidate(self, script, expected)


class PostgresCandidate:
    def __init__(self, engine, script, expected):
        self.engine, self.script, self.expected = engine, script, expected

    def swap(self):
        engine = self.engine
        engine.connection.close()
        args = [pg_tool("psql"), "--no-psqlrc", "--quiet", "--single-transaction",
                "--set", "ON_ERROR_STOP=1", "--file", str(self.script),
                "--command", checks_sql(self.expected)]  # fmt: skip
        engine._run(args)


def checks_sql(expected):
    """The checks run after the restore, inside its transaction: any that
    fails raises, and PostgreSQL rolls the whole restore back."""
    known = code_migrations()
    apps = ", ".join(quote(app) for app in sorted({app for app, _ in known}))
    names = ", ".join(f"({quote(a)}, {quote(n)})" for a, n in sorted(known))
    counts = "\n".join(
        f"  SELECT count(*) INTO found FROM {ident(counted_tables()[label])};\n"
        f"  IF found <> {int(number)} THEN RAISE EXCEPTION 'Warta: the backup''s "
        f"database holds % {label}, but its manifest says {int(number)}', found; "
        "END IF;"
        for label, number in expected.items()
        if label in counted_tables()
    )
    return f"""RESET search_path;
DO $warta$
DECLARE found bigint;
BEGIN
  IF to_regclass('django_migrations') IS NULL THEN
    RAISE EXCEPTION 'Warta: the backup''s database is not a Warta database (no django_migrations table)';
  END IF;
  IF EXISTS (SELECT 1 FROM django_migrations WHERE app IN ({apps})
             AND (app, name) NOT IN (VALUES {names})) THEN
    RAISE EXCEPTION 'Warta: the backup was made by a newer Warta (it has migrations this code lacks); upgrade first';
  END IF;
{counts}
END
$warta$;"""  # noqa: E501


def quote(text):
    return "'" + str(text).replace("'", "''") + "'"


def ident(name):
    return '"' + str(name).replace('"', '""') + '"'


def last_error(result):
    """The one line of a tool's stderr that says what went wrong."""
    lines = [line.strip() for line in result.stderr.splitlines() if line.strip()]
    for line in lines:
        if "ERROR:" in line:
            return line.split("ERROR:", 1)[1].strip().removeprefix("Warta: ")
    return lines[-1] if lines else f"exit status {result.returncode}"


ENGINES = {engine.name: engine for engine in (SqliteEngine, PostgresEngine)}


def engine_for(alias="default"):
    vendor = connections[alias].vendor
    if vendor not in ENGINES:
        raise BackupError(
            f"backup supports SQLite and PostgreSQL, not {vendor}; use "
            "`warta dumpdata` and the media folder instead."
        )
    return ENGINES[vendor](alias)
