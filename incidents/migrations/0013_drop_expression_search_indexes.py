"""Drop the expression full-text indexes of 0002 and 0004 (PostgreSQL; nothing on SQLite).

Search reads `Incident.search_vector` (0011) through its GIN index `incident_search_vector`.
Nothing filters on `to_tsvector('english', COALESCE(search_text, ''))` or on the same
expression over a source's text any more (the sources page matches title, text and URL with
icontains), so the two indexes were only written on every insert and update, and kept in
memory and on disk. Reversing this migration builds them again.
"""

from django.db import migrations

from incidents.migrations._postgresql import PostgreSQLOnlySQL

SEARCH_VECTOR_SQL = "to_tsvector('english'::regconfig, COALESCE(\"search_text\", ''))"
SOURCE_VECTOR_SQL = "to_tsvector('english'::regconfig, COALESCE(\"text\", ''))"


class Migration(migrations.Migration):
    dependencies = [
        ("incidents", "0012_incident_search_vector_triggers"),
    ]

    operations = [
        PostgreSQLOnlySQL(
            sql="DROP INDEX IF EXISTS incident_search_fts",
            reverse_sql=(
                f'CREATE INDEX IF NOT EXISTS incident_search_fts ON "incidents_incident" USING gin ({SEARCH_VECTOR_SQL})'
            ),
        ),
        PostgreSQLOnlySQL(
            sql="DROP INDEX IF EXISTS source_text_fts",
            reverse_sql=f'CREATE INDEX IF NOT EXISTS source_text_fts ON "incidents_source" USING gin ({SOURCE_VECTOR_SQL})',
        ),
    ]
