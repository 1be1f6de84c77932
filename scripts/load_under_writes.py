#!/usr/bin/env python
"""Concurrent edits, notes and an ingest against gunicorn in production settings, optionally under wrk.

Not a test: it prints figures and exits non-zero when any request failed.

    .venv/bin/python scripts/load_under_writes.py                       # SQLite file, 2 editors + 2 note writers, 15 s
    .venv/bin/python scripts/load_under_writes.py --wrk 60 --connections 16 --ingest
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/NAME .venv/bin/python scripts/load_under_writes.py --wrk 60 --ingest

It makes a fresh database (an SQLite file in a temporary folder, or the empty PostgreSQL
database of DATABASE_URL), migrates it, loads the AF and PK places, the groups list and
the seed article, starts gunicorn (DEBUG off, static files collected) and then, for the
same --seconds: editors that open an incident's edit form and save it (a refusal because
another editor saved first, 409, is the designed answer, not an error), note writers, a
re-ingest of the seed article in a loop (--ingest), and wrk reading the list pages, map
data, exports and incident pages (--wrk SECONDS). An error is any 5xx, any refused
connection and any "database is locked".
"""

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PY = str(ROOT / ".venv" / "bin" / "python")

PROD_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings",
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "load-test-only-secret-key-not-for-production-0123456789",
    "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
    "DJANGO_SECURE_SSL_REDIRECT": "0",
    "DJANGO_SECURE_COOKIES": "0",
    "DJANGO_HSTS_SECONDS": "0",
    "DJANGO_LOG_LEVEL": "ERROR",
}
WRK_PATHS = [
    "/incidents/",
    "/incidents/?q=attack",
    "/incidents/?location=Afghanistan",
    "/incidents/?sort=-fatalities",
    "/map/data.geojson",
    "/incidents/export.csv",
    "/groups/",
    "/sources/",
    "/",
]
WRK_LUA = """
paths = {%s}
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare(env: dict) -> dict:
    """Migrate and fill the database; return the analyst's session key and two incident ids."""

    def manage(*args):
        subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)  # noqa: S603

    manage("migrate", "--noinput", "-v0")
    manage("load_gazetteer", "--countries", "AF,PK")
    manage("load_groups")
    manage("ingest", "seeds/")
    manage("collectstatic", "--noinput", "-v0")
    os.environ.update(env)
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.sessions.backends.db import SessionStore

    from accounts.roles import ANALYST, assign_role
    from incidents.models import Incident

    user, _ = get_user_model().objects.get_or_create(username="load-analyst")
    assign_role(user, ANALYST)
    session = SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session["_auth_user_backend"] = "accounts.backends.RoleLoadingBackend"
    session["_auth_user_hash"] = user.get_session_auth_hash()
    session.create()
    ids = list(Incident.objects.order_by("id").values_list("id", flat=True)[:2])
    # Analyst-edited, so the re-ingest loop keeps them (it replaces only what came from the article alone).
    Incident.objects.filter(pk__in=ids).update(analyst_edited=True)
    from django.db import connections

    connections.close_all()
    return {"session": session.session_key, "incidents": ids}


class Writer(threading.Thread):
    """Edits (kind="edit") or notes (kind="note") on one incident until `stop` is set."""

    def __init__(self, base, session, incident_id, kind, stop, counts, lock):
        super().__init__(daemon=True)
        self.base, self.incident_id, self.kind, self.stop, self.counts, self.lock = (
            base, incident_id, kind, stop, counts, lock,
        )  # fmt: skip
        import requests

        self.http = requests.Session()
        self.http.cookies.set("sessionid", session)

    def count(self, key):
        with self.lock:
            self.counts[key] += 1

    def run(self):
        n = 0
        while not self.stop.is_set():
            n += 1
            try:
                status = self.edit(n) if self.kind == "edit" else self.note(n)
            except Exception as exc:  # a refused or dropped connection is an error here
                self.count(f"{self.kind} error {type(exc).__name__}")
                continue
            self.count(f"{self.kind} {status}")

    def form(self, path):
        page = self.http.get(self.base + path, timeout=60)
        if page.status_code >= 500:
            return page.status_code, None
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
        return page.status_code, (page, token)

    def edit(self, n):
        path = f"/incidents/{self.incident_id}/edit/"
        status, got = self.form(path)
        if got is None:
            return status
        page, token = got
        version = re.search(r'name="version" value="([^"]*)"', page.text).group(1)
        type_ = re.search(r'<option value="([a-z_]+)" selected>', page.text).group(1)
        data = {"csrfmiddlewaretoken": token, "version": version, "type": type_, "summary": f"Load-test edit {n}"}
        answer = self.http.post(
            self.base + path, data, headers={"Referer": self.base + path}, timeout=60, allow_redirects=False
        )
        return answer.status_code

    def note(self, n):
        status, got = self.form(f"/incidents/{self.incident_id}/notes/")
        if got is None:
            return status
        _, token = got
        path = f"/incidents/{self.incident_id}/notes/add/"
        data = {"csrfmiddlewaretoken": token, "body": f"Load-test note {n}"}
        answer = self.http.post(
            self.base + path, data, headers={"Referer": self.base + path}, timeout=60, allow_redirects=False
        )
        return answer.status_code


def ingest_loop(env, stop, counts, lock):
    while not stop.is_set():
        result = subprocess.run(  # noqa: S603
            [PY, "manage.py", "ingest", "--reingest", "seeds/"], cwd=ROOT, env=env, capture_output=True, text=True
        )
        with lock:
            counts["ingest ok" if result.returncode == 0 else "ingest error"] += 1
            if result.returncode != 0:
                counts["ingest error: " + (result.stderr.strip().splitlines() or ["?"])[-1][:120]] += 1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=15, help="how long the writers run (default 15)")
    parser.add_argument("--editors", type=int, default=2)
    parser.add_argument("--note-writers", type=int, default=2)
    parser.add_argument("--ingest", action="store_true", help="re-ingest the seed article in a loop meanwhile")
    parser.add_argument("--wrk", type=int, default=0, metavar="SECONDS", help="also run wrk this long (sets --seconds)")
    parser.add_argument("--connections", type=int, default=16, help="wrk connections (default 16)")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers (default 4)")
    args = parser.parse_args()
    seconds = args.wrk or args.seconds

    tmp = Path(tempfile.mkdtemp(prefix="load_under_writes_"))
    env = {**os.environ, **PROD_ENV, "DJANGO_STATIC_ROOT": str(tmp / "static")}
    env.setdefault("DATABASE_URL", f"sqlite:///{tmp / 'db.sqlite3'}")
    database = "PostgreSQL" if env["DATABASE_URL"].startswith("postgres") else "SQLite"
    print(f"database: {database}; preparing (migrate, AF+PK places, groups, seed article) ...", flush=True)
    prepared = prepare(env)

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    gunicorn = subprocess.Popen(  # noqa: S603
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "-c", "config/gunicorn.conf.py", "config.wsgi:application",
         "--workers", str(args.workers), "--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=open(tmp / "gunicorn.log", "w"),  # noqa: SIM115
    )  # fmt: skip
    try:
        import requests

        for _ in range(100):
            try:
                requests.get(base + "/accounts/login/", timeout=5)
                break
            except requests.ConnectionError:
                time.sleep(0.3)
        check = requests.get(base + "/incidents/", cookies={"sessionid": prepared["session"]}, timeout=60)
        if check.status_code != 200 or "/accounts/login" in check.url:
            sys.exit(f"the load session is not signed in: {check.status_code} at {check.url}")
        stop, lock, counts = threading.Event(), threading.Lock(), Counter()
        incident_a, incident_b = (prepared["incidents"] * 2)[:2]
        writers = [
            Writer(base, prepared["session"], incident_a, "edit", stop, counts, lock) for _ in range(args.editors)
        ] + [
            Writer(base, prepared["session"], incident_b, "note", stop, counts, lock) for _ in range(args.note_writers)
        ]
        threads = list(writers)
        if args.ingest:
            threads.append(threading.Thread(target=ingest_loop, args=(env, stop, counts, lock), daemon=True))
        for thread in threads:
            thread.start()
        wrk_out = ""
        if args.wrk:
            if not shutil.which("wrk"):
                sys.exit("wrk is not installed (apt-get install -y wrk)")
            script = tmp / "paths.lua"
            script.write_text(WRK_LUA % ", ".join(f'"{p}"' for p in WRK_PATHS))
            wrk_out = subprocess.run(  # noqa: S603
                ["wrk", "-t2", f"-c{args.connections}", f"-d{args.wrk}s", "--timeout", "30s", "--latency",  # noqa: S607
                 "-s", str(script), "-H", f"Cookie: sessionid={prepared['session']}", base],
                capture_output=True, text=True, timeout=args.wrk + 120,
            ).stdout  # fmt: skip
        else:
            time.sleep(seconds)
        stop.set()
        for thread in threads:
            thread.join(300)
    finally:
        gunicorn.send_signal(signal.SIGTERM)
        try:
            gunicorn.wait(timeout=30)
        except subprocess.TimeoutExpired:
            gunicorn.kill()

    errors = sum(n for key, n in counts.items() if " 5" in key or "error" in key)
    print(f"{database}, gunicorn {args.workers} workers, {seconds} s: {args.editors} editors, "
          f"{args.note_writers} note writers{', a re-ingest loop' if args.ingest else ''}")  # fmt: skip
    for key, n in sorted(counts.items()):
        print(f"  {key}: {n}")
    if wrk_out:
        print(wrk_out)
        bad = re.search(r"Non-2xx or 3xx responses: (\d+)", wrk_out)
        socket_errors = re.search(r"Socket errors: (.*)", wrk_out)
        errors += int(bad.group(1)) if bad else 0
        if socket_errors:
            errors += sum(int(n) for n in re.findall(r"\d+", socket_errors.group(1)))
    locked = (tmp / "gunicorn.log").read_text().count("database is locked")
    print(f"errors: {errors} (5xx, failed connections, failed ingests); 'database is locked' in server log: {locked}")
    sys.exit(1 if errors or locked else 0)


if __name__ == "__main__":
    main()
