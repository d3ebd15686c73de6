"""The installed `warta` command, run as an operator would, in a fresh data folder."""

import os
import socket
import sqlite3

from tests.conftest import fetch, run


def test_demo_loads_once_and_a_second_run_creates_nothing(site):
    assert "67 article" in site.first_demo.stdout
    assert "2 correction" in site.first_demo.stdout
    assert "1 takedown" in site.first_demo.stdout and "1 live" in site.first_demo.stdout
    assert "penulis" in site.first_demo.stdout  # the demo logins are printed
    second = run(["demo"], site.env)
    assert second.returncode == 0, second.stderr
    assert "already loaded, nothing new" in second.stdout


def test_embedded_database_is_sqlite_in_wal_mode(site):
    path = os.path.join(site.env["WARTA_DATA"], "warta.sqlite3")
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_serve_runs_a_production_server_with_static_and_media(site):
    status, body = fetch(site.url + "/")
    assert status == 200
    page = body.decode()
    css = page.split('rel="stylesheet" href="')[1].split('"')[0]
    assert fetch(site.url + css)[0] == 200
    image = page.split('src="/media/')[1].split('"')[0]
    status, data = fetch(f"{site.url}/media/{image}")
    assert status == 200 and len(data) > 1000


def test_serve_has_debug_off(site):
    status, body = fetch(site.url + "/tidak-ada/")
    assert status == 404 and "Halaman tidak ditemukan" in body.decode()
    assert b"Traceback" not in body and b"URLconf" not in body


def test_serve_on_a_busy_port_says_so_in_one_line(site):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run(["serve", "--port", str(port)], site.env)
    assert result.returncode != 0
    assert "already in use" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_production_without_secret_key_is_a_clear_error(site):
    env = dict(site.env, DJANGO_SETTINGS_MODULE="warta.settings.production")
    env.pop("SECRET_KEY", None)
    result = run(["check"], env)
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr
    assert "Traceback" not in result.stderr


def test_warta_is_manage_py(site):
    result = run(["help"], site.env)
    assert result.returncode == 0
    for command in ("createsuperuser", "migrate", "shell", "demo", "serve"):
        assert command in result.stdout
