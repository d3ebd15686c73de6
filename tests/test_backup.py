"""`warta backup` and `warta restore`: the demo backed up, wiped, and brought back.

The backup is taken by `warta backup` from a running demo: the `site` fixture
on SQLite, or the test database on PostgreSQL when DATABASE_URL is set. It is
restored by `warta restore` into another, empty site of the same engine, which
is then damaged and restored again. Every article, image (and its file) and
comment must come back.
"""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from tests import backup_probe

PROBE = str(Path(backup_probe.__file__))
pytestmark = pytest.mark.django_db


def warta(env, *args):
    result = subprocess.run(
        [sys.executable, "-m", "warta", *args],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout


def probe(env, action):
    result = subprocess.run(
        [sys.executable, PROBE, action], env=env, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout) if action == "snapshot" else None


@pytest.fixture
def demo_site(request, settings, tmp_path):
    """The environment of a Warta holding the demo paper."""
    if connection.vendor == "sqlite":
        return dict(request.getfixturevalue("site").env)
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL",)}
    env.update(
        DJANGO_SETTINGS_MODULE="warta.settings.demo",
        DATABASE_URL=database_url(connection.settings_dict["NAME"]),
        WARTA_DATA=str(tmp_path / "demo"),
        SECRET_KEY="test-only-not-secret",
        WARTA_MEDIA_ROOT=str(settings.MEDIA_ROOT),
    )
    return env


def database_url(name):
    params = connection.settings_dict
    password = f":{params['PASSWORD']}" if params["PASSWORD"] else ""
    return f"postgres://{params['USER']}{password}@{params['HOST']}:{params['PORT']}/{name}"


@pytest.fixture
def empty_site(tmp_path):
    """The environment of another Warta with nothing in it, on the same engine."""
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL",)}
    env.update(
        DJANGO_SETTINGS_MODULE="warta.settings.demo",
        WARTA_DATA=str(tmp_path / "site"),
        WARTA_MEDIA_ROOT=str(tmp_path / "site" / "media"),
    )
    if connection.vendor == "sqlite":
        env.pop("DATABASE_URL", None)
        yield env
        return
    import psycopg

    params = connection.settings_dict
    name = f"warta_restore_{uuid.uuid4().hex[:8]}"
    server = dict(
        host=params["HOST"], port=params["PORT"], user=params["USER"],
        password=params["PASSWORD"] or None, dbname=params["NAME"], autocommit=True,
    )  # fmt: skip
    with psycopg.connect(**server) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    env["DATABASE_URL"] = database_url(name)
    yield env
    with psycopg.connect(**server) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_backup_wipe_restore_brings_everything_back(tmp_path, demo_site, empty_site):
    demo = probe(demo_site, "snapshot")
    assert demo["articles"] and demo["images"] and demo["comments"]
    assert demo["missing_image_files"] == []

    out = warta(demo_site, "backup", str(tmp_path / "cadangan"))
    assert "Backup in" in out
    manifest = json.loads((tmp_path / "cadangan" / "manifest.json").read_text())
    assert manifest["engine"] == connection.vendor
    assert manifest["counts"]["comments"] == len(demo["comments"])
    assert manifest["media_files"] >= len(demo["images"])

    out = warta(empty_site, "restore", "--noinput", str(tmp_path / "cadangan"))
    assert "Restored" in out
    assert probe(empty_site, "snapshot") == demo

    probe(empty_site, "damage")
    damaged = probe(empty_site, "snapshot")
    assert damaged["comments"] == [] and damaged["images"] == []
    assert len(damaged["articles"]) < len(demo["articles"])

    warta(empty_site, "restore", "--noinput", str(tmp_path / "cadangan"))
    assert probe(empty_site, "snapshot") == demo


def test_a_backup_is_never_written_into_a_used_folder(tmp_path):
    (tmp_path / "isi.txt").write_text("jangan ditimpa")
    with pytest.raises(CommandError, match="not empty"):
        call_command("backup", str(tmp_path))
    assert (tmp_path / "isi.txt").read_text() == "jangan ditimpa"


@pytest.mark.parametrize("content", [None, "bukan json", '{"format": 99}'])
def test_restore_refuses_what_is_not_a_backup(tmp_path, content):
    if content is not None:
        (tmp_path / "manifest.json").write_text(content)
    pages = backup_probe.snapshot()["articles"]
    with pytest.raises(CommandError):
        call_command("restore", str(tmp_path), interactive=False)
    assert backup_probe.snapshot()["articles"] == pages
