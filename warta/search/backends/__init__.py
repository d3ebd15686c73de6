"""Search backends behind one interface, chosen by the database vendor."""

from django.db import connection

from warta.search.backends.base import NEWEST, RELEVANCE, Query, SearchBackend


def get_backend():
    if connection.vendor == "postgresql":
        from warta.search.backends.postgres import PostgresBackend

        return PostgresBackend()
    from warta.search.backends.sqlite import SQLiteBackend

    return SQLiteBackend()


__all__ = ["NEWEST", "RELEVANCE", "Query", "SearchBackend", "get_backend"]
