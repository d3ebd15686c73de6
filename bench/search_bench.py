"""Search latency over a fixed query list: p50 and p95, in milliseconds.

    WARTA_DATA=/tmp/bench-data .venv/bin/python bench/search_bench.py [--rounds 5]

Run ``warta demo --articles 100000`` (or ``warta rebuild_search``) first. Each
query is timed as the reader's page needs it: the count plus the first 20
results with their pages and snippets. Targets: p50 < 50 ms, p95 < 150 ms.
"""

import argparse
import os
import statistics
import time

QUERIES = [
    "vaksin",
    "vaksinasi anak",
    "perdagangan",
    "pedagang pasar",
    "kunjungan",
    "mengunjungi sekolah",
    "pertandingan",
    "bertanding sepak bola",
    "banjir",
    "harga cabai",
    "panen padi petani",
    "kereta",
    "pemilu",
    "pajak",
    "kopi",
    "festival musik",
    "jakarta",
    "pemerintah daerah",
    "gempa",
    "zzqxjwv",
]
TARGETS = {"p50": 50.0, "p95": 150.0}


def measure(rounds):
    from warta.search.backends import NEWEST
    from warta.search.query import search

    timings = []
    for text in QUERIES * rounds:
        for order in ("relevansi", NEWEST):
            started = time.perf_counter()
            results = search(text, order=order)
            if results is not None:
                results.count()
                results[0:20]
            timings.append((time.perf_counter() - started) * 1000)
    return timings


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "warta.settings.demo")
    import django

    django.setup()
    from django.db import connection

    from warta.search.models import SearchDocument

    measure(1)  # warm the stemmer and the page cache
    timings = sorted(measure(args.rounds))
    p50 = statistics.median(timings)
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(f"{connection.vendor}: {SearchDocument.objects.count():,} indexed stories")
    print(f"{len(timings)} searches ({len(QUERIES)} queries x 2 orders x rounds)")
    for name, value in (("p50", p50), ("p95", p95)):
        target = TARGETS[name]
        verdict = "ok" if value < target else "OVER"
        print(
            f"{name}: {value:7.1f} ms  target < {target:.0f} ms"
            f"  ({value / target:.2f}x) {verdict}"
        )


if __name__ == "__main__":
    main()
