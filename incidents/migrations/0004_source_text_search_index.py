"""PostgreSQL-only GIN full-text index on the article text of sources; nothing on SQLite.

The incident search also matches ``SearchVector("source__text", config="english")``
(``to_tsvector('english'::regconfig, COALESCE("text", ''))`` on incidents_source).
Without this index every search computes the vector of every article (seconds at
50,000 sources). It was first part of 0002; databases that applied that version
already have it, hence IF NOT EXISTS.
"""

from django.db import migrations

from incidents.migrations._postgresql import PostgreSQLOnlySQL

SOURCE_VECTOR_SQL = "to_tsvector('english'::regconfig, COALESCE(\"text\", ''))"


class Migration(migrations.Migration):
    dependencies = [
        ("incidents", "0003_btree_indexes_for_lists_and_dashboard"),
    ]

    operations = [
        PostgreSQLOnlySQL(
            sql=f'CREATE INDEX IF NOT EXISTS source_text_fts ON "incidents_source" USING gin ({SOURCE_VECTOR_SQL})',
            reverse_sql="DROP INDEX IF EXISTS source_text_fts",
        ),
    ]
