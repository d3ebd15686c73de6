"""WARTA_JSON_LOGS: one JSON line per request with method, path, status, duration."""

import json
import logging
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.test import override_settings

from warta.operations.requestlog import JsonFormatter

JSON_MIDDLEWARE = [
    "warta.operations.requestlog.RequestLogMiddleware",
    *settings.MIDDLEWARE,
]


def json_lines(caplog):
    formatter = JsonFormatter()
    return [
        json.loads(formatter.format(record))
        for record in caplog.records
        if record.name == "warta.requests"
    ]


@pytest.mark.django_db
@override_settings(MIDDLEWARE=JSON_MIDDLEWARE)
def test_one_json_line_per_request(client, home, caplog):
    caplog.set_level(logging.INFO, logger="warta.requests")
    client.get("/")
    client.get("/tidak-ada-halaman-ini/?rahasia=1")
    first, missing = json_lines(caplog)
    assert first["method"] == "GET" and first["path"] == "/"
    assert first["status"] == 200
    assert first["duration_ms"] > 0 and first["bytes"] > 1000
    assert missing["status"] == 404
    assert "rahasia" not in json.dumps(missing)  # no query strings
    assert first["level"] == "INFO" and first["logger"] == "warta.requests"


def test_off_by_default():
    assert "warta.operations.requestlog.RequestLogMiddleware" not in settings.MIDDLEWARE


def test_the_setting_switches_it_on():
    code = (
        "from django.conf import settings; import json; print(json.dumps("
        "[settings.MIDDLEWARE[0], settings.LOGGING['handlers']['console']])"
    )
    env = {"DJANGO_SETTINGS_MODULE": "warta.settings.test", "WARTA_JSON_LOGS": "1"}
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code})"],
        env={**os.environ, **env}, capture_output=True, text=True,
    )  # fmt: skip
    middleware, handler = json.loads(result.stdout)
    assert middleware == "warta.operations.requestlog.RequestLogMiddleware"
    assert handler["formatter"] == "json"


def test_errors_are_json_too():
    try:
        raise ValueError("rusak")
    except ValueError:
        record = logging.LogRecord(
            "warta.faults", logging.ERROR, __file__, 1, "gagal %s", ("x",),
            sys.exc_info(),
        )  # fmt: skip
    line = json.loads(JsonFormatter().format(record))
    assert line["message"] == "gagal x" and "ValueError: rusak" in line["exception"]
