"""Faults and scale-out with real servers: PostgreSQL, Redis, two `warta serve`.

A throwaway PostgreSQL and Redis (Debian's binaries, loopback, temp folders)
hold the demo paper. The database is stopped and started again under a
running site; so is Redis; and two app servers share them and one media folder.
"""

import contextlib
import json
import shutil
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.servers import AdminSession, Postgres, Redis, Warta, fetch, warta_env

PASSWORD = "kopi tubruk di meja redaksi"


@dataclass
class Stack:
    pg: Postgres
    redis: Redis
    env: dict
    articles: list


SETUP = """
import json
from django.contrib.auth import get_user_model
from warta.articles.models import ArticlePage
get_user_model().objects.create_superuser("uji-skala", "u@warta.invalid", %r)
print(json.dumps([p.get_url() for p in ArticlePage.objects.live().order_by("pk")[:3]]))
"""


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    pg_folder = Path(tempfile.mkdtemp(prefix="warta-pg-"))
    folder = tmp_path_factory.mktemp("stack")
    pg = Postgres(pg_folder)
    redis = Redis(folder)
    try:
        pg.start()
        pg.create_database()
        redis.start()
        env = warta_env(folder / "data", DATABASE_URL=pg.url, REDIS_URL=redis.url)
        loader = Warta(env)
        loader.run("migrate", "--noinput", "-v0")
        loader.run("demo")
        articles = json.loads(loader.shell(SETUP % PASSWORD))
        yield Stack(pg, redis, env, articles)
    finally:
        redis.stop()
        with contextlib.suppress(Exception):  # already stopped by a failed test
            pg.stop()
        shutil.rmtree(pg_folder, ignore_errors=True)


@pytest.fixture
def server(stack):
    app = Warta(stack.env)
    app.start()
    yield app
    app.stop()


def wait_for(url, status, seconds=20):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        got = fetch(url, timeout=5)[0]
        if got == status:
            return got
        time.sleep(0.3)
    return got


def test_database_down_cached_pages_stay_others_get_503(stack, server):
    cached, uncached = server.url + stack.articles[0], server.url + stack.articles[1]
    assert fetch(cached)[0] == 200
    assert fetch(cached)[1]["X-Page-Cache"] == "hit"

    stack.pg.stop()
    try:
        status, headers, _ = fetch(cached)
        assert status == 200
        status, headers, body = fetch(uncached)
        assert status == 503
        assert headers["Retry-After"] == "30"
        assert "Layanan sedang terganggu" in body.decode()
        assert "Traceback" not in body.decode()
        assert fetch(server.url + "/readyz")[0] == 503
    finally:
        stack.pg.start()
    # Back by itself: no restart of the app server.
    assert wait_for(uncached, 200) == 200
    assert fetch(server.url + "/readyz")[0] == 200


def test_redis_down_the_site_keeps_serving(stack, server):
    pages = ["/", *stack.articles, "/cari/?q=banjir"]
    for path in pages:
        assert fetch(server.url + path)[0] == 200
    stack.redis.stop()
    try:
        for path in pages:
            started = time.monotonic()
            status, _, body = fetch(server.url + path)
            assert status == 200, (path, status)
            assert time.monotonic() - started < 10
        status, _, body = fetch(server.url + "/readyz")
        assert status == 503 and b"cache" in body
    finally:
        stack.redis.start()
    assert wait_for(server.url + "/readyz", 200) == 200


DRAFT = """
from warta.articles.models import ArticlePage
from warta.sections.models import SectionPage
section = SectionPage.objects.get(slug="nasional")
page = ArticlePage(title=%r, slug=%r, live=False)
section.add_child(instance=page)
page.save_revision()
print(page.pk, section.get_url())
"""


URL = "from wagtail.models import Page; print(Page.objects.get(pk=%s).get_url())"


def test_two_app_servers_share_publishes_and_purges(stack):
    from warta.newsroom.tests.conftest import article_form

    one, other = Warta(stack.env), Warta(stack.env)
    try:
        one.start()
        other.start()
        title = f"Kabar uji skala {uuid.uuid4().hex[:6]}"
        slug = title.lower().replace(" ", "-")
        pk, section = one.shell(DRAFT % (title, slug)).split()
        # The section page is cached by the other server before the publish.
        fetch(other.url + section)
        status, headers, body = fetch(other.url + section)
        assert headers["X-Page-Cache"] == "hit" and title not in body.decode()

        admin = AdminSession(one.url)
        admin.login("uji-skala", PASSWORD)
        form = article_form(title=title, slug=slug, **{"action-publish": "1"})
        status, _, _ = admin.request(f"/admin/pages/{pk}/edit/", form)
        assert status == 302

        status, headers, body = fetch(other.url + section)
        assert status == 200 and title in body.decode()
        assert headers["X-Page-Cache"] == "miss"
        url = one.shell(URL % pk).strip()
        status, _, body = fetch(other.url + url)
        assert status == 200 and title in body.decode()
    finally:
        one.stop()
        other.stop()


def _read_until(url, deadline, outcomes):
    """GETs of ``url`` until ``deadline``; a ``url`` ending in ``=`` gets a new
    value each time (a search no cache has seen)."""
    n = 0
    while time.monotonic() < deadline:
        n += 1
        try:
            target = f"{url}{n}" if url.endswith("=") else url
            outcomes.append(fetch(target, timeout=5)[0])
        except OSError as error:
            outcomes.append(type(error).__name__)


def test_database_killed_under_load_no_500_and_back_by_itself(stack, server):
    """PostgreSQL killed (immediate shutdown: no checkpoint, connections cut)
    while four readers read: cached pages all 200, searches no cache has seen
    200 or the branded 503, never a 500 or no answer; then back with no app
    restart. Measured: 411 cached pages at 200, 310 searches at 503, none
    unanswered."""
    cached, uncached = server.url + stack.articles[0], server.url + stack.articles[2]
    for _ in range(2):
        assert fetch(cached)[0] == 200
    # One log line per 503: read the server's stderr, as journald would, or
    # the pipe fills (64 KiB, some 400 lines) and every worker waits on it.
    lines = []
    threading.Thread(target=lines.extend, args=(server.process.stderr,)).start()
    search = server.url + "/cari/?q=kabar"
    urls = [cached, cached, search + "a=", search + "b="]
    outcomes = {url: [] for url in urls}
    deadline = time.monotonic() + 8
    readers = [
        threading.Thread(target=_read_until, args=(url, deadline, outcomes[url]))
        for url in urls
    ]
    for reader in readers:
        reader.start()
    time.sleep(2)
    stack.pg.stop()  # -m immediate: PostgreSQL's SIGQUIT, a crash for clients
    try:
        for reader in readers:
            reader.join(20)
    finally:
        stack.pg.start()
    seen_cached = outcomes[cached]
    others = outcomes[urls[2]] + outcomes[urls[3]]
    assert len(seen_cached) > 20 and set(seen_cached) == {200}, seen_cached[-5:]
    assert set(others) <= {200, 503}, sorted(set(map(str, others)))
    assert 503 in others  # the outage was seen
    print(f"{len(seen_cached)} cached 200, {len(others)} others: "
          f"{others.count(503)} 503, {len(lines)} log lines")  # fmt: skip
    assert wait_for(uncached, 200) == 200
    assert fetch(server.url + "/readyz")[0] == 200
