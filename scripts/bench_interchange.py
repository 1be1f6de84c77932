"""Time and peak memory of the exchange formats on PostgreSQL, and the API's queries per request.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/BENCH .venv/bin/python scripts/bench_interchange.py

BENCH must hold generated incidents (`make bench-data`, or `manage.py generate_volume`);
it is only read, except for one API user and token the script adds. The ACLED import
runs into a separate database (IMPORT_DB, created and given the gazetteer and groups
if missing), from a CSV of made-up rows on real gazetteer places written by the script.

Each measurement runs in a child process, so its peak resident memory is its own; the
figure printed beside it is that process's baseline after Django's setup.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class CountingSink:
    def __init__(self):
        self.bytes = 0

    def write(self, text: str) -> None:
        self.bytes += len(text.encode())


def task_export(fmt: str, count: int) -> dict:
    setup_django()
    from incidents.models import Incident
    from interchange import acled, stix

    ids = list(Incident.objects.order_by("-date_start", "-id").values_list("id", flat=True)[:count])
    queryset = Incident.objects.filter(pk__in=ids).order_by("-date_start", "-id")
    baseline = peak_mib()
    sink = CountingSink()
    chunks = stix.bundle_chunks(queryset) if fmt == "stix" else acled.csv_lines(queryset)
    started = time.perf_counter()
    for chunk in chunks:
        sink.write(chunk)
    return {
        "task": f"export {fmt}",
        "incidents": len(ids),
        "seconds": round(time.perf_counter() - started, 1),
        "output_mib": round(sink.bytes / 2**20, 1),
        "baseline_rss_mib": round(baseline, 1),
        "peak_rss_mib": round(peak_mib(), 1),
    }


def task_import(path: str) -> dict:
    setup_django()
    from interchange import acled

    baseline = peak_mib()
    started = time.perf_counter()
    with open(path, encoding="utf-8", newline="") as lines:
        report = acled.import_rows(lines)
    return {
        "task": "import acled",
        "rows": report.rows,
        "created": report.created,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "errors": len(report.errors),
        "seconds": round(time.perf_counter() - started, 1),
        "baseline_rss_mib": round(baseline, 1),
        "peak_rss_mib": round(peak_mib(), 1),
    }


def task_write_csv(path: str, rows: int) -> dict:
    """Made-up ACLED-format rows on real places (towns with their divisions) and known groups."""
    setup_django()
    from incidents.choices import ACLED_MAPPING, GroupKind, LocationKind
    from incidents.models import Group, Location
    from interchange import records

    rng = random.Random(17)
    countries = ["AF", "PK", "NG", "SO", "SY", "YE", "ML", "BF", "IQ", "MZ"]
    towns = list(
        Location.objects.filter(kind=LocationKind.CITY, country_code__in=countries, parent__kind=LocationKind.ADMIN2)
        .order_by("id")
        .values_list("name", "parent__name", "parent__parent__name", "country_code", "latitude", "longitude")[:3000]
    )
    armed = list(Group.objects.filter(kind=GroupKind.ARMED_GROUP).values_list("name", flat=True)[:200])
    state = list(Group.objects.filter(kind=GroupKind.STATE_FORCE).values_list("name", flat=True)[:50])
    types = list(ACLED_MAPPING.items())
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=__import__("interchange.acled").acled.COLUMNS)
        writer.writeheader()
        for n in range(rows):
            town, admin2, admin1, code, lat, lon = rng.choice(towns)
            incident_type, (event_type, sub_event_type) = rng.choice(types)
            country = records.country_info(code)
            writer.writerow(
                {
                    "event_id_cnty": f"BENCH{n:07d}",
                    "event_date": f"20{rng.randint(15, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    "time_precision": rng.choice("1112"),
                    "event_type": event_type,
                    "sub_event_type": sub_event_type,
                    "actor1": rng.choice(armed),
                    "actor2": rng.choice(state) if event_type == "Battles" else "",
                    "inter2": "1" if event_type == "Battles" else "",
                    "country": country["name"],
                    "iso": country["isonumeric"],
                    "admin1": admin1,
                    "admin2": admin2,
                    "location": town,
                    "latitude": lat,
                    "longitude": lon,
                    "geo_precision": 1,
                    "source": rng.choice(["Test Wire", "Second Test Daily", "Third Test Radio"]),
                    "notes": f"Made-up benchmark event {n}.",
                    "fatalities": rng.choice(["", "0", "1", "2", "5", "12"]),
                    "tags": f"desk_type={incident_type}",
                }
            )
    return {"task": "write csv", "rows": rows}


def task_api_queries() -> dict:
    """Queries per API request (token-authenticated), for small and large pages."""
    setup_django()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from rest_framework.authtoken.models import Token
    from rest_framework.test import APIClient

    from accounts.roles import VIEWER, assign_role
    from incidents.models import Group, Incident, Source

    user, created = get_user_model().objects.get_or_create(username="bench-api")
    if created:
        assign_role(user, VIEWER)
    token, _ = Token.objects.get_or_create(user=user)
    client = APIClient(SERVER_NAME="localhost")
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    incident, group, source = Incident.objects.first(), Group.objects.first(), Source.objects.first()
    urls = [
        "/api/incidents/?page_size=10",
        "/api/incidents/?page_size=500",
        "/api/incidents/?group=Taliban&page_size=100",
        f"/api/incidents/{incident.pk}/",
        "/api/groups/?page_size=10",
        "/api/groups/?page_size=500",
        f"/api/groups/{group.pk}/",
        "/api/persons/?page_size=500",
        "/api/locations/?page_size=500",
        "/api/sources/?page_size=500",
        f"/api/sources/{source.pk}/",
        "/api/notes/?page_size=500",
    ]
    counts = {}
    for url in urls:
        client.get(url)  # warm caches (content types)
        with CaptureQueriesContext(connection) as ctx:
            started = time.perf_counter()
            response = client.get(url)
            elapsed = time.perf_counter() - started
        queries = len(ctx.captured_queries)
        counts[url] = {"status": response.status_code, "queries": queries, "ms": round(elapsed * 1000)}
    return {"task": "api queries", "requests": counts}


def child(args: list[str], env: dict | None = None) -> dict:
    result = subprocess.run(  # noqa: S603 - this script, with its own arguments
        [sys.executable, __file__, "--child", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"child {args} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def psql(sql: str) -> str:
    command = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-tAc", sql]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()  # noqa: S603 S607


def ensure_import_db(name: str) -> str:
    """A fresh database `name` with the gazetteer and groups (the name is the operator's own option)."""
    if not name.replace("_", "").isalnum():
        raise SystemExit(f"not a plain database name: {name!r}")
    if psql(f"SELECT 1 FROM pg_database WHERE datname = '{name}'"):  # noqa: S608
        psql(f"DROP DATABASE {name}")
    psql(f"CREATE DATABASE {name}")
    url = f"postgres://postgres@127.0.0.1:5432/{name}"
    env = {**os.environ, "DATABASE_URL": url}
    for command in (["migrate", "--noinput", "-v0"], ["load_gazetteer"], ["load_groups"]):
        manage = [sys.executable, str(ROOT / "manage.py"), *command]
        subprocess.run(manage, env=env, check=True, stdout=subprocess.DEVNULL)  # noqa: S603
    return url


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--export-count", type=int, default=10_000)
    parser.add_argument("--import-rows", type=int, default=100_000)
    parser.add_argument("--import-db", default="opendata17_import", help="emptied and reloaded for the import run")
    parser.add_argument("--csv", default=str(Path(tempfile.gettempdir()) / "bench_acled.csv"))
    args = parser.parse_args()
    if args.child:
        task, *rest = args.child
        tasks = {"export": task_export, "import": task_import, "write-csv": task_write_csv, "api": task_api_queries}
        rest = [int(value) if value.isdigit() else value for value in rest]
        print(json.dumps(tasks[task](*rest)))
        return
    for task in (
        ["api"],
        ["export", "stix", str(args.export_count)],
        ["export", "acled", str(args.export_count)],
        ["write-csv", args.csv, str(args.import_rows)],
    ):
        print(json.dumps(child(task)), flush=True)
    import_url = ensure_import_db(args.import_db)
    print(json.dumps(child(["import", args.csv], {"DATABASE_URL": import_url})), flush=True)
    # Again: every row is now unchanged.
    print(json.dumps(child(["import", args.csv], {"DATABASE_URL": import_url})), flush=True)


if __name__ == "__main__":
    main()
