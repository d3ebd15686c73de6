"""A Redis that hangs (SIGSTOP) under a running site, with readers on it.

A real redis-server on loopback holds the cache of `warta serve` (two
workers, the embedded SQLite demo). Readers fetch cached pages, uncached
searches and ``/readyz`` from a few threads while Redis is paused; a story is
retitled (its generation tokens bumped) from `warta shell` during the pause.
Nobody may wait a second, nothing may fail, ``/readyz`` must say the cache is
down, and once Redis is back the retitled story must be what readers get: the
page Redis kept from before the pause must not come back.
"""

import contextlib
import json
import os
import selectors
import signal
import subprocess
import threading
import time
import uuid
from dataclasses import dataclass

import pytest

from tests.servers import WARTA, Redis, Warta, fetch, wait_for_port, warta_env

SLOWEST_SECONDS = 1.0
LOAD_SECONDS = 10.0
PAUSE_AT, RESUME_AT = 2.0, 7.0
READERS = 4
EVERY_SECONDS = 0.15  # each reader's pace: about 25 requests a second in all
MAX_REQUESTS = 400  # a bound on the load, whatever the latency

STORIES = """
import json
from warta.articles.models import ArticlePage
stories = ArticlePage.objects.live().order_by("-first_published_at")[:5]
print(json.dumps([[p.pk, p.url, p.title, p.get_parent().url] for p in stories]))
"""

# Started before the load (Django's start-up is no part of what is measured),
# it waits for the pause. Its first cache call then trips its breaker, so the
# retitle's token bump is skipped rather than sent to the paused server: only
# the record of bumps that did not reach Redis can bring it there once it is
# back. Niced, as deploy/warta-worker.service runs the publisher.
RETITLE = """
import os, pathlib, time
from django.core.cache import caches
from warta.articles.models import ArticlePage
page = ArticlePage.objects.get(pk=%d).specific
caches["generations"].get("warta-test:warm")
os.nice(5)
print("ready", flush=True)
go, deadline = pathlib.Path(%r), time.monotonic() + 60
while not go.exists() and time.monotonic() < deadline:
    time.sleep(0.05)
caches["generations"].get("warta-test:trip")
page.title = %r
page.save_revision().publish()
print("published")
"""


class LoggedWarta(Warta):
    """`warta serve` whose log goes to a file (a pipe nobody reads would fill
    and stop the workers); the JSON log says what the server spent."""

    def __init__(self, env, log_path):
        super().__init__(env)
        self.log_path = log_path

    def start(self):
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(
                [*WARTA, "serve", "--port", str(self.port), "--workers", "2",
                 "--no-scheduler"],
                env=self.env, stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip
        wait_for_port(self.port, seconds=60, process=self.process)

    def slow_requests(self, milliseconds=300):
        slow = []
        for line in self.log_path.read_text(errors="replace").splitlines():
            with contextlib.suppress(ValueError, AttributeError):
                record = json.loads(line)
                if record.get("duration_ms", 0) > milliseconds:
                    slow.append((record["path"], record["duration_ms"]))
        return slow


@dataclass
class Hit:
    path: str
    started: float
    seconds: float
    status: int | None  # None: no answer within the client's timeout


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hang")
    redis = Redis(folder)
    redis.start()
    app = None
    try:
        (folder / "data").mkdir()
        env = warta_env(folder / "data", REDIS_URL=redis.url, WARTA_JSON_LOGS=1)
        app = LoggedWarta(env, folder / "serve.log")
        app.run("migrate", "--noinput", "-v0")
        app.run("demo", "--no-logins")
        app.start()
        yield redis, app
    finally:
        if app is not None:
            app.stop()
        redis.stop()


def story_on_home(app):
    """A story the home page shows: (pk, url, title, its section's url)."""
    home = fetch(app.url + "/", timeout=60)[2].decode()  # renditions made
    stories = json.loads(app.shell(STORIES))
    return next(story for story in stories if story[2] in home)


def start_editor(app, pk, go, title):
    editor = subprocess.Popen(
        [*WARTA, "shell", "--no-imports", "-c", RETITLE % (pk, str(go), title)],
        env=app.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    ready = selectors.DefaultSelector()
    ready.register(editor.stdout, selectors.EVENT_READ)
    assert ready.select(timeout=60) and editor.stdout.readline() == "ready\n"
    return editor


def readers(app, paths, clock, hits, stop):
    """Threads fetching ``paths`` in turn, each at its pace, until ``stop``
    or the request bound; a path ending in ``=`` gets a new query each time
    (a page no cache holds)."""
    lock = threading.Lock()

    def read(offset):
        n, next_at = offset, time.monotonic()
        while not stop.wait(max(0.0, next_at - time.monotonic())):
            next_at += EVERY_SECONDS
            with lock:
                if len(hits) >= MAX_REQUESTS:
                    return
            path = paths[n % len(paths)]
            if path.endswith("="):
                path += uuid.uuid4().hex[:8]
            started = time.monotonic()
            try:
                status = fetch(app.url + path, timeout=5)[0]
            except OSError:  # no answer in 5 s
                status = None
            with lock:
                hits.append(
                    Hit(path, started - clock, time.monotonic() - started, status)
                )
            n += 1

    threads = [threading.Thread(target=read, args=(i,)) for i in range(READERS)]
    for thread in threads:
        thread.start()
    return threads


def summary(hits):
    pages = [h for h in hits if h.path != "/readyz"]
    return {
        "requests": len(hits),
        "max_seconds": round(max(h.seconds for h in hits), 2),
        "over_1s": sum(h.status is None or h.seconds > SLOWEST_SECONDS for h in hits),
        "no_answer": sum(h.status is None for h in hits),
        "page_5xx": sum((h.status or 0) >= 500 for h in pages),
    }


def test_a_hanging_redis_costs_readers_nothing(site, tmp_path):
    redis, app = site
    pk, url, title, section = story_on_home(app)
    cached = ["/", url, section]
    for path in cached:  # warm: these pages are now in Redis
        fetch(app.url + path, timeout=60)
        assert fetch(app.url + path)[1]["X-Page-Cache"] == "hit", path
    paths = [*cached, "/cari/?q=banjir+", "/readyz"]
    new_title = f"Judul baru {uuid.uuid4().hex[:6]}"
    go = tmp_path / "go"
    editor = start_editor(app, pk, go, new_title)

    hits, stop, clock = [], threading.Event(), time.monotonic()
    threads = readers(app, paths, clock, hits, stop)
    try:
        time.sleep(PAUSE_AT)
        os.kill(redis.process.pid, signal.SIGSTOP)
        paused = time.monotonic() - clock
        go.touch()
        out, err = editor.communicate(timeout=30)
        assert "published" in out, err[-3000:]
        time.sleep(max(0.0, RESUME_AT - (time.monotonic() - clock)))
    finally:
        os.kill(redis.process.pid, signal.SIGCONT)
        editor.kill()
        resumed = time.monotonic() - clock
        time.sleep(max(0.0, LOAD_SECONDS - resumed))
        stop.set()
        for thread in threads:
            thread.join(timeout=10)

    figures = summary(hits)
    print(f"\nRedis paused {paused:.1f}-{resumed:.1f} s:", figures)
    for hit in hits:  # shown when the test fails
        if hit.status is None or hit.seconds > SLOWEST_SECONDS / 2:
            print(" ", hit)
    print("  server side, over 300 ms:", app.slow_requests())
    assert figures["over_1s"] == 0, figures
    assert figures["page_5xx"] == 0, figures
    readyz = [
        h.status
        for h in hits
        if h.path == "/readyz" and paused + 0.3 < h.started < resumed - h.seconds
    ]
    assert readyz and set(readyz) == {503}, readyz

    # Back: ready again, and the retitled story is what every worker serves.
    deadline = time.monotonic() + 8
    while time.monotonic() < deadline and fetch(app.url + "/readyz")[0] != 200:
        time.sleep(0.2)
    assert fetch(app.url + "/readyz")[0] == 200
    for path in ("/", url) * 10:
        status, _, body = fetch(app.url + path)
        assert status == 200
        assert new_title in body.decode(), f"{path}: the page from before came back"
