"""Refresh the planner's statistics after a bulk load.

Right after hundreds of thousands of rows arrive by COPY or executemany, the
database has no statistics for them and may plan name look-ups as full scans
(or, on PostgreSQL, through a trigram index that is slow for exact matches):
extraction then spends most of its time waiting on the gazetteer.
"""

from django.db import connection


def refresh_statistics(*models) -> None:
    with connection.cursor() as cursor:
        for model in models:
            cursor.execute(f'ANALYZE "{model._meta.db_table}"')
