"""A client cannot write a line of its own into the logs, nor raw control bytes.

A ``%0a`` in a path used to split granian's access-log line in two (a forged
line), and NUL bytes and ANSI escapes were written as they came. Every
formatter now escapes them: Django's console log, the JSON lines and the
access logs of both servers ``warta serve`` runs.
"""

import json
import logging
import re
import socket
import subprocess
import sys
import time

import pytest
from django.test import override_settings

from tests.servers import free_port, wait_for_port, warta_env
from warta.operations.requestlog import JsonFormatter, SafeFormatter
from warta.operations.tests.test_requestlog import JSON_MIDDLEWARE

HOSTILE = (
    "/a%0a%5B2026-01-01%5D%20FORGED%20GET%20/admin/%20200%0d%00%1b%5B31mred%c2%9bend/"
)
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")  # any control but the newline


def console_formatter():
    handler = next(h for h in logging.getLogger().handlers if h.name == "console")
    return handler.formatter


@pytest.mark.django_db
def test_django_logs_a_hostile_path_on_one_escaped_line(client, caplog):
    assert isinstance(console_formatter(), SafeFormatter)
    caplog.set_level(logging.WARNING, logger="django.request")
    response = client.get(HOSTILE, HTTP_USER_AGENT="ua\x1b[2J")
    assert response.status_code == 404
    lines = [console_formatter().format(r) for r in caplog.records]
    assert lines and all("\n" not in line and not RAW.search(line) for line in lines)
    assert any("\\n[2026-01-01] FORGED" in line and "\\x1b" in line for line in lines)


@pytest.mark.django_db
@override_settings(MIDDLEWARE=JSON_MIDDLEWARE)
def test_json_lines_escape_control_characters_too(client, caplog):
    caplog.set_level(logging.INFO, logger="warta.requests")
    client.get(HOSTILE)
    record = next(r for r in caplog.records if r.name == "warta.requests")
    line = JsonFormatter().format(record)
    assert "\n" not in line and not RAW.search(line)
    assert "\\u009b" not in line and "\\x9b" in json.loads(line)["path"]
    assert json.loads(line)["path"].startswith("/a\\n[2026-01-01] FORGED")


def test_the_formatter_keeps_a_traceback_on_its_own_lines():
    try:
        raise ValueError("x")
    except ValueError:
        record = logging.makeLogRecord(
            {"msg": "bad %s", "args": ("a\nb",), "exc_info": sys.exc_info()}
        )
    first, *rest = SafeFormatter().format(record).splitlines()
    assert first == "bad a\\nb" and rest[0].startswith("Traceback")


def send_raw(port, target, headers):
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        head = f"GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        s.sendall(head.encode("latin-1") + b"\r\n")
        while s.recv(65536):
            pass


@pytest.mark.parametrize("server", ["granian", "gunicorn"])
def test_the_access_log_of_warta_serve_cannot_be_forged(server, tmp_path):
    env = warta_env(tmp_path / "data", PYTHONUNBUFFERED=1)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "warta", "serve", "--port", str(port), "--workers",
         "1", "--no-scheduler", "--server", server],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        wait_for_port(port, seconds=90, process=process)
        send_raw(
            port,
            HOSTILE + "?q=%0aQUERY",
            # Servers refuse C0 controls in headers (400); C1 (obs-text) passes.
            {"User-Agent": "ua\x9b2Jclear", "Referer": "http://x/\x9bref"},
        )
        time.sleep(1)  # the access line is written after the response
    finally:
        process.terminate()
        output = process.communicate(timeout=30)[0].decode("utf-8", "replace")
    forged = [line for line in output.splitlines() if "FORGED" in line]
    assert forged, output[-2000:]
    assert all(line.count("FORGED") == 1 for line in forged), forged
    assert not any(line.lstrip().startswith("[2026-01-01]") for line in forged)
    assert not RAW.search(output), [x for x in output.splitlines() if RAW.search(x)]
