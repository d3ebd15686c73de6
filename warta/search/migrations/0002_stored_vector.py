"""PostgreSQL: the weighted vector stored in a generated column, indexed.

Ranking with ts_rank read the expression index's vector again from the text
(to_tsvector on every matching story): a word found in most of a 100,000-story
archive took seconds. A stored column is computed once, on write.
"""

from django.db import migrations

TABLE = "warta_search_searchdocument"
WEIGHTED_VECTOR = (
    "setweight(to_tsvector('simple'::regconfig, title_stems), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, kicker_stems), 'B') || "
    "setweight(to_tsvector('simple'::regconfig, body_stems), 'D')"
)
PG_UP = [
    f"ALTER TABLE {TABLE} ADD COLUMN search_vector tsvector"
    f" GENERATED ALWAYS AS ({WEIGHTED_VECTOR}) STORED",
    "DROP INDEX IF EXISTS warta_search_vector_gin",
    f"CREATE INDEX warta_search_vector_gin ON {TABLE} USING GIN (search_vector)",
]
PG_DOWN = [
    "DROP INDEX IF EXISTS warta_search_vector_gin",
    f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS search_vector",
    f"CREATE INDEX warta_search_vector_gin ON {TABLE} USING GIN (({WEIGHTED_VECTOR}))",
]


def stored_vector(apps, schema_editor, up=True):
    if schema_editor.connection.vendor == "postgresql":
        for sql in PG_UP if up else PG_DOWN:
            schema_editor.execute(sql)


def stored_vector_down(apps, schema_editor):
    stored_vector(apps, schema_editor, up=False)


class Migration(migrations.Migration):
    dependencies = [("warta_search", "0001_initial")]

    operations = [migrations.RunPython(stored_vector, stored_vector_down)]
