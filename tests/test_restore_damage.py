"""A damaged backup is refused, and the live site stays exactly as it was.

One good backup of the demo (`warta backup`), restored into a new live site
(SQLite; or a new PostgreSQL database when DATABASE_URL is set). Each case
damages a copy of the backup as a bad disk, a wrong file or a hostile folder
would, runs `warta restore --noinput` on it and checks: a non-zero exit, one
line saying why (no traceback), and the live database and media unchanged
(SQLite: the file's SHA-256; PostgreSQL: a checksum of every table's rows).
Then the good backup and `warta restore --undo`, and the backup's privacy.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.db import connection

from tests import backup_probe
from tests.test_backup import database_url

PROBE = str(Path(backup_probe.__file__))
# The test database must be set up (and on PostgreSQL, named) for the fixtures.
pytestmark = pytest.mark.django_db


def run(env, *args):
    return subprocess.run(
        [sys.executable, "-m", "warta", *args],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def ok(env, *args):
    result = run(env, *args)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def snapshot(env):
    result = subprocess.run(
        [sys.executable, PROBE, "snapshot"], env=env, capture_output=True,
        text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def tree(folder):
    """{relative path: sha256} of every file under ``folder``."""
    folder = Path(folder)
    return {
        p.relative_to(folder).as_posix(): sha(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


class Live:
    """A live Warta: its environment and a fingerprint of all it holds."""

    def __init__(self, env, folder):
        self.env, self.folder = env, folder

    @property
    def sqlite(self):
        return self.folder / "site" / "warta.sqlite3"

    def settle(self):
        """Fold SQLite's WAL into the file, so the file alone is the data."""
        if connection.vendor == "sqlite":
            db = sqlite3.connect(self.sqlite)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.close()

    def fingerprint(self):
        media = tree(self.folder / "site" / "media")
        if connection.vendor == "sqlite":
            files = [self.sqlite, Path(f"{self.sqlite}-wal")]
            return [sha(p) if p.exists() else None for p in files], media
        return pg_rows(self.env["DATABASE_URL"]), media


def pg_rows(url):
    """{table: md5 of all its rows} of a PostgreSQL database."""
    import psycopg

    with psycopg.connect(url) as db:
        tables = [
            row[0]
            for row in db.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                "ORDER BY tablename"
            )
        ]
        return {
            t: db.execute(
                f"SELECT count(*), md5(coalesce(string_agg(r::text, '|' "
                f"ORDER BY r::text), '')) FROM \"{t}\" r"
            ).fetchone()
            for t in tables
        }


@pytest.fixture(scope="module")
def good(request, tmp_path_factory, django_db_setup):
    """(the environment of the demo, a good backup of it)."""
    folder = tmp_path_factory.mktemp("good")
    if connection.vendor == "sqlite":
        env = dict(request.getfixturevalue("site").env)
    else:
        from django.conf import settings

        env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
        env.update(
            DJANGO_SETTINGS_MODULE="warta.settings.demo",
            DATABASE_URL=database_url(connection.settings_dict["NAME"]),
            WARTA_DATA=str(folder / "demo"),
            SECRET_KEY="test-only-not-secret",
            WARTA_MEDIA_ROOT=str(settings.MEDIA_ROOT),
        )
    ok(env, "backup", str(folder / "backup"))
    return env, folder / "backup"


@pytest.fixture(scope="module")
def live(good, tmp_path_factory, django_db_setup):
    folder = tmp_path_factory.mktemp("live")
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="warta.settings.demo",
        WARTA_DATA=str(folder / "site"),
        WARTA_MEDIA_ROOT=str(folder / "site" / "media"),
        SECRET_KEY="test-only-not-secret",
    )
    server = None
    if connection.vendor == "sqlite":
        env.pop("DATABASE_URL", None)
    else:
        import psycopg

        params = connection.settings_dict
        name = f"warta_damage_{uuid.uuid4().hex[:8]}"
        server = database_url(params["NAME"])
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        env["DATABASE_URL"] = database_url(name)
    ok(env, "restore", "--noinput", str(good[1]))  # a new site from the backup
    site = Live(env, folder)
    site.settle()
    yield site
    if server:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# Each case damages the backup folder; `fix` then rewrites the manifest's
# checksum of the database, so the check behind the checksum is tried too.
def load(folder):
    return json.loads((folder / "manifest.json").read_text())


def save(folder, manifest):
    (folder / "manifest.json").write_text(json.dumps(manifest))


def database(folder):
    return folder / load(folder)["database"]


def fix(folder):
    manifest = load(folder)
    name = manifest["database"]
    manifest["files"][name] = sha(folder / name)
    save(folder, manifest)


def empty(folder):
    database(folder).write_bytes(b"")


def empty_fixed(folder):
    empty(folder)
    fix(folder)


def truncated(folder):
    data = database(folder).read_bytes()
    database(folder).write_bytes(data[: len(data) // 2])
    fix(folder)


def random_bytes(folder):
    database(folder).write_bytes(os.urandom(8192))
    fix(folder)


def foreign_sqlite(folder):
    path = database(folder)
    path.unlink()
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE notes (body TEXT)")
    db.execute("INSERT INTO notes VALUES ('bukan Warta')")
    db.commit()
    db.close()
    fix(folder)


def other_engines_dump(folder):
    """A PostgreSQL custom dump's header given to SQLite; an SQLite file given
    to PostgreSQL."""
    path = database(folder)
    if connection.vendor == "sqlite":
        path.write_bytes(b"PGDMP\x01\x0f\x00" + os.urandom(4096))
        fix(folder)
    else:
        foreign_sqlite(folder)


def manifest_names_other_engine(folder):
    manifest = load(folder)
    other = "postgresql" if manifest["engine"] == "sqlite" else "sqlite"
    filename = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}[other]
    database(folder).rename(folder / filename)
    manifest["files"][filename] = manifest["files"].pop(manifest["database"])
    manifest.update(engine=other, database=filename)
    save(folder, manifest)


def traversal_database(folder):
    manifest = load(folder)
    manifest["files"]["../../etc/passwd"] = sha("/etc/passwd")
    manifest["database"] = "../../etc/passwd"
    save(folder, manifest)


def traversal_media(folder):
    manifest = load(folder)
    manifest["files"]["media/../../../../etc/passwd"] = sha("/etc/passwd")
    save(folder, manifest)


def symlinked_media(folder):
    manifest = load(folder)
    name = next(n for n in manifest["files"] if n.startswith("media/"))
    (folder / name).unlink()
    (folder / name).symlink_to("/etc/passwd")
    manifest["files"][name] = sha("/etc/passwd")
    save(folder, manifest)


def missing_manifest(folder):
    (folder / "manifest.json").unlink()


def manifest_not_json(folder):
    (folder / "manifest.json").write_text('{"format": 2, "engine": ')


def media_checksum_mismatch(folder):
    manifest = load(folder)
    name = next(n for n in manifest["files"] if n.startswith("media/"))
    (folder / name).write_bytes(b"rusak")


def missing_media_file(folder):
    manifest = load(folder)
    name = next(n for n in manifest["files"] if n.startswith("media/"))
    (folder / name).unlink()


def counts_edited(folder):
    manifest = load(folder)
    manifest["counts"]["pages"] += 1
    save(folder, manifest)


def newer_migrations(folder):
    if connection.vendor != "sqlite":
        pytest.skip("a migration is added to the SQLite file only")
    db = sqlite3.connect(database(folder))
    db.execute(
        "INSERT INTO django_migrations (app, name, applied) "
        "VALUES ('articles', '9999_from_the_future', '2030-01-01')"
    )
    db.commit()
    db.close()
    fix(folder)


DAMAGE = [
    empty, empty_fixed, truncated, random_bytes, foreign_sqlite,
    other_engines_dump, manifest_names_other_engine, traversal_database,
    traversal_media, symlinked_media, missing_manifest, manifest_not_json,
    media_checksum_mismatch, missing_media_file, counts_edited, newer_migrations,
]  # fmt: skip


@pytest.mark.parametrize("damage", DAMAGE, ids=[d.__name__ for d in DAMAGE])
def test_a_damaged_backup_is_refused_and_nothing_changes(damage, good, live, tmp_path):
    folder = tmp_path / "backup"
    shutil.copytree(good[1], folder, symlinks=True)
    damage(folder)
    before = live.fingerprint()

    result = run(live.env, "restore", "--noinput", str(folder))

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Nothing was changed" in lines[0], result.stderr
    assert live.fingerprint() == before


def test_the_good_backup_restores_and_undo_puts_back_what_it_replaced(good, live):
    backed_up = snapshot(good[0])
    ok(live.env, "restore", "--noinput", str(good[1]))
    assert snapshot(live.env) == backed_up

    subprocess.run(
        [sys.executable, PROBE, "damage"], env=live.env, check=True, timeout=120
    )
    damaged = snapshot(live.env)
    assert damaged["comments"] == [] and damaged["images"] == []

    ok(live.env, "restore", "--noinput", str(good[1]))
    assert snapshot(live.env) == backed_up
    out = ok(live.env, "restore", "--noinput", "--undo")
    assert "before the last restore" in out
    assert snapshot(live.env)["articles"] == damaged["articles"]
    assert snapshot(live.env)["comments"] == []
    ok(live.env, "restore", "--noinput", "--undo")  # the undo of the undo
    assert snapshot(live.env) == backed_up
    live.settle()


def test_without_a_restore_there_is_nothing_to_undo(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL",)}
    env.update(DJANGO_SETTINGS_MODULE="warta.settings.demo", WARTA_DATA=str(tmp_path))
    env.pop("DATABASE_URL", None)
    result = run(env, "restore", "--noinput", "--undo")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "no restore to undo" in result.stderr


def mode(path):
    return stat.S_IMODE(os.lstat(path).st_mode)


def test_a_backup_is_private(good):
    folder = good[1]
    assert mode(folder) == 0o700
    paths = list(folder.rglob("*"))
    assert len(paths) > 10  # the database, the manifest and media files
    assert {mode(p) for p in paths if p.is_dir()} == {0o700}
    assert {mode(p) for p in paths if p.is_file()} == {0o600}
    manifest = load(folder)
    assert manifest["files"][manifest["database"]] == sha(database(folder))


def test_the_live_database_and_the_undo_are_private(good, live, tmp_path):
    ok(live.env, "restore", "--noinput", str(good[1]))
    live.settle()
    if connection.vendor == "sqlite":
        assert mode(live.sqlite) == 0o600
    undo = Path(live.env["WARTA_DATA"]) / "restore-undo"
    assert mode(undo) == 0o700
    assert {mode(p) for p in undo.rglob("*") if p.is_file()} == {0o600}
    # A database the site creates for itself is private from the start.
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL",)}
    env.pop("DATABASE_URL", None)
    env.update(DJANGO_SETTINGS_MODULE="warta.settings.demo", WARTA_DATA=str(tmp_path))
    ok(env, "shell", "--no-imports", "-c",
       "from django.db import connection; connection.cursor().execute("
       "'CREATE TABLE t (x)')")  # fmt: skip
    created = [p for p in tmp_path.iterdir() if p.name.startswith("warta.sqlite3")]
    assert created and {mode(p) for p in created} == {0o600}
    assert mode(tmp_path / "secret_key") == 0o600
