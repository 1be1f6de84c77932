#!/usr/bin/env python
"""Benchmark the ingest job queue (not a test): articles per second with 1, 2, 4 workers, peak memory per worker.

    .venv/bin/python scripts/bench_queue.py --articles 1000 --workers 1,2,4 --backends database,rq

For each backend (the database queue on PostgreSQL; RQ on Redis, also with PostgreSQL
for the data) and each number of workers, it makes a fresh database from a template
(migrated, gazetteer subset and groups loaded once), queues N article variants with
`manage.py ingest --queue` (each variant is a project article with a unique last line,
so every one is a new text), starts that many `manage.py jobs_worker` processes, waits
until every job is done or failed, and reports:

- rate: jobs done / (last finish - first start), from the jobs' own timestamps, so the
  workers' start-up (loading the language model) is not counted;
- peak memory: each worker process's VmHWM (peak resident set) from /proc;
- the workers' CPU seconds per article (user + system, start-up included): on a shared
  machine the wall-clock rate is depressed by other load; 2 / this figure is what two
  dedicated cores would reach.

Target (issue 16): >= 10 articles/s with 4 workers on a 2-core machine; <= 500 MB per worker.
"""

# ruff: noqa: S603, S607, S608 - a developer's script: it runs our own commands and psql on names it is given
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
BASES = [ROOT / "seeds", ROOT / "tests" / "ingest" / "articles"]
COUNTRIES = "AF,PK,IN,NG,IT,SY,YE,SO,MZ,DE,PH,BF,TJ,IR,CN,RU,US,GB"


def psql(db: str, sql: str, *, server: str) -> str:
    out = subprocess.run(["psql", f"{server}/{db}", "-tAc", sql], check=True, capture_output=True, text=True)
    return out.stdout.strip()


def manage(args: list[str], env: dict) -> None:
    subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def template_ready(server: str, template: str) -> None:
    if psql("postgres", f"SELECT 1 FROM pg_database WHERE datname = '{template}'", server=server) == "1":
        return
    psql("postgres", f"CREATE DATABASE {template}", server=server)
    env = {**os.environ, "DATABASE_URL": f"{server}/{template}"}
    print(f"preparing {template}: migrate, gazetteer ({COUNTRIES}), groups ...", flush=True)
    manage(["migrate", "--noinput", "-v0"], env)
    manage(["load_gazetteer", "--countries", COUNTRIES], env)
    manage(["load_groups"], env)


def base_articles() -> list[tuple[str, str]]:
    texts = []
    for folder in BASES:
        for path in sorted(folder.glob("*.txt")):
            texts.append((path.stem, path.read_text(encoding="utf-8")))
    return texts


def write_variants(folder: Path, n: int, run: str) -> None:
    bases = base_articles()
    for i in range(n):
        stem, text = bases[i % len(bases)]
        body = text.rstrip() + f"\n\nDesk copy {run}-{i}.\n"
        (folder / f"{i:04d}_{stem}.txt").write_text(body, encoding="utf-8")


def peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (from /proc/PID/stat)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_once(backend: str, workers: int, articles: int, server: str, template: str, redis_url: str) -> dict:
    db = f"{template.removesuffix('_tpl')}_run"
    psql("postgres", f"DROP DATABASE IF EXISTS {db}", server=server)
    psql("postgres", f"CREATE DATABASE {db} TEMPLATE {template}", server=server)
    env = {**os.environ, "DATABASE_URL": f"{server}/{db}", "JOBS_BACKEND": backend, "REDIS_URL": redis_url,
           "DJANGO_DEBUG": "1", "DJANGO_LOG_LEVEL": "ERROR"}  # fmt: skip
    if backend == "rq":
        from redis import Redis
        from rq import Queue

        Queue("default", connection=Redis.from_url(redis_url)).empty()
    folder = Path(tempfile.mkdtemp(prefix="bench-queue-"))
    try:
        write_variants(folder, articles, f"{backend}{workers}")
        manage(["ingest", "--queue", str(folder)], env)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    procs = [
        subprocess.Popen(
            [PY, "manage.py", "jobs_worker", "--interval=0.2", "-v0"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        for _ in range(workers)
    ]
    peaks = [0.0] * workers
    started = time.monotonic()
    try:
        while True:
            left = int(psql(db, "SELECT count(*) FROM incidents_ingestjob WHERE status IN ('queued','running')",
                            server=server))  # fmt: skip
            peaks = [max(p, peak_rss_mb(proc.pid)) for p, proc in zip(peaks, procs, strict=True)]
            if left == 0:
                cpu = sum(cpu_seconds(proc.pid) for proc in procs)
                break
            if time.monotonic() - started > 3 * 3600:
                raise SystemExit("gave up after 3 hours")
            time.sleep(1)
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(30)
    row = psql(db, "SELECT count(*) FILTER (WHERE status='done'), count(*) FILTER (WHERE status='failed'), "
                   "extract(epoch FROM max(finished_at) - min(started_at)) FROM incidents_ingestjob",
               server=server).split("|")  # fmt: skip
    done, failed, seconds = int(row[0]), int(row[1]), float(row[2] or 0)
    return {"backend": backend, "workers": workers, "done": done, "failed": failed, "seconds": seconds,
            "rate": done / seconds if seconds else 0.0, "peak_mb": peaks,
            "cpu_per_article": cpu / done if done else 0.0}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--backends", default="database,rq")
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432", help="PostgreSQL server URL")
    parser.add_argument("--template", default="queuebench_tpl", help="template database (made once)")
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
    args = parser.parse_args()
    template_ready(args.server, args.template)
    results = []
    for backend in args.backends.split(","):
        for workers in map(int, args.workers.split(",")):
            result = run_once(backend, workers, args.articles, args.server, args.template, args.redis_url)
            results.append(result)
            peaks = ", ".join(f"{mb:.0f}" for mb in result["peak_mb"])
            print(f"{backend:9s} workers={workers}  {result['done']} done, {result['failed']} failed in "
                  f"{result['seconds']:.1f} s  ->  {result['rate']:.2f} articles/s;  peak MB per worker: {peaks};  "
                  f"worker CPU {result['cpu_per_article']:.2f} s per article (start-up included)",
                  flush=True)  # fmt: skip
    print(f"\ncores: {os.cpu_count()}; target: >= 10 articles/s with 4 workers, <= 500 MB per worker")


if __name__ == "__main__":
    main()
