"""One class per database engine: write the database to a file, read it back."""

import glob
import os
import shutil
import sqlite3
import subprocess

from django.db import connections


class BackupError(Exception):
    """Something the operator must fix; the message says what."""


class Engine:
    name = ""
    filename = ""

    def __init__(self, alias="default"):
        self.alias = alias
        self.connection = connections[alias]

    def dump(self, path):
        raise NotImplementedError

    def load(self, path):
        raise NotImplementedError


class SqliteEngine(Engine):
    """SQLite's online backup API: a consistent copy even while the site writes."""

    name = "sqlite"
    filename = "database.sqlite3"

    def dump(self, path):
        self.connection.ensure_connection()
        target = sqlite3.connect(path)
        try:
            self.connection.connection.backup(target)
        finally:
            target.close()

    def load(self, path):
        name = self.connection.settings_dict["NAME"]
        if str(name) != ":memory:" and "mode=memory" not in str(name):
            os.makedirs(os.path.dirname(os.path.abspath(name)), exist_ok=True)
        self.connection.ensure_connection()
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            # Page by page into the live file: readers see the old or the new.
            source.backup(self.connection.connection)
        finally:
            source.close()
        self.connection.close()


def pg_tool(name):
    """pg_dump/pg_restore from PATH, else the newest Debian cluster's own."""
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
    """pg_dump's custom format and pg_restore --clean (whole objects replaced)."""

    name = "postgresql"
    filename = "database.pgdump"

    def _run(self, args):
        settings = self.connection.settings_dict
        env = {**os.environ}
        if settings.get("PASSWORD"):
            env["PGPASSWORD"] = str(settings["PASSWORD"])
        args += ["--dbname", settings["NAME"]]
        for flag, key in (
            ("--host", "HOST"),
            ("--port", "PORT"),
            ("--username", "USER"),
        ):
            if settings.get(key):
                args += [flag, str(settings[key])]
        result = subprocess.run(args, env=env, capture_output=True, text=True)
        if result.returncode != 0:
            raise BackupError(f"{os.path.basename(args[0])} failed: {result.stderr}")

    def dump(self, path):
        self._run([pg_tool("pg_dump"), "--format=custom", "--no-owner",
                   "--no-privileges", "--file", str(path)])  # fmt: skip

    def load(self, path):
        self.connection.close()
        self._run([pg_tool("pg_restore"), "--clean", "--if-exists", "--no-owner",
                   "--no-privileges", "--single-transaction", "--exit-on-error",
                   str(path)])  # fmt: skip


ENGINES = {engine.name: engine for engine in (SqliteEngine, PostgresEngine)}


def engine_for(alias="default"):
    vendor = connections[alias].vendor
    if vendor not in ENGINES:
        raise BackupError(
            f"backup supports SQLite and PostgreSQL, not {vendor}; use "
            "`warta dumpdata` and the media folder instead."
        )
    return ENGINES[vendor](alias)
