"""A real Warta as `make demo` runs it: fresh data folder, the demo, `warta serve`."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

import pytest

WARTA = [sys.executable, "-m", "warta"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(args, env, **kwargs):
    return subprocess.run(
        WARTA + args, env=env, capture_output=True, text=True, timeout=300, **kwargs
    )


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@dataclass
class Site:
    url: str
    env: dict
    first_demo: subprocess.CompletedProcess


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    env = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")
    }
    env["DJANGO_SETTINGS_MODULE"] = "warta.settings.demo"
    env["WARTA_DATA"] = str(tmp_path_factory.mktemp("warta-data"))
    migrate = run(["migrate", "--noinput", "-v0"], env)
    assert migrate.returncode == 0, migrate.stderr
    demo = run(["demo"], env)
    assert demo.returncode == 0, demo.stderr
    port = free_port()
    server = subprocess.Popen(
        WARTA + ["serve", "--port", str(port), "--workers", "2"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            fetch(url + "/")
            break
        except OSError:
            time.sleep(0.2)
    yield Site(url=url, env=env, first_demo=demo)
    server.terminate()
    server.wait(timeout=20)
