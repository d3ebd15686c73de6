"""recall@10 and MRR over the labelled queries, for any stemmer setup.

Each setup gets its own index, built inside a transaction that is rolled back,
so the live index is untouched and every setup is measured in the same run
over the same pages.
"""

import tomllib
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from wagtail.models import Page

from warta.search import indexing
from warta.search.query import search

QUERIES = Path(__file__).parent / "queries.toml"
TOP = 10


@dataclass
class Figures:
    setup: str
    recall: float
    mrr: float
    misses: list


def load_queries(path=QUERIES):
    return tomllib.loads(path.read_text("utf-8"))["query"]


def ranked_slugs(text, stemmer):
    results = search(text, stemmer=stemmer)
    if results is None:
        return []
    ids = results.ids(0, TOP)
    slugs = dict(Page.objects.filter(pk__in=ids).values_list("pk", "slug"))
    return [slugs[pk] for pk in ids if pk in slugs]


def score(queries, stemmer):
    recall = mrr = 0.0
    misses = []
    for item in queries:
        expected, found = set(item["expect"]), ranked_slugs(item["q"], stemmer)
        recall += len(expected.intersection(found)) / len(expected)
        rank = next((i for i, slug in enumerate(found, 1) if slug in expected), None)
        mrr += 1 / rank if rank else 0.0
        if rank != 1:
            misses.append((item["q"], rank))
    return Figures(stemmer, recall / len(queries), mrr / len(queries), misses)


def evaluate(stemmers, queries=None):
    """Figures for each stemmer setup, each on an index of its own."""
    queries = queries or load_queries()
    figures = []
    for stemmer in stemmers:
        with transaction.atomic():
            indexing.rebuild(stemmer=stemmer)
            figures.append(score(queries, stemmer))
            transaction.set_rollback(True)
    return figures
