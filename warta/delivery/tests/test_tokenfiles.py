"""The token file store: racing first readers of a surface agree on one token."""

import threading
import time

from warta.delivery.tokenfiles import TokenFileCache


class SlowDisk(TokenFileCache):
    """Writing a token takes a while: every racer is past its check first."""

    def _write_content(self, file, timeout, value):
        time.sleep(0.05)
        super()._write_content(file, timeout, value)


def test_racing_adds_leave_one_token_that_every_racer_reads(tmp_path):
    store = SlowDisk(str(tmp_path), {})
    start = threading.Barrier(8)
    won, read = [], []

    def first_reader(token):
        start.wait()
        if store.add("gen:/nasional/", token, None):
            won.append(token)
        read.append(store.get("gen:/nasional/"))

    threads = [threading.Thread(target=first_reader, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(won) == 1
    assert read == won * 8


def test_an_expired_token_is_replaced(tmp_path):
    store = TokenFileCache(str(tmp_path), {})
    store.set("gen:/", 1, -1)  # already expired
    assert store.add("gen:/", 2, None)
    assert store.get("gen:/") == 2
    assert not store.add("gen:/", 3, None)
    assert list(tmp_path.iterdir()) == [next(tmp_path.iterdir())]  # no scratch left
