import django.db.models.deletion
from django.db import migrations, models

# A copy of backends.postgres.WEIGHTED_VECTOR as it was at this migration: the
# query must use the very expression the index was built on.
WEIGHTED_VECTOR = (
    "setweight(to_tsvector('simple'::regconfig, title_stems), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, kicker_stems), 'B') || "
    "setweight(to_tsvector('simple'::regconfig, body_stems), 'D')"
)
TABLE = "warta_search_searchdocument"
SQLITE_UP = [
    f"""CREATE VIRTUAL TABLE warta_search_fts USING fts5(
        title_stems, kicker_stems, body_stems,
        content='{TABLE}', content_rowid='page_id',
        tokenize='unicode61 remove_diacritics 2')""",
    f"""CREATE TRIGGER warta_search_ai AFTER INSERT ON {TABLE} BEGIN
        INSERT INTO warta_search_fts(rowid, title_stems, kicker_stems, body_stems)
        VALUES (new.page_id, new.title_stems, new.kicker_stems, new.body_stems);
    END""",
    f"""CREATE TRIGGER warta_search_ad AFTER DELETE ON {TABLE} BEGIN
        INSERT INTO warta_search_fts(warta_search_fts, rowid, title_stems,
            kicker_stems, body_stems)
        VALUES ('delete', old.page_id, old.title_stems, old.kicker_stems,
            old.body_stems);
    END""",
    f"""CREATE TRIGGER warta_search_au AFTER UPDATE ON {TABLE} BEGIN
        INSERT INTO warta_search_fts(warta_search_fts, rowid, title_stems,
            kicker_stems, body_stems)
        VALUES ('delete', old.page_id, old.title_stems, old.kicker_stems,
            old.body_stems);
        INSERT INTO warta_search_fts(rowid, title_stems, kicker_stems, body_stems)
        VALUES (new.page_id, new.title_stems, new.kicker_stems, new.body_stems);
    END""",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS warta_search_ai",
    "DROP TRIGGER IF EXISTS warta_search_ad",
    "DROP TRIGGER IF EXISTS warta_search_au",
    "DROP TABLE IF EXISTS warta_search_fts",
]
PG_UP = [f"CREATE INDEX warta_search_vector_gin ON {TABLE} USING GIN (({WEIGHTED_VECTOR}))"]
PG_DOWN = ["DROP INDEX IF EXISTS warta_search_vector_gin"]


def full_text(apps, schema_editor, up=True):
    vendor = schema_editor.connection.vendor
    statements = {"sqlite": (SQLITE_UP, SQLITE_DOWN), "postgresql": (PG_UP, PG_DOWN)}
    for sql in statements.get(vendor, ((), ()))[0 if up else 1]:
        schema_editor.execute(sql)


def full_text_down(apps, schema_editor):
    full_text(apps, schema_editor, up=False)


class Migration(migrations.Migration):
    initial = True

    dependencies = [("wagtailcore", "0001_initial")]

    operations = [
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                (
                    "page",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to="wagtailcore.page",
                    ),
                ),
                ("title_stems", models.TextField(blank=True)),
                ("kicker_stems", models.TextField(blank=True)),
                ("body_stems", models.TextField(blank=True)),
                (
                    "body_text",
                    models.TextField(blank=True, help_text="Plain text for snippets."),
                ),
                ("published_at", models.DateTimeField(db_index=True)),
                ("section_id", models.IntegerField(db_index=True, null=True)),
            ],
            options={
                "indexes": [
                    models.Index(
                        fields=["section_id", "published_at"],
                        name="warta_searc_section_5a33de_idx",
                    )
                ]
            },
        ),
        migrations.RunPython(full_text, full_text_down),
    ]
