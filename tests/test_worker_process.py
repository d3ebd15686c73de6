"""`warta worker` as real processes on a copy of the demo's database: a worker
killed mid-task loses nothing, and `warta serve` runs one beside the server."""

import json
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from tests.conftest import WARTA, run

TABLE = "django_tasks_database_dbtaskresult"


def copy_of_demo(site, folder):
    """The demo's data folder, copied: a database no running worker serves."""
    source = Path(site.env["WARTA_DATA"])
    folder.mkdir()
    (folder / "secret_key").write_bytes((source / "secret_key").read_bytes())
    with (
        sqlite3.connect(source / "warta.sqlite3") as old,
        sqlite3.connect(folder / "warta.sqlite3") as new,
    ):
        old.backup(new)
    return {**site.env, "WARTA_DATA": str(folder), "WARTA_WORKER_STALE_SECONDS": "2"}


def task_row(folder, task_id):
    with sqlite3.connect(folder / "warta.sqlite3", timeout=10) as db:
        return db.execute(
            f"SELECT status, worker_ids, return_value FROM {TABLE} WHERE id = ?",
            (task_id.replace("-", ""),),
        ).fetchone()


def wait_for(predicate, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = predicate()
        if found:
            return found
        time.sleep(0.2)
    return None


def worker(env):
    return subprocess.Popen(
        WARTA + ["worker", "--no-clock", "--interval", "0.2"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_task_of_a_killed_worker_runs_again_on_the_next(site, tmp_path):
    folder = tmp_path / "data"
    env = copy_of_demo(site, folder)
    queued = run(
        ["shell", "-c", "from warta.queue.tasks import probe; "
         "print(probe.enqueue(seconds=8).id)"],
        env,
    )  # fmt: skip
    assert queued.returncode == 0, queued.stderr
    task_id = queued.stdout.strip().splitlines()[-1]

    first = worker(env)
    try:
        assert wait_for(lambda: task_row(folder, task_id)[0] == "RUNNING", 60)
    finally:
        first.send_signal(signal.SIGKILL)  # mid-task: no goodbye, no cleanup
        first.wait(timeout=10)
    assert task_row(folder, task_id)[0] == "RUNNING"

    second = worker(env)
    try:
        done = wait_for(
            lambda: (row := task_row(folder, task_id))[0] == "SUCCESSFUL" and row, 90
        )
    finally:
        second.terminate()
        second.wait(timeout=30)
    assert done, task_row(folder, task_id)
    assert len(json.loads(done[1])) == 2  # two workers, one task, run to the end
    assert json.loads(done[2]) > 0


def test_the_demo_server_runs_a_worker(site):
    check = run(["worker", "--check", "30"], site.env)
    assert check.returncode == 0, check.stderr
    assert "A worker ran the probe" in check.stdout


def test_a_worker_stops_gently_and_refuses_bad_options(site, tmp_path):
    env = copy_of_demo(site, tmp_path / "data")
    bad = run(["worker", "--interval", "-1"], env)
    assert bad.returncode != 0 and "--interval" in bad.stderr
    assert "Traceback" not in bad.stderr
    process = worker(env)
    time.sleep(3)
    process.terminate()
    assert process.wait(timeout=30) == 0
    assert "Traceback" not in process.stderr.read()


def test_the_shipped_units_run_one_worker_beside_the_server():
    deploy = Path(__file__).resolve().parent.parent / "deploy"
    worker_unit = (deploy / "warta-worker.service").read_text()
    server_unit = (deploy / "warta.service").read_text()
    assert "ExecStart=/srv/warta/.venv/bin/warta worker\n" in worker_unit
    assert "Restart=always" in worker_unit
    # The server starts no worker of its own: one clock, not two.
    assert " --no-worker" in server_unit
    assert not list(deploy.glob("warta-publish.*"))  # the worker publishes now


def test_on_rq_a_worker_serves_the_queue_from_redis(site, tmp_path):
    from tests.servers import Redis

    redis = Redis(tmp_path)
    redis.start()
    env = {
        **copy_of_demo(site, tmp_path / "data"),
        "WARTA_TASKS": "rq",
        "REDIS_URL": redis.url,
    }
    process = subprocess.Popen(
        WARTA + ["worker"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        check = run(["worker", "--check", "60"], env)
    finally:
        process.terminate()
        try:  # RQ's warm shutdown; under load it has taken over 30 s
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        redis.stop()
    assert check.returncode == 0, check.stderr
    assert "A worker ran the probe" in check.stdout
