"""The stored full-text vector of each incident: its own words and its sources' text (PostgreSQL).

The column exists on every backend (null on SQLite, where search keeps its substring path). On
PostgreSQL the migration fills it in one UPDATE, builds the GIN index after the fill (faster than
maintaining it row by row), and analyzes the table: a column without statistics misleads the planner
(see 0010). The index is raw SQL, as in 0002 and 0004, because a GIN index cannot be created on SQLite.

BACKFILL_SQL computes what the triggers of 0012 keep; tests/scale/test_search_vector.py holds the two equal.
"""

import django.contrib.postgres.search
from django.db import migrations

from incidents.migrations._postgresql import PostgreSQLOnlySQL

BACKFILL_SQL = """
UPDATE incidents_incident AS i SET search_vector =
    setweight(to_tsvector('english'::regconfig, COALESCE(i.search_text, '')), 'A')
    || setweight(to_tsvector('english'::regconfig, COALESCE((
        SELECT string_agg(s.text, ' ' ORDER BY s.id)
        FROM incidents_incidentsource AS l JOIN incidents_source AS s ON s.id = l.source_id
        WHERE l.incident_id = i.id
    ), '')), 'B')
"""


class Migration(migrations.Migration):
    dependencies = [
        ("incidents", "0010_review_reason_and_assignee"),
    ]

    operations = [
        migrations.AddField(
            model_name="incident",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True, serialize=False),
        ),
        PostgreSQLOnlySQL(sql=BACKFILL_SQL, reverse_sql=migrations.RunSQL.noop),
        PostgreSQLOnlySQL(
            sql='CREATE INDEX IF NOT EXISTS incident_search_vector ON "incidents_incident" USING gin ("search_vector")',
            reverse_sql="DROP INDEX IF EXISTS incident_search_vector",
        ),
        migrations.RunSQL("ANALYZE incidents_incident", reverse_sql=migrations.RunSQL.noop, elidable=True),
    ]
