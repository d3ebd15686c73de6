"""What every search backend answers: ranked page ids and a count.

A backend gets a :class:`Query` whose words are already stemmed into groups of
alternatives; it never sees the reader's raw text. Filtering and ordering are
done on the index table, so a backend needs no Wagtail query to answer.
"""

from dataclasses import dataclass, field

from django.db import connection

RELEVANCE, NEWEST = "relevansi", "terbaru"
# Headline, kicker, body: how much a match in each counts.
WEIGHTS = (10.0, 4.0, 1.0)


@dataclass
class Query:
    groups: list  # one tuple of alternative stems per query word
    section_id: int | None = None
    since: object = None  # aware datetimes, inclusive
    until: object = None
    order: str = RELEVANCE
    match_all: bool = True
    extra: dict = field(default_factory=dict)

    @property
    def stems(self):
        return [stem for group in self.groups for stem in group]


class SearchBackend:
    vendor = None
    count_cap = None  # a backend may stop counting here ("lebih dari N hasil")

    def search(self, query, offset, limit):
        """Page ids of one page of results, best first."""
        raise NotImplementedError

    def count(self, query):
        """The number of matches, or ``count_cap`` when there are at least that many."""
        raise NotImplementedError

    def filters(self, query, column_prefix="d."):
        """SQL conditions and parameters for the section and date filters."""
        where, params = [], []
        if query.section_id is not None:
            where.append(f"{column_prefix}section_id = %s")
            params.append(query.section_id)
        if query.since is not None:
            where.append(f"{column_prefix}published_at >= %s")
            params.append(query.since)
        if query.until is not None:
            where.append(f"{column_prefix}published_at < %s")
            params.append(query.until)
        return where, params

    def fetch(self, sql, params):
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()
