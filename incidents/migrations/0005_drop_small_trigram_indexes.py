"""Drop the trigram indexes of the small name tables (groups, persons and their aliases).

Once statistics exist, PostgreSQL's planner picked `group_alias_name_trgm` for the
gazetteer's exact `name_folded = ANY(...)` look-ups (pg_trgm GIN supports equality),
which took ~770 ms per query instead of ~2 ms through the B-tree: extraction on
PostgreSQL spent most of its time there. These tables hold thousands of rows, where a
`LIKE '%x%'` scan costs a few milliseconds, so the trigram indexes bought little.
The place tables (hundreds of thousands of rows) keep theirs: there the planner uses
the B-tree for exact look-ups (checked with EXPLAIN after ANALYZE).
"""

from django.db import migrations

from incidents.migrations._postgresql import PostgreSQLOnlySQL

DROPPED = [
    ("incidents_group", "group_name_trgm"),
    ("incidents_groupalias", "group_alias_name_trgm"),
    ("incidents_person", "person_name_trgm"),
    ("incidents_personalias", "person_alias_name_trgm"),
]


class Migration(migrations.Migration):
    dependencies = [
        ("incidents", "0004_source_text_search_index"),
    ]

    operations = [
        PostgreSQLOnlySQL(
            sql=f"DROP INDEX IF EXISTS {name}",
            reverse_sql=f'CREATE INDEX IF NOT EXISTS {name} ON "{table}" USING gin ("name_folded" gin_trgm_ops)',
        )
        for table, name in DROPPED
    ]
