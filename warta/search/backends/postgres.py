"""Production: PostgreSQL full-text search over our stems.

The 'simple' configuration only lower-cases: stemming is already done, in
Python, the same way as on SQLite. The weighted vector is a stored column
with a GIN index (migrations 0001 and 0002) that answers the match; ts_rank with
the A/B/D weights ranks headline over kicker over body.

Ranking reads the vector of every matching story: for a word in most of the
archive that is most of the table. Relevance is therefore ranked among the
newest RANK_WINDOW matches, which for a news archive is where the reader's
story is; rarer words (fewer matches than that) are ranked over all of them.
Counting stops at COUNT_CAP for the same reason.
"""

from warta.search.backends.base import NEWEST, WEIGHTS, SearchBackend

TABLE = "warta_search_searchdocument"
VECTOR = "d.search_vector"
RANK_WINDOW = 1000
COUNT_CAP = 1_000  # "lebih dari 1.000 hasil": counting every match of a
# word found in most of the archive costs more than the search itself
# ts_rank's weight array is {D, C, B, A}.
_D, _B = WEIGHTS[2] / WEIGHTS[0], WEIGHTS[1] / WEIGHTS[0]
RANK_WEIGHTS = f"'{{{_D}, 0, {_B}, 1.0}}'"


def tsquery(query):
    """A to_tsquery string from stems only, each quoted as a literal."""
    groups = []
    for group in query.groups:
        quoted = " | ".join("'" + stem.replace("'", "") + "'" for stem in group)
        groups.append(f"({quoted})")
    return (" & " if query.match_all else " | ").join(groups)


class PostgresBackend(SearchBackend):
    vendor = "postgresql"

    def where(self, query):
        where, params = self.filters(query)
        return (
            [f"{VECTOR} @@ to_tsquery('simple', %s)", *where],
            [tsquery(query), *params],
        )

    def search(self, query, offset, limit):
        where, params = self.where(query)
        matches = (
            f"SELECT d.page_id, d.published_at, {VECTOR} FROM {TABLE} d"
            f" WHERE {' AND '.join(where)}"
        )
        if query.order == NEWEST:
            sql = (
                f"SELECT d.page_id FROM ({matches}) d"
                " ORDER BY d.published_at DESC, d.page_id DESC LIMIT %s OFFSET %s"
            )
            rows = self.fetch(sql, [*params, limit, offset])
        else:
            sql = (
                f"SELECT d.page_id, ts_rank({RANK_WEIGHTS}, {VECTOR},"
                " to_tsquery('simple', %s)) AS rank"
                f" FROM ({matches} ORDER BY d.published_at DESC LIMIT {RANK_WINDOW}) d"
                " ORDER BY rank DESC, d.published_at DESC, d.page_id DESC"
                " LIMIT %s OFFSET %s"
            )
            rows = self.fetch(sql, [tsquery(query), *params, limit, offset])
        return [row[0] for row in rows]

    count_cap = COUNT_CAP

    def count(self, query):
        where, params = self.where(query)
        sql = (
            f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} d"
            f" WHERE {' AND '.join(where)} LIMIT {COUNT_CAP}) capped"
        )
        return self.fetch(sql, params)[0][0]
