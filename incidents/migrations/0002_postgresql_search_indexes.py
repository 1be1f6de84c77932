"""PostgreSQL-only search indexes; nothing happens on SQLite.

- A GIN full-text index on exactly the expression Django generates for
  ``SearchVector("search_text", config="english")``:
  ``to_tsvector('english'::regconfig, COALESCE("search_text", ''))``. A query matching
  it with ``@@`` (``.filter(vector=SearchQuery(..., config="english"))``) uses the index;
  a filter on ``SearchRank(...) > 0`` alone cannot. (The same index on the article
  text of sources is in 0004.)
- Trigram GIN indexes (pg_trgm) on the folded names and aliases of groups, persons and
  places, for ``name_folded__contains`` (LIKE '%x%') and ``__trigram_similar`` lookups.

The indexes live outside Django's model state (they are raw SQL on one backend), so
``makemigrations --check`` stays clean on both databases.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

from incidents.migrations._postgresql import PostgreSQLOnlySQL

SEARCH_VECTOR_SQL = "to_tsvector('english'::regconfig, COALESCE(\"search_text\", ''))"

TRIGRAM_INDEXES = [
    ("incidents_group", "group_name_trgm"),
    ("incidents_groupalias", "group_alias_name_trgm"),
    ("incidents_person", "person_name_trgm"),
    ("incidents_personalias", "person_alias_name_trgm"),
    ("incidents_location", "location_name_trgm"),
    ("incidents_locationname", "location_altname_trgm"),
]


class Migration(migrations.Migration):
    dependencies = [
        ("incidents", "0001_initial"),
    ]

    operations = [
        TrigramExtension(),  # CREATE EXTENSION IF NOT EXISTS pg_trgm; skipped on other databases
        PostgreSQLOnlySQL(
            sql=f'CREATE INDEX IF NOT EXISTS incident_search_fts ON "incidents_incident" USING gin ({SEARCH_VECTOR_SQL})',
            reverse_sql="DROP INDEX IF EXISTS incident_search_fts",
        ),
        *[
            PostgreSQLOnlySQL(
                sql=f'CREATE INDEX IF NOT EXISTS {name} ON "{table}" USING gin ("name_folded" gin_trgm_ops)',
                reverse_sql=f"DROP INDEX IF EXISTS {name}",
            )
            for table, name in TRIGRAM_INDEXES
        ],
    ]
