#!/usr/bin/env python
"""Benchmark the analyst pages on PostgreSQL at volume (not a test: it prints figures).

    make bench-data bench-pages        # 100,000 incidents in database "scalebench", then this script
    make bench-curve-data bench-curve  # a 100,000 and a 1,000,000 database, measured in one run
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/small .venv/bin/python scripts/bench_pages.py \\
        [--databases small big] [--requests 50] [--wrk-seconds 20] [--explain] [--wrk-reference]

Fill each database first (migrate, load_gazetteer, load_groups, generate_volume; for a
bigger one scripts/replicate_volume.py). For each page and database the script prints the
server time (median and p95, in-process with Django's test client logged in as an
analyst), the time in SQL (median), the rest ("python"), and the number of SQL queries (at
the default page size and at 200 rows a page, which must be equal). With several
databases each page is timed in alternating halves (A, B, A, B), so the host's drift
falls on both, and a table of growth factors (last database ÷ first) follows. Then two
references (a signed-in request that reads nothing; the layout and filter form alone),
the CSV export of about 10,000 incidents (time and peak Python memory against 2,500: flat
when streamed), warm ingest per article (persisting only, rolled back) with its queries
per article, and requests per second on the country list through gunicorn with 4
workers under wrk on loopback. --explain prints EXPLAIN ANALYZE of the slowest queries
on the last database (the first also without the scale indexes: slow at 1,000,000).

Settings are production-like: DEBUG off (no query log), static files collected to a
temporary folder, cookies and redirects relaxed for plain-HTTP loopback.
"""

import argparse
import os
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlencode, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BENCH_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings",
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "bench-only-secret-key-not-for-production-0123456789",
    "DJANGO_ALLOWED_HOSTS": "testserver,127.0.0.1,localhost",
    "DJANGO_SECURE_SSL_REDIRECT": "0",
    "DJANGO_SECURE_COOKIES": "0",
    "DJANGO_HSTS_SECONDS": "0",
    "DJANGO_STATIC_ROOT": str(Path(tempfile.gettempdir()) / "bench_static"),
    "DJANGO_LOG_LEVEL": "ERROR",
}
# Targets at 1,000,000 incidents (issue 14).
TARGET_P95_MS = 100.0
TARGET_GROWTH = 1.5
# In-process references (ms), and the same pages through gunicorn under --wrk-reference.
REFERENCES = (
    ("a signed-in request that reads nothing (session and user only)", "/groups/suggest/?q="),
    ("the layout and filter form alone (the map page, no rows)", "/map/"),
)
TARGET_RPS = 150.0


def setup_django():
    for key, value in BENCH_ENV.items():
        os.environ.setdefault(key, value)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    if connection.vendor != "postgresql":
        sys.exit("bench_pages.py runs on PostgreSQL: set DATABASE_URL=postgres://...")
    call_command("collectstatic", interactive=False, verbosity=0)


class SqlTimer:
    """execute_wrapper that counts queries and sums their time (and keeps the slowest)."""

    def __init__(self):
        self.reset()

    def reset(self):
        self.count = 0
        self.seconds = 0.0
        self.slowest = (0.0, "", None)
        self.log = []

    def __call__(self, execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            elapsed = time.perf_counter() - start
            self.count += 1
            self.seconds += elapsed
            self.log.append((elapsed, sql))
            if elapsed > self.slowest[0]:
                self.slowest = (elapsed, sql, params)


def pick_parameters():
    """Realistic filter values taken from the data: the busiest country, admin1, group..."""
    from django.db.models import Count

    from incidents.choices import LocationKind
    from incidents.models import GroupAlias, Incident, IncidentActor, IncidentSource, Location

    by_place = dict(
        Incident.objects.exclude(location=None).order_by().values_list("location_id").annotate(n=Count("id"))
    )
    parents = {}
    frontier = set(by_place)
    while frontier:
        rows = list(Location.objects.filter(id__in=frontier).values_list("id", "parent_id", "kind", "country_code"))
        frontier = set()
        for pk, parent_id, kind, cc in rows:
            parents[pk] = (parent_id, kind, cc)
            if parent_id and parent_id not in parents:
                frontier.add(parent_id)
    in_subtree = {}
    for pk, n in by_place.items():
        node, seen = pk, 0
        while node and seen < 8:
            in_subtree[node] = in_subtree.get(node, 0) + n
            node = parents.get(node, (None,))[0]
            seen += 1
    countries = [pk for pk in in_subtree if parents[pk][1] == LocationKind.COUNTRY]
    admin1s = [pk for pk in in_subtree if parents[pk][1] == LocationKind.ADMIN1]
    country = Location.objects.get(pk=max(countries, key=in_subtree.get))
    admin1 = Location.objects.get(pk=max(admin1s, key=in_subtree.get))
    top = (
        IncidentActor.objects.filter(role="perpetrator")
        .order_by()
        .values("group_id")
        .annotate(n=Count("id"))
        .order_by("-n")
        .first()
    )
    group_id, group_n = top["group_id"], top["n"]
    alias = GroupAlias.objects.filter(group_id=group_id).order_by("-case_sensitive", "id").first()
    dates = Incident.objects.exclude(date_start=None).order_by("-date_start").values_list("date_start", flat=True)
    ten_thousandth = dates[9_999] if dates.count() > 10_000 else dates.last()
    newest = dates.first()
    busy = (
        IncidentSource.objects.order_by()
        .values("incident_id")
        .annotate(n=Count("id"))
        .filter(n__gte=2)
        .order_by("-n", "incident_id")
        .first()
    )
    # A place name as analysts type it: the busiest town's (selective, a few hundred matches).
    busiest_town = max(
        (pk for pk in by_place if parents[pk][1] == LocationKind.CITY), key=by_place.get, default=country.pk
    )
    place_word = Location.objects.get(pk=busiest_town).name
    detail_id = busy["incident_id"] if busy else Incident.objects.order_by("id").values_list("id", flat=True).first()
    return {
        "country": country,
        "country_n": in_subtree[country.pk],
        "admin1": admin1,
        "admin1_n": in_subtree[admin1.pk],
        "group_id": group_id,
        "group_n": group_n,
        "group_value": alias.name if alias else str(group_id),
        "export_from": ten_thousandth,
        "newest": newest,
        "detail_id": detail_id,
        "place_word": place_word,
    }


def label(location):
    return f"{location.name} [{location.pk}]"


def build_pages(p):
    """(name, url, kind) for every page benchmarked; kind 'list' pages get the 2x-SQL check."""
    year = p["newest"].year
    date_range = {"date_from": f"{year - 1}-01-01", "date_to": f"{year - 1}-03-31"}
    combined = {
        "location": label(p["country"]),
        "type": ["bombing", "suicide_bombing", "armed_clash"],
        "date_from": f"{year - 3}-01-01",
        "date_to": f"{year}-12-31",
        "fatalities_min": 1,
        "q": "mosque",
    }
    country = f"incidents: country ({p['country'].name}, {p['country_n']:,})"
    in_country = label(p["country"])
    admin1 = f"incidents: admin1 subtree ({p['admin1'].name}, {p['admin1_n']:,})"
    return [
        ("dashboard", "/", "page"),
        ("incidents: unfiltered", "/incidents/", "list"),
        (country, _q({"location": label(p["country"])}), "list"),
        (admin1, _q({"location": label(p["admin1"])}), "list"),
        # Sorted by a column: each sort ends on the id, which the column's index must hold too.
        *(
            (f"incidents: country by {name} ({p['country'].name})", _q({"location": in_country, "sort": sort}), "list")
            for name, sort in (("deaths", "-fatalities"), ("type", "type"), ("status", "status"), ("place", "location"))
        ),
        ("incidents: unfiltered by deaths", _q({"sort": "-fatalities"}), "list"),
        ("incidents: unfiltered by place", _q({"sort": "location"}), "list"),
        (f"incidents: group alias ({p['group_value']})", _q({"group": p["group_value"]}), "list"),
        ("incidents: date range (3 months)", _q(date_range), "list"),
        (f"incidents: free text, selective ('{p['place_word']}')", _q({"q": p["place_word"]}), "list"),
        ("incidents: free text, broad ('suicide bomber')", _q({"q": "suicide bomber"}), "list"),
        ("incidents: combined", _q(combined), "list"),
        ("incident detail", f"/incidents/{p['detail_id']}/", "page"),
        (f"group page ({p['group_n']:,} incidents)", f"/groups/{p['group_id']}/", "page"),
        (f"location page ({p['admin1'].name})", f"/locations/{p['admin1'].pk}/", "page"),
        ("desk: review queue", "/queue/", "list"),
        ("desk: queue, changed after review", "/queue/?section=changed", "list"),
        ("desk: queue, new persons", "/queue/?section=persons", "list"),
        ("desk: incidents, possible duplicates", _q({"possible_duplicates": "on"}), "list"),
        ("desk: places with incidents, by count", "/locations/", "list"),
        ("desk: groups by activity", "/groups/", "list"),
    ]  # fmt: skip


def _q(params, path="/incidents/"):
    return f"{path}?{urlencode(params, doseq=True)}"


def consume(response):
    if response.streaming:
        size = 0
        for chunk in response.streaming_content:
            size += len(chunk)
        return size
    return len(response.content)


@contextmanager
def timed_sql(timer):
    from django.db import connection

    with connection.execute_wrapper(timer):
        yield


def bench_page(client, url, requests, timer, warm=3):
    for _ in range(warm):  # warm caches, connections, template loaders
        response = client.get(url)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
        consume(response)
    times, sql_times = [], []
    queries = 0
    slowest = (0.0, "", None)
    for _ in range(requests):
        timer.reset()
        start = time.perf_counter()
        with timed_sql(timer):
            response = client.get(url)
            consume(response)
        times.append(time.perf_counter() - start)
        sql_times.append(timer.seconds)
        queries = max(queries, timer.count)
        if timer.slowest[0] > slowest[0]:
            slowest = timer.slowest
    return {"times": times, "sql_times": sql_times, "queries": queries, "slowest": slowest}


def count_queries(client, url, timer):
    timer.reset()
    with timed_sql(timer):
        consume(client.get(url))
    return timer.count


def percentile(values, pct):
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def bench_export(client, url, runs, timer):
    times = []
    size = 0
    for _ in range(runs):
        timer.reset()
        start = time.perf_counter()
        with timed_sql(timer):
            response = client.get(url)
            size = consume(response)
        times.append(time.perf_counter() - start)
    peaks = {}
    return {"median": statistics.median(times) * 1000, "bytes": size, "queries": timer.count, "peaks": peaks}


def export_peak(client, url):
    """Peak Python memory while the response is produced and consumed (bytes)."""
    tracemalloc.start()
    tracemalloc.reset_peak()
    response = client.get(url)
    consume(response)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


# Indexes added for scale (migrations 0002, 0003 and 0011; 0013 dropped the two expression ones);
# --explain shows plans without and with them.
SCALE_INDEXES = (
    "incident_search_vector",
    "group_name_trgm",
    "group_alias_name_trgm",
    "person_name_trgm",
    "person_alias_name_trgm",
    "location_name_trgm",
    "location_altname_trgm",
    "incident_actor_role_group",
    "incident_actor_group_cover",
    "incident_person_cover",
    "incident_source_cover",
    "location_country_cover",
    "person_name",
)


def explain(sql, params, without_scale_indexes=False):
    """EXPLAIN ANALYZE; optionally with the scale indexes dropped in a rolled-back transaction."""
    from django.db import connection, transaction

    class Rollback(Exception):
        pass

    lines = []
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            if without_scale_indexes:
                for name in SCALE_INDEXES:
                    cursor.execute(f'DROP INDEX IF EXISTS "{name}"')
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
            lines = [row[0] for row in cursor.fetchall()]
            raise Rollback
    except Rollback:
        pass
    return "\n".join(lines)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _proc_stat(pid):
    """(parent pid, CPU seconds) of a process from Linux's /proc, or None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read()
    except OSError:
        return None
    after_name = fields[fields.rfind(")") + 2 :].split()  # the name may hold spaces; the fields after it do not
    return int(after_name[1]), (int(after_name[11]) + int(after_name[12])) / os.sysconf("SC_CLK_TCK")


def cpu_seconds_by_process(server_pid, database):
    """{pid: (kind, CPU seconds so far)} for the benchmark's own processes: the server process `server_pid` and its
    descendants ("gunicorn") and PostgreSQL's backends serving `database` ("postgres", told by their process
    title). {} where there is no /proc. Read before and after a wrk run, it tells where each request's CPU went."""
    if not os.path.isdir("/proc"):
        return {}
    stats, titles = {}, {}
    for name in os.listdir("/proc"):
        if name.isdigit() and (stat := _proc_stat(int(name))) is not None:
            stats[int(name)] = stat
            try:
                with open(f"/proc/{name}/cmdline", "rb") as cmdline:
                    titles[int(name)] = cmdline.read().decode(errors="replace")
            except OSError:
                titles[int(name)] = ""
    server = {server_pid}
    grew = True
    while grew:  # the server's descendants, however deep
        found = {pid for pid, (parent, _) in stats.items() if parent in server} - server
        server |= found
        grew = bool(found)
    spent = {}
    for pid, (_, seconds) in stats.items():
        if pid in server:
            spent[pid] = ("gunicorn", seconds)
        elif titles[pid].startswith("postgres: ") and f" {database} " in titles[pid]:
            spent[pid] = ("postgres", seconds)
    return spent


def cpu_per_request(before, after, children_before, children_after, requests):
    """Milliseconds of CPU per request by process kind, wrk's own (a reaped child) included. Each process counts
    what it spent between the readings (one started since counts from zero; one gone since is lost, never negative)."""
    if not after or not requests:
        return {}
    split = {"gunicorn": 0.0, "postgres": 0.0}
    for pid, (kind, seconds) in after.items():
        split[kind] += 1000 * max(0.0, seconds - before.get(pid, (kind, 0.0))[1]) / requests
    wrk = (children_after.ru_utime - children_before.ru_utime) + (children_after.ru_stime - children_before.ru_stime)
    split["wrk"] = 1000 * wrk / requests
    return split


def cpu_budget_ms(rate):
    """Milliseconds of CPU a request may take, all processes together, for `rate` requests a second on the cores
    this process may use: two cores give 2,000 ms a second, so 150 requests/s leave 13.3 ms."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return 1000 * cores / rate, cores


class WrkRun(NamedTuple):
    out: str | None  # wrk's report, None when it did not run
    split: dict  # CPU ms per request by process kind ({} when not measured)
    error: str | None = None


def run_wrk(url_path, cookie, seconds, connections, database) -> WrkRun:
    """wrk's output and the CPU per request by process kind, or why it did not run."""
    if not shutil.which("wrk"):
        return WrkRun(None, {}, "wrk is not installed (apt-get install -y wrk)")
    port = free_port()
    url = urlsplit(os.environ["DATABASE_URL"])
    env = {**os.environ, "DATABASE_URL": urlunsplit(url._replace(path=f"/{database}"))}
    gunicorn = ROOT / ".venv" / "bin" / "gunicorn"
    cmd = [
        str(gunicorn) if gunicorn.exists() else "gunicorn",
        "-c",
        "config/gunicorn.conf.py",
        "config.wsgi:application",
        "--workers",
        "4",
        "--bind",
        f"127.0.0.1:{port}",
        "--log-level",
        "warning",
    ]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # noqa: S603
    try:
        url = f"http://127.0.0.1:{port}{url_path}"
        deadline = time.monotonic() + 30
        while True:
            try:
                req = urllib.request.Request(url, headers={"Cookie": f"sessionid={cookie}"})  # noqa: S310
                with urllib.request.urlopen(req, timeout=10) as resp:  # noqa: S310
                    if resp.status != 200 or "/accounts/login" in resp.url:
                        return WrkRun(None, {}, f"gunicorn answered {resp.status} at {resp.url}")
                    break
            except OSError:
                if time.monotonic() > deadline:
                    return WrkRun(None, {}, "gunicorn did not start")
                time.sleep(0.3)
        for _ in range(4 * 3):  # warm every worker
            urllib.request.urlopen(urllib.request.Request(url, headers={"Cookie": f"sessionid={cookie}"})).read()  # noqa: S310
        before = cpu_seconds_by_process(proc.pid, database)
        children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        out = subprocess.run(  # noqa: S603
            ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-H", f"Cookie: sessionid={cookie}", url],  # noqa: S607
            capture_output=True,
            text=True,
            timeout=seconds + 60,
        ).stdout
        after = cpu_seconds_by_process(proc.pid, database)
        children_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        served = re.search(r"(\d+) requests in", out)
        split = cpu_per_request(before, after, children_before, children_after, int(served.group(1)) if served else 0)
        return WrkRun(out, split)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def analyst_client():
    """Django's test client signed in as the benchmark's analyst (created on first use, with no password)."""
    from django.test import Client

    from accounts.models import User
    from accounts.roles import ANALYST, assign_role

    user, created = User.objects.get_or_create(username="bench-analyst")
    if created:
        user.set_unusable_password()
        user.save()
    assign_role(user, ANALYST)
    client = Client()
    client.force_login(user)
    return client


class BenchDatabase:
    """One benchmark database on the server DATABASE_URL names: its client, parameters and pages."""

    def __init__(self, name):
        self.name = name

    def use(self):
        """Point Django's connection (and the cache's keys) at this database."""
        from django.core.cache import caches
        from django.db import connection

        if connection.settings_dict["NAME"] != self.name:
            connection.close()
            connection.settings_dict["NAME"] = self.name
        for alias in ("default", "template_fragments"):
            caches[alias].key_prefix = self.name  # cached look-ups and rows must not cross databases

    def prepare(self, only):
        from incidents.models import Group, Incident, Person, Source

        self.use()
        self.client = analyst_client()
        self.incidents = Incident.objects.count()
        print(
            f"# {self.name}: {self.incidents:,} incidents, {Source.objects.count():,} sources, "
            f"{Group.objects.count():,} groups, {Person.objects.count():,} persons, "
            f"{_count('incidents_location'):,} locations, {_database_size(self.name) / 2**30:.2f} GiB"
        )
        self.params = pick_parameters()
        self.pages = [page for page in build_pages(self.params) if only in page[0]]

    @property
    def short(self):
        n = self.incidents
        return f"{n / 1e6:g}M" if n >= 1e6 else f"{n / 1e3:g}k" if n >= 1e3 else str(n)


def interleaved_page(databases, index, requests, timer):
    """Each database's figures for page `index`, timed in alternating halves (A, B, A, B)."""
    halves = (requests - requests // 2, requests // 2)
    merged = {db.name: None for db in databases}
    for half, count in enumerate(halves):
        for db in databases:
            db.use()
            r = bench_page(db.client, db.pages[index][1], count, timer, warm=3 if half == 0 else 1)
            merged[db.name] = r if merged[db.name] is None else _merge(merged[db.name], r)
    return {name: _summary(r) for name, r in merged.items()}


def _merge(a, b):
    slowest = a["slowest"] if a["slowest"][0] >= b["slowest"][0] else b["slowest"]
    return {"times": a["times"] + b["times"], "sql_times": a["sql_times"] + b["sql_times"],
            "queries": max(a["queries"], b["queries"]), "slowest": slowest}  # fmt: skip


def _summary(r):
    return {
        "median": statistics.median(r["times"]) * 1000,
        "p95": percentile(r["times"], 95) * 1000,
        "sql": statistics.median(r["sql_times"]) * 1000,
        "queries": r["queries"],
        "slowest": r["slowest"],
    }


def bench_ingest(databases, rounds, timer):
    """Persisting the project's own articles (extracted beforehand) into each database, rolled back.

    What grows with the data is the persisting: cross-source matching and the entity look-ups.
    Each article goes in inside a transaction that is rolled back, so the databases stay as
    they are; one untimed pass warms each database first. Returns, per database, the times
    and the queries per article (by article).
    """
    from django.db import transaction

    from incidents.extraction.reading import find_articles, read_path
    from incidents.services import ingest as ingest_service
    from incidents.services.gazetteer import DatabaseGazetteer

    class Rollback(Exception):
        pass

    paths = [Path(p) for p in find_articles([str(ROOT / "seeds"), str(ROOT / "tests/ingest/articles")]) if p != "-"]
    databases[0].use()
    gazetteer = DatabaseGazetteer()
    prepared = []
    for path in paths:
        article = read_path(path)
        article = type(article)(text=article.text + "\n(Reference bench-pages-ingest.)\n", meta=article.meta)
        prepared.append((path.name, article, ingest_service.extract_document(article, gazetteer)))
    real_extract = ingest_service.extract_document
    results = {db.name: {"times": [], "queries": {}} for db in databases}
    try:
        for round_ in range(rounds + 1):
            for db in databases:
                db.use()
                gazetteer = DatabaseGazetteer()  # its own cache per database and pass
                for name, article, document in prepared:
                    ingest_service.extract_document = lambda _a, _g, document=document: document
                    timer.reset()
                    started = time.perf_counter()
                    try:
                        with timed_sql(timer), transaction.atomic():
                            ingest_service.source_ingest(article, gazetteer=gazetteer)
                            raise Rollback
                    except Rollback:
                        pass
                    elapsed = time.perf_counter() - started
                    if round_:  # the first pass warms
                        results[db.name]["times"].append(elapsed)
                        results[db.name]["queries"][name] = timer.count
    finally:
        ingest_service.extract_document = real_extract
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--databases",
        nargs="+",
        default=[],
        help="Database names on DATABASE_URL's server, smallest first (default: DATABASE_URL's own)",
    )
    parser.add_argument("--requests", type=int, default=50, help="Timed requests per page and database (default 50)")
    parser.add_argument("--export-runs", type=int, default=5, help="0 skips the CSV export measurement")
    parser.add_argument("--wrk-seconds", type=int, default=20, help="0 skips the gunicorn+wrk run")
    parser.add_argument("--wrk-rounds", type=int, default=2, help="wrk runs per database, alternating databases")
    parser.add_argument("--wrk-connections", type=int, default=8)
    parser.add_argument(
        "--wrk-reference", action="store_true", help="Also load two lighter pages, as ceilings to compare with"
    )
    parser.add_argument("--ingest-rounds", type=int, default=3, help="0 skips the ingest measurement")
    parser.add_argument("--explain", action="store_true", help="EXPLAIN ANALYZE the slowest queries (last database)")
    parser.add_argument("--queries", action="store_true", help="Print each page's queries with their times")
    parser.add_argument("--only", default="", help="Benchmark only pages whose name contains this text")
    args = parser.parse_args()

    setup_django()
    from django.db import connection

    from incidents.models import Incident

    with connection.cursor() as cursor:
        cursor.execute("SELECT version()")
        pg_version = cursor.fetchone()[0].split(" on ")[0]
    timer = SqlTimer()
    databases = [BenchDatabase(name) for name in args.databases or [connection.settings_dict["NAME"]]]
    print(f"# bench_pages on {pg_version}, {os.cpu_count()} CPUs; databases {', '.join(d.name for d in databases)}")
    for db in databases:
        db.prepare(args.only)
    if len({len(db.pages) for db in databases}) != 1:
        sys.exit("the databases do not offer the same pages")
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"# {args.requests} timed requests per page and database, in alternating halves (A, B, A, B) after warm-up; "
        f"times in ms; load average {load}\n"
    )
    columns = ("median", "p95", "sql", "python")
    header = f"{'page':58} {'db':>5} " + " ".join(f"{c:>7}" for c in columns) + f" {'queries':>8} {'q@200':>6}  verdict"
    print(header)
    print("-" * len(header))
    results = []  # (index, {db name: figures})
    for index in range(len(databases[0].pages)):
        figures = interleaved_page(databases, index, args.requests, timer)
        for db in databases:
            name, url, kind = db.pages[index]
            r = figures[db.name]
            db.use()
            sep = "&" if "?" in url else "?"
            q200 = count_queries(db.client, f"{url}{sep}per_page=200", timer) if kind == "list" else r["queries"]
            problems = []
            if r["p95"] > TARGET_P95_MS:
                problems.append("p95")
            if q200 != r["queries"]:
                problems.append("queries grow")
            verdict = "ok" if not problems else "MISS " + ",".join(problems)
            python = r["median"] - r["sql"]
            print(f"{name[:58]:58} {db.short:>5} {r['median']:7.1f} {r['p95']:7.1f} {r['sql']:7.1f} {python:7.1f} "
                  f"{r['queries']:8} {q200:6}  {verdict}")  # fmt: skip
            if args.queries:
                timer.reset()
                with timed_sql(timer):
                    consume(db.client.get(url))
                for elapsed, sql in timer.log:
                    print(f"    {elapsed * 1000:7.1f} ms  {sql[:300]}")
        results.append((index, figures))

    if len(databases) > 1:
        small, big = databases[0], databases[-1]
        print(f"\ngrowth factor, {big.short} ÷ {small.short} (every page shows a result page of the same size; "
              f"target <= {TARGET_GROWTH})")  # fmt: skip
        print(f"{'page':58} {'median':>15} {'growth':>7} {'p95':>15} {'growth':>7} {'queries':>9}  verdict")
        for index, figures in results:
            a, b = figures[small.name], figures[big.name]
            growth, growth95 = b["median"] / a["median"], b["p95"] / a["p95"]
            key = re.sub(r" \(.*", "", small.pages[index][0])
            # Queries may differ by one: past the count cap a list also asks for the planner's estimate.
            verdict = "ok" if growth <= TARGET_GROWTH else "MISS"
            print(f"{key[:58]:58} {a['median']:7.1f}→{b['median']:7.1f} {growth:7.2f} {a['p95']:7.1f}→{b['p95']:7.1f} "
                  f"{growth95:7.2f} {a['queries']:4}→{b['queries']:<4}  {verdict}")  # fmt: skip

    # What every page pays before its own work (the same layout and form on every list page).
    print()
    for db in databases:
        db.use()
        for label_text, url in REFERENCES:
            r = _summary(bench_page(db.client, url, args.requests, timer))
            print(f"reference ({db.short}): {label_text:64} median {r['median']:5.1f}  sql {r['sql']:4.1f}  "
                  f"python {r['median'] - r['sql']:4.1f}  queries {r['queries']}")  # fmt: skip

    # CSV export of ~10,000 incidents, and of ~2,500 (five export chunks) for the memory comparison.
    for db in databases if args.export_runs else ():
        db.use()
        export_url = _q({"date_from": db.params["export_from"].isoformat()}, "/incidents/export.csv")
        newest_first = Incident.objects.exclude(date_start=None).order_by("-date_start")
        small_day = newest_first.values_list("date_start", flat=True)[2_499]
        small_url = _q({"date_from": small_day.isoformat()}, "/incidents/export.csv")
        n_export = Incident.objects.filter(date_start__gte=db.params["export_from"]).count()
        n_small = Incident.objects.filter(date_start__gte=small_day).count()
        consume(db.client.get(export_url))
        e = bench_export(db.client, export_url, args.export_runs, timer)
        peak_big = export_peak(db.client, export_url)
        peak_small = export_peak(db.client, small_url)
        print()
        print(f"CSV export ({db.short}) of {n_export:,} incidents: median {e['median']:.0f} ms over "
              f"{args.export_runs} runs, {e['bytes'] / 1e6:.1f} MB, {e['queries']} queries")  # fmt: skip
        print(f"  peak Python memory while streaming: {peak_big / 1e6:.1f} MB for {n_export:,} rows, "
              f"{peak_small / 1e6:.1f} MB for {n_small:,} rows "
              f"({'flat' if peak_big < 1.5 * peak_small + 2e6 else 'GROWS with rows'})")  # fmt: skip

    if args.ingest_rounds:
        ingest = bench_ingest(databases, args.ingest_rounds, timer)
        print()
        counts = [ingest[db.name]["queries"] for db in databases]
        for db in databases:
            r = ingest[db.name]
            per_article = " ".join(str(n) for n in r["queries"].values())
            median, p95 = statistics.median(r["times"]) * 1000, percentile(r["times"], 95) * 1000
            print(f"ingest ({db.short}), warm, {len(r['queries'])} articles x {args.ingest_rounds} rounds, persisting "
                  f"only (extracted beforehand), rolled back: median {median:.0f} ms, p95 {p95:.0f} ms per article; "
                  f"queries per article: {per_article}")  # fmt: skip
        same = all(c == counts[0] for c in counts)
        print(f"  queries per article the same in every database: {'yes' if same else 'NO'}")

    # Throughput through gunicorn (4 workers) under wrk on loopback, alternating databases.
    if args.wrk_seconds:
        from django.conf import settings

        connection.close()
        for round_ in range(args.wrk_rounds):
            for db in databases:
                wrk_name, wrk_url, _ = next(
                    (page for page in db.pages if page[0].startswith("incidents: country")),
                    db.pages[min(2, len(db.pages) - 1)],
                )
                cookie = db.client.cookies[settings.SESSION_COOKIE_NAME].value
                out, split, error = run_wrk(wrk_url, cookie, args.wrk_seconds, args.wrk_connections, db.name)
                print()
                if error:
                    print(f"wrk ({db.short}): {error}")
                    continue
                rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
                non_ok = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
                print(f"gunicorn (4 workers) + wrk -t2 -c{args.wrk_connections} -d{args.wrk_seconds}s on "
                      f"'{wrk_name}' ({db.short}, round {round_ + 1}):")  # fmt: skip
                print("  " + "\n  ".join(line for line in out.strip().splitlines() if line.strip()))
                verdict = "ok" if rps >= TARGET_RPS and not non_ok else "MISS"
                print(f"  => {rps:.1f} requests/s (target >= {TARGET_RPS:.0f}): {verdict}")
                budget, cores = cpu_budget_ms(TARGET_RPS)
                print(f"  CPU per request: {_split_text(split)}; at {TARGET_RPS:.0f} requests/s {cores} cores "
                      f"leave {budget:.1f} ms for all of them")  # fmt: skip
                if args.wrk_reference and round_ == 0:
                    # Ceilings for comparison: what the same server does for less work per request.
                    references = [
                        ("the smallest signed-in page (a JSON suggestion, one query)", "/groups/suggest/?q=zz"),
                        ("the layout and filter form alone (the map page, no rows)", "/map/"),
                    ]
                    for label_text, url in references:
                        out, split, error = run_wrk(url, cookie, args.wrk_seconds, args.wrk_connections, db.name)
                        rate = re.search(r"Requests/sec:\s+([\d.]+)", out or "")
                        if error or not rate:
                            print(f"  reference: {error or 'wrk printed no rate'}")
                            continue
                        rps = float(rate.group(1))
                        print(f"  reference: {rps:.1f} requests/s for {label_text}; "
                              f"CPU per request: {_split_text(split)}")  # fmt: skip

    if args.explain:
        db = databases[-1]
        db.use()
        print(f"\n# EXPLAIN ANALYZE on {db.name} ({db.short})")
        ranked = sorted(results, key=lambda item: -item[1][db.name]["p95"])[:3]
        for n, (index, figures) in enumerate(ranked):
            seconds, sql, sql_params = figures[db.name]["slowest"]
            print(f"== slowest query of '{db.pages[index][0]}' ({seconds * 1000:.1f} ms)")
            print(connection.ops.compose_sql(sql, sql_params) if sql_params else sql)
            if n == 0:
                print("\n-- BEFORE: without the scale indexes (dropped in a transaction, rolled back)")
                print(explain(sql, sql_params, without_scale_indexes=True))
                print("\n-- AFTER: with them")
            print(explain(sql, sql_params))
            print()


def _split_text(split):
    if not split:
        return "not measured (no /proc)"
    return ", ".join(f"{kind} {ms:.1f} ms" for kind, ms in split.items())


def _database_size(name):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_database_size(%s)", [name])
        return cursor.fetchone()[0]


def _count(table):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f'SELECT count(*) FROM "{table}"')  # noqa: S608
        return cursor.fetchone()[0]


if __name__ == "__main__":
    main()
