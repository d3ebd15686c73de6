"""``make bench-search``: search at 100,000 articles, on SQLite and on PostgreSQL.

For each database: a paper of the demo plus ``ARTICLES`` synthetic stories
(SQLite: ``bench/data-N/``, reused; PostgreSQL: a throwaway server started by
``.ci/with-services``), the whole index rebuilt and timed (``warta
rebuild_search``), then ``bench/search_bench.py`` (p50 and p95 over a fixed
query list). Targets: indexing under 10 minutes, p50 < 50 ms, p95 < 150 ms.
``BENCH_DATABASES=sqlite`` (or ``postgresql``) runs one of them.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = int(os.environ.get("ARTICLES", "100000"))
DATABASES = os.environ.get("BENCH_DATABASES", "sqlite postgresql").split()
INDEX_TARGET_SECONDS = 600
WARTA = [sys.executable, "-m", "warta"]


def sqlite():
    data = ROOT / "bench" / f"data-{ARTICLES}"
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL",)}
    env.update(WARTA_DATA=str(data), DJANGO_SETTINGS_MODULE="warta.settings.demo")
    data.mkdir(parents=True, exist_ok=True)
    subprocess.run([*WARTA, "migrate", "--noinput", "-v0"], env=env, check=True)
    marker = data / ".bench-built"
    if not marker.exists():
        subprocess.run(
            [*WARTA, "demo", "--articles", str(ARTICLES)], env=env, check=True
        )
        marker.touch()
    return index_and_search("sqlite", env)


def postgresql():
    """This script again, inside .ci/with-services (DATABASE_URL set there)."""
    if "DATABASE_URL" not in os.environ:
        command = [str(ROOT / ".ci" / "with-services"), sys.executable, __file__]
        env = {**os.environ, "BENCH_DATABASES": "postgresql"}
        env.setdefault("WARTA_PG_PORT", "55442")
        env.setdefault("WARTA_REDIS_PORT", "56389")
        subprocess.run(command, env=env, check=True)
        return
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "warta.settings.demo"}
    env["WARTA_DATA"] = str(ROOT / "bench" / "data-postgresql")
    create_database(os.environ["DATABASE_URL"])
    subprocess.run([*WARTA, "migrate", "--noinput", "-v0"], env=env, check=True)
    started = time.perf_counter()
    subprocess.run([*WARTA, "demo", "--articles", str(ARTICLES)], env=env, check=True)
    print(f"postgresql: paper built in {time.perf_counter() - started:.0f} s")
    index_and_search("postgresql", env)


def create_database(url):
    """The throwaway server has only its ``postgres`` database: add ours."""
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as db:
        if not db.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone():
            db.execute(f'CREATE DATABASE "{name}"')


def index_and_search(name, env):
    started = time.perf_counter()
    subprocess.run([*WARTA, "rebuild_search"], env=env, check=True)
    seconds = time.perf_counter() - started
    verdict = "ok" if seconds < INDEX_TARGET_SECONDS else "OVER"
    print(f"{name}: index of {ARTICLES:,}+ stories rebuilt in {seconds:.0f} s "
          f"(target < {INDEX_TARGET_SECONDS} s) {verdict}")  # fmt: skip
    bench = [sys.executable, str(ROOT / "bench" / "search_bench.py")]
    subprocess.run(bench, env=env, check=True)


def main():
    for name in DATABASES:
        {"sqlite": sqlite, "postgresql": postgresql}[name]()


if __name__ == "__main__":
    main()
