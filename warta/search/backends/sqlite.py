"""The embedded default: SQLite FTS5 over the stems, ranked with bm25."""

from warta.search.backends.base import NEWEST, WEIGHTS, SearchBackend

TABLE = "warta_search_searchdocument"
RANK = f"bm25(warta_search_fts, {', '.join(map(str, WEIGHTS))})"
TIE_WINDOW = 100


def match_expression(query):
    """An FTS5 MATCH string built only from stems, each one quoted.

    Stems are runs of letters and digits, so the quoting cannot be broken; FTS5
    operators in a reader's text (AND, NEAR, *, ^, column filters) never reach
    this point as syntax.
    """
    groups = []
    for group in query.groups:
        quoted = " OR ".join('"' + stem.replace('"', "") + '"' for stem in group)
        groups.append(f"({quoted})" if len(group) > 1 else quoted)
    return (" AND " if query.match_all else " OR ").join(groups)


class SQLiteBackend(SearchBackend):
    vendor = "sqlite"

    def where(self, query):
        where, params = self.filters(query)
        return (
            ["warta_search_fts MATCH %s", *where],
            [match_expression(query), *params],
        )

    def search(self, query, offset, limit):
        if query.order == NEWEST:
            return self.newest(query, offset, limit)
        where, params = self.where(query)
        if len(where) == 1:
            return self.best(query, offset, limit)
        sql = (
            f"SELECT d.page_id, {RANK} AS rank FROM warta_search_fts JOIN {TABLE} d"
            " ON d.page_id = warta_search_fts.rowid"
            f" WHERE {' AND '.join(where)}"
            " ORDER BY rank, d.published_at DESC, d.page_id DESC LIMIT %s OFFSET %s"
        )
        return [row[0] for row in self.fetch(sql, [*params, limit, offset])]

    def best(self, query, offset, limit):
        """Unfiltered relevance: rank in FTS5 alone, then break ties by date.

        Joining every match to its date before ranking costs three times as
        much for a word found in most stories; ties only matter among the best,
        so a window a little past the requested page is enough.
        """
        sql = (
            f"SELECT d.page_id FROM (SELECT rowid AS id, {RANK} AS rank"
            " FROM warta_search_fts WHERE warta_search_fts MATCH %s"
            f" ORDER BY rank LIMIT %s) m JOIN {TABLE} d ON d.page_id = m.id"
            " ORDER BY m.rank, d.published_at DESC, d.page_id DESC LIMIT %s OFFSET %s"
        )
        window = offset + limit + TIE_WINDOW
        params = [match_expression(query), window, limit, offset]
        return [row[0] for row in self.fetch(sql, params)]

    def newest(self, query, offset, limit):
        where, params = self.filters(query)
        where.insert(
            0,
            "d.page_id IN (SELECT rowid FROM warta_search_fts"
            " WHERE warta_search_fts MATCH %s)",
        )
        sql = (
            f"SELECT d.page_id FROM {TABLE} d WHERE {' AND '.join(where)}"
            " ORDER BY d.published_at DESC, d.page_id DESC LIMIT %s OFFSET %s"
        )
        rows = self.fetch(sql, [match_expression(query), *params, limit, offset])
        return [row[0] for row in rows]

    def count(self, query):
        where, params = self.where(query)
        if len(where) == 1:
            sql = (
                "SELECT count(*) FROM warta_search_fts WHERE warta_search_fts MATCH %s"
            )
        else:
            sql = (
                f"SELECT count(*) FROM warta_search_fts JOIN {TABLE} d"
                f" ON d.page_id = warta_search_fts.rowid WHERE {' AND '.join(where)}"
            )
        return self.fetch(sql, params)[0][0]
