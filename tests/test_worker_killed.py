"""A worker killed (SIGKILL) under load: the master replaces it, readers see
no 5xx, and at most the requests that worker held fail (issue 22, Deliver 4).

`warta serve` with two workers on the demo site's data, gunicorn and granian
(the default). Four reader threads fetch cached pages in a bounded loop; a
second in, one worker is killed. Counted: answers other than 200, and
requests that got no answer at all (the killed worker's). Measured: gunicorn
2,462 answers, 1 unanswered (the request being served); granian 2,382, 4
connections reset; no 5xx in either.
"""

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from tests.servers import Warta, fetch

READERS = 4
SECONDS = 6


def workers_of(pid):
    """The worker processes under the master ``pid`` (its children, and theirs
    for a server whose master runs its workers through a helper)."""
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*/children"):
            for child in task.read_text().split():
                found.append(int(child))
                todo.append(int(child))
    return [p for p in found if _is_python(p)]


def _is_python(pid):
    try:
        return b"python" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def read_until(url, deadline, outcomes):
    while time.monotonic() < deadline:
        try:
            outcomes.append(fetch(url, timeout=5)[0])
        except OSError as error:  # reset or refused: no answer
            outcomes.append(type(error).__name__)


@pytest.mark.parametrize("server", ["gunicorn", "granian"])
def test_a_killed_worker_is_replaced_and_readers_see_no_5xx(site, server):
    app = Warta({**site.env, "WARTA_SERVER": server}, workers=2)
    app.start()
    try:
        paths = ["/", "/rss/"]
        for path in paths * 2:  # into the page cache
            assert fetch(app.url + path)[0] == 200
        before = workers_of(app.process.pid)
        assert len(before) >= 2, before
        outcomes = [[] for _ in range(READERS)]
        deadline = time.monotonic() + SECONDS
        readers = [
            threading.Thread(
                target=read_until,
                args=(app.url + paths[n % 2], deadline, outcomes[n]),
            )
            for n in range(READERS)
        ]
        for reader in readers:
            reader.start()
        time.sleep(1)
        victim = before[-1]
        os.kill(victim, signal.SIGKILL)
        for reader in readers:
            reader.join(SECONDS + 10)
        answers = [o for each in outcomes for o in each]
        failed = [o for o in answers if o != 200]
        server_errors = [o for o in answers if isinstance(o, int) and o >= 500]
        assert len(answers) > 50, len(answers)  # the load was real
        assert server_errors == []
        # At most what the victim held: gunicorn's sync worker serves one
        # request at a time. A granian worker holds every reader's connection
        # at once, and a reader reconnecting at once may land on the dead
        # worker's socket before the master closes it: two per reader (a
        # loaded machine saw five; an idle one four).
        bound = 1 if server == "gunicorn" else 2 * READERS
        assert len(failed) <= bound, failed
        # Every reader is answered again after the blip.
        assert all(each and each[-1] == 200 for each in outcomes), outcomes
        # Replaced: as many workers as before, the victim not among them.
        replaced = time.monotonic() + 15
        while time.monotonic() < replaced:
            now = workers_of(app.process.pid)
            if len(now) >= len(before) and victim not in now:
                break
            time.sleep(0.2)
        assert victim not in now and len(now) >= len(before), (before, now)
        print(
            f"{server}: {len(answers)} answers, {len(failed)} without 200 "
            f"({failed}), worker {victim} replaced by {set(now) - set(before)}"
        )
        assert app.process.poll() is None  # the master lives on
        assert [fetch(app.url + p)[0] for p in paths * 3] == [200] * 6
    finally:
        app.stop()
