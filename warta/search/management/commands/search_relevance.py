"""``warta search_relevance``: recall@10 and MRR, chosen setup against baseline."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from warta.search.relevance.evaluate import TOP, evaluate, load_queries
from warta.search.text import STEMMERS

BASELINE = "none"


class Command(BaseCommand):
    help = (
        "Measure the search over the labelled demo queries: recall@10 and MRR for "
        "the chosen stemmer and the unstemmed baseline (run on the demo paper)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all", action="store_true", help="also measure every other stemmer"
        )
        parser.add_argument(
            "--misses", action="store_true", help="list queries not answered first"
        )

    def handle(self, *args, all, misses, **options):
        chosen = settings.WARTA_SEARCH_STEMMER
        setups = [chosen, BASELINE]
        if all:
            setups += [name for name in STEMMERS if name not in setups]
        queries = load_queries()
        figures = evaluate(setups, queries)
        self.stdout.write(f"{len(queries)} queries, top {TOP}")
        self.stdout.write(f"{'setup':<16} {'recall@10':>9} {'MRR':>6}")
        for row in figures:
            label = row.setup + (" *" if row.setup == chosen else "")
            self.stdout.write(f"{label:<16} {row.recall:>9.3f} {row.mrr:>6.3f}")
            if misses:
                for text, rank in row.misses:
                    self.stdout.write(f"    {text!r}: first hit at {rank or '-'}")
        best, base = figures[0], figures[1]
        if not (best.recall > base.recall and best.mrr > base.mrr):
            raise CommandError("The chosen setup does not beat the baseline.")
