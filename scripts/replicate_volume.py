#!/usr/bin/env python
"""Make a database of N times the generated incidents from one generate_volume filled (benchmarks only).

    psql -c "CREATE DATABASE big TEMPLATE small"     # a copy of a generate_volume database
    .venv/bin/python scripts/replicate_volume.py postgres://postgres@127.0.0.1:5432/big --copies 9

generate_volume builds every record in Python; at 1,000,000 incidents on a shared 2-core
machine that takes hours. This repeats the generated incidents, their sources, actors,
persons, source links and mentions `--copies` more times inside PostgreSQL (new ids, each
copy's sources with their own sha256 and URL). Each copy keeps its original's date,
place, groups and persons, so every place, day and group gets N+1 times its incidents:
the distributions stay generate_volume's, the density grows. Groups, persons and places
are not repeated. Secondary indexes are dropped during the copy and rebuilt after it.
"""

import argparse
import sys
import time

import psycopg

# table -> {column: expression} for columns that change in a copy; {k} is the copy number,
# {T} a table's id offset. Every other column is copied as it is.
SHIFTED = {
    "incidents_source": {
        "id": "id + k * {incidents_source}",
        "sha256": "encode(sha256(convert_to(sha256 || ':copy:' || k, 'UTF8')), 'hex')",
        "url": "url || '#copy-' || k",
    },
    "incidents_incident": {
        "id": "id + k * {incidents_incident}",
        "possible_duplicate_of_id": "possible_duplicate_of_id + k * {incidents_incident}",
    },
    "incidents_incidentsource": {
        "id": "id + k * {incidents_incidentsource}",
        "incident_id": "incident_id + k * {incidents_incident}",
        "source_id": "source_id + k * {incidents_source}",
    },
    "incidents_incidentactor": {
        "id": "id + k * {incidents_incidentactor}",
        "incident_id": "incident_id + k * {incidents_incident}",
    },
    "incidents_incidentperson": {
        "id": "id + k * {incidents_incidentperson}",
        "incident_id": "incident_id + k * {incidents_incident}",
    },
    "incidents_mention": {
        "id": "id + k * {incidents_mention}",
        "source_id": "source_id + k * {incidents_source}",
    },
}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("database_url")
    parser.add_argument("--copies", type=int, default=9)
    args = parser.parse_args()
    started = time.monotonic()

    def log(message):
        print(f"[{time.monotonic() - started:7.1f}s] {message}", flush=True)

    with psycopg.connect(args.database_url, autocommit=True) as conn:
        offsets = {}
        for table in SHIFTED:
            top = conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]  # noqa: S608 - our names
            offsets[table] = 10 ** len(str(top))  # copy k's ids start past every original id
        if conn.execute(
            "SELECT count(*) FROM incidents_incident WHERE id > %s", [offsets["incidents_incident"]]
        ).fetchone()[0]:
            sys.exit("this database already holds copies")
        conn.execute("SET maintenance_work_mem = '1GB'")
        conn.execute("SET synchronous_commit = off")
        indexes = conn.execute(
            """
            SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
            FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
            WHERE t.relname = ANY(%s) AND NOT i.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            """,
            [list(SHIFTED)],
        ).fetchall()
        with conn.transaction():
            conn.execute("SET LOCAL session_replication_role = replica")  # no FK triggers row by row
            for name, _ in indexes:
                conn.execute(f"DROP INDEX {name}")
            log(f"dropped {len(indexes)} secondary indexes")
            for table, shifted in SHIFTED.items():
                columns = [
                    row[0]
                    for row in conn.execute(
                        "SELECT column_name FROM information_schema.columns "
                        "WHERE table_name = %s ORDER BY ordinal_position",
                        [table],
                    )
                ]
                exprs = [shifted.get(c, f'"{c}"').format(**offsets) for c in columns]
                names = ", ".join(f'"{c}"' for c in columns)
                # Table and column names come from SHIFTED and the catalogue, values are parameters.
                insert = f"INSERT INTO {table} ({names}) SELECT {', '.join(exprs)} FROM {table}, "  # noqa: S608
                insert += "generate_series(1, %s) AS k WHERE id < %s"
                count = conn.execute(insert, [args.copies, offsets[table]]).rowcount
                conn.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"  # noqa: S608
                )
                log(f"{table}: {count:,} rows added")
        for name, definition in indexes:
            conn.execute(definition)
            log(f"rebuilt {name}")
        conn.execute("VACUUM ANALYZE")
        log("vacuum analyze done")
        size = conn.execute("SELECT pg_size_pretty(pg_database_size(current_database()))").fetchone()[0]
        log(f"database size {size}")


if __name__ == "__main__":
    main()
