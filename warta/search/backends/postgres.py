"""Production: PostgreSQL full-text search over our stems.

The 'simple' configuration only lower-cases: stemming is already done, in
Python, the same way as on SQLite. A GIN index on the weighted vector
expression (created in the migration) answers the match; ts_rank with the
A/B/D weights ranks headline over kicker over body.
"""

from warta.search.backends.base import NEWEST, WEIGHTS, SearchBackend

TABLE = "warta_search_searchdocument"
WEIGHTED_VECTOR = (
    "setweight(to_tsvector('simple'::regconfig, title_stems), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, kicker_stems), 'B') || "
    "setweight(to_tsvector('simple'::regconfig, body_stems), 'D')"
)
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
            [f"({WEIGHTED_VECTOR}) @@ to_tsquery('simple', %s)", *where],
            [tsquery(query), *params],
        )

    def search(self, query, offset, limit):
        where, params = self.where(query)
        if query.order == NEWEST:
            rank, order = "0", "d.published_at DESC, d.page_id DESC"
            rank_params = []
        else:
            rank = (
                f"ts_rank({RANK_WEIGHTS}, ({WEIGHTED_VECTOR}),"
                " to_tsquery('simple', %s))"
            )
            rank_params = [tsquery(query)]
            order = "rank DESC, d.published_at DESC, d.page_id DESC"
        sql = (
            f"SELECT d.page_id, {rank} AS rank FROM {TABLE} d"
            f" WHERE {' AND '.join(where)} ORDER BY {order} LIMIT %s OFFSET %s"
        )
        rows = self.fetch(sql, [*rank_params, *params, limit, offset])
        return [row[0] for row in rows]

    def count(self, query):
        where, params = self.where(query)
        sql = f"SELECT count(*) FROM {TABLE} d WHERE {' AND '.join(where)}"
        return self.fetch(sql, params)[0][0]
