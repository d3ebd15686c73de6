"""Real servers for the tests: PostgreSQL, Redis, nginx and `warta serve`.

Each starts on a free loopback port with its data in a temporary folder, can
be stopped and started again (the fault tests do), and is always stopped at
the end. Waits are bounded: a server that does not come up fails the test in
seconds, not minutes. The binaries come from Debian's packages (`make test`
installs them as root); without them the tests that need them are skipped.
"""

import glob
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

WARTA = [sys.executable, "-m", "warta"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, seconds=20, process=None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server on port {port} exited ({process.returncode})")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on port {port} after {seconds} s")


def fetch(url, headers=None, timeout=10):
    """(status, headers, body) of a GET, errors included."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def pg_bin():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    return os.path.dirname(max(found, key=lambda p: int(p.split("/")[4])))


def need(binary, package):
    if not shutil.which(binary) and not os.path.exists(binary):
        pytest.skip(f"{binary} is not installed (apt-get install {package})")


class Postgres:
    def __init__(self, folder):
        self.bin = pg_bin()
        self.folder = folder
        self.port = free_port()
        self.as_pg = []
        if os.geteuid() == 0:  # initdb refuses root: run as the postgres user
            if subprocess.run(["id", "postgres"], capture_output=True).returncode:
                subprocess.run(
                    ["useradd", "--system", "--no-create-home", "postgres"], check=True
                )
            shutil.chown(folder, "postgres")
            self.as_pg = ["runuser", "-u", "postgres", "--"]
        self._ctl("initdb", "-D", f"{folder}/pg", "-U", "warta", "-A", "trust",
                  "-E", "UTF8", "--no-locale")  # fmt: skip
        self.url = f"postgres://warta@127.0.0.1:{self.port}/warta"

    def create_database(self):
        import psycopg

        with psycopg.connect(
            self.url.rsplit("/", 1)[0] + "/postgres", autocommit=True
        ) as c:
            c.execute("CREATE DATABASE warta")

    def _ctl(self, tool, *args):
        subprocess.run(
            [*self.as_pg, f"{self.bin}/{tool}", *args],
            check=True, capture_output=True, timeout=60,
        )  # fmt: skip

    def start(self):
        options = f"-h 127.0.0.1 -p {self.port} -k {self.folder} -F"
        self._ctl("pg_ctl", "-D", f"{self.folder}/pg", "-l", f"{self.folder}/pg.log",
                  "-w", "-t", "20", "-o", options, "start")  # fmt: skip

    def stop(self):
        self._ctl("pg_ctl", "-D", f"{self.folder}/pg", "-m", "immediate", "-w", "stop")


class Redis:
    def __init__(self, folder):
        need("redis-server", "redis-server")
        self.folder = folder
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--bind", "127.0.0.1", "--port", str(self.port),
             "--save", "", "--appendonly", "no", "--dir", str(self.folder)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            wait_for_port(self.port, process=self.process)
        except RuntimeError:
            self.stop()
            raise

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


class Warta:
    """`warta serve` with the given environment on a free port."""

    def __init__(self, env, workers=2):
        self.env = env
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.workers = workers
        self.process = None

    def run(self, *args, timeout=300):
        result = subprocess.run(
            WARTA + list(args), env=self.env, capture_output=True, text=True,
            timeout=timeout,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr[-3000:]
        return result.stdout

    def shell(self, code):
        """Run Python in this site (`warta shell`, no automatic imports)."""
        return self.run("shell", "--no-imports", "-c", code)

    def start(self):
        # With its background worker, as `make demo` runs it: purges of a
        # frontend cache and scheduled publishing go through the task queue.
        self.process = subprocess.Popen(
            WARTA + ["serve", "--port", str(self.port), "--workers",
                     str(self.workers)],
            env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        try:
            wait_for_port(self.port, seconds=60, process=self.process)
        except RuntimeError:
            self.stop()
            raise

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)


def warta_env(data_dir, **extra):
    env = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="warta.settings.demo",
        WARTA_DATA=str(data_dir),
        SECRET_KEY="test-only-not-secret",
    )
    env.update({k: str(v) for k, v in extra.items()})
    return env


class AdminSession:
    """A newsroom user's browser, reduced to cookies, CSRF and form posts."""

    def __init__(self, base_url):
        import http.cookiejar

        self.base = base_url
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar),
            NoRedirect(),
        )

    def csrf(self):
        return next(c.value for c in self.jar if c.name == "csrftoken")

    def request(self, path, data=None):
        import urllib.parse

        body = None
        headers = {"Referer": self.base + path}
        if data is not None:
            body = urllib.parse.urlencode(
                {**data, "csrfmiddlewaretoken": self.csrf()}, doseq=True
            ).encode()
        request = urllib.request.Request(self.base + path, data=body, headers=headers)
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()

    def login(self, username, password):
        self.request("/admin/login/")
        status, headers, _ = self.request(
            "/admin/login/", {"username": username, "password": password}
        )
        assert status == 302, f"login failed ({status})"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None
