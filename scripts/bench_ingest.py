#!/usr/bin/env python
"""Benchmark ingestion (not a test): extraction speed, folder ingest rate, peak memory, cold dry run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ingestdev \\
        .venv/bin/python scripts/bench_ingest.py ../shared/corpus/dev seeds

The database must have the gazetteer and groups loaded (`load_gazetteer`,
`load_groups`). The folder ingest writes 200 variants of the given articles
(each with a unique last line, so their sha256 differ) and, unless --keep,
removes what it wrote afterwards. Targets (issue 3): warm extraction <= 150 ms
for a 500-word article, >= 5 articles/s into PostgreSQL, peak memory <= 800 MB,
cold dry run <= 5 s.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")


def articles_in(folders: list[str]) -> list[Path]:
    from incidents.extraction.reading import find_articles

    return [Path(p) for p in find_articles(folders) if p != "-"]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def bench_extraction(paths: list[Path], rounds: int) -> dict:
    """Warm: the model loaded and one pass done before timing."""
    from incidents.extraction.reading import read_path
    from incidents.services.gazetteer import DatabaseGazetteer
    from incidents.services.ingest import extract_document

    articles = [read_path(p) for p in paths]
    extract_document(articles[0], DatabaseGazetteer())  # loads spaCy
    times, cpu, words = [], [], []
    for _ in range(rounds):
        # A fresh gazetteer each round: its cache would otherwise hide the database look-ups.
        gazetteer = DatabaseGazetteer()
        for article in articles:
            started, started_cpu = time.perf_counter(), time.process_time()
            extract_document(article, gazetteer)
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
            words.append(len(article.text.split()))
    per_500 = [t * 500 / max(w, 1) for t, w in zip(times, words, strict=True)]
    return {
        "articles": len(articles),
        "runs": len(times),
        "mean_words": statistics.mean(words),
        "median_ms": 1000 * statistics.median(times),
        "p95_ms": 1000 * percentile(times, 0.95),
        "median_ms_per_500_words": 1000 * statistics.median(per_500),
        "median_cpu_ms": 1000 * statistics.median(cpu),
        "words_per_s": sum(words) / sum(times),
    }


def make_variants(paths: list[Path], count: int, folder: Path) -> str:
    marker = f"bench-{uuid.uuid4().hex[:12]}"
    for i in range(count):
        src = paths[i % len(paths)]
        dest = folder / f"{i:04d}_{src.name}"
        text = src.read_text(encoding="utf-8")
        # A unique closing line: a new sha256, the same extraction work.
        if src.suffix.lower() in (".html", ".htm"):
            text = text.replace("</body>", f"<p>Reference {marker}-{i}.</p></body>")
        else:
            text = text.rstrip("\n") + f"\n(Reference {marker}-{i}.)\n"
        dest.write_text(text, encoding="utf-8")
        sidecar = src.with_name(src.name.rsplit(".", 1)[0] + ".meta.json")
        if sidecar.exists():
            shutil.copy(sidecar, dest.with_name(dest.name.rsplit(".", 1)[0] + ".meta.json"))
    return marker


def timed_subprocess(args: list[str]) -> tuple[float, int, subprocess.CompletedProcess, float]:
    """(wall seconds, peak RSS in kB, process, CPU seconds) through /usr/bin/time -v when available."""
    use_time = Path("/usr/bin/time").exists()
    cmd = ["/usr/bin/time", "-v", *args] if use_time else args
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)  # noqa: S603 - our own interpreter
    wall = time.perf_counter() - started
    peak, cpu = 0, 0.0
    if use_time:
        match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
        peak = int(match.group(1)) if match else 0
        # CPU time tells the work apart from waiting on a busy machine.
        cpu = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", proc.stderr))
    return wall, peak, proc, cpu


def bench_folder(paths: list[Path], count: int, keep: bool, jobs: int = 1) -> dict:
    from django.db import connection

    if connection.vendor != "postgresql":
        print("  (folder ingest rate is measured on PostgreSQL: set DATABASE_URL)", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="bench_ingest_") as tmp:
        marker = make_variants(paths, count, Path(tmp))
        wall, peak, proc, cpu = timed_subprocess([sys.executable, "manage.py", "ingest", "--jobs", str(jobs), tmp])
        ingested = proc.stdout.count(": ingested as source")
        failed = proc.returncode != 0
        if failed:
            print(proc.stderr[-2000:], file=sys.stderr)
    if not keep:
        cleanup(marker)
    return {
        "vendor": connection.vendor,
        "jobs": jobs,
        "articles": count,
        "ingested": ingested,
        "seconds": wall,
        "articles_per_s": ingested / wall if wall else 0.0,
        "peak_rss_mb": peak / 1024,
        "cpu_s_per_article": cpu / count,
        "exit_status": proc.returncode,
    }


def bench_persist(paths: list[Path], count: int) -> dict:
    """Database work alone: documents extracted beforehand, then `source_ingest` timed with them."""
    from incidents.extraction.reading import read_path
    from incidents.services import ingest as ingest_service
    from incidents.services.gazetteer import DatabaseGazetteer

    marker = f"bench-{uuid.uuid4().hex[:12]}"
    gazetteer = DatabaseGazetteer()
    prepared = []
    for i in range(count):
        article = read_path(paths[i % len(paths)])
        article = type(article)(text=article.text + f"\n(Reference {marker}-{i}.)\n", meta=article.meta)
        prepared.append((article, ingest_service.extract_document(article, gazetteer)))
    real_extract = ingest_service.extract_document
    times = []
    try:
        for article, document in prepared:
            ingest_service.extract_document = lambda _article, _gazetteer, document=document: document
            started = time.perf_counter()
            ingest_service.source_ingest(article, gazetteer=gazetteer)
            times.append(time.perf_counter() - started)
    finally:
        ingest_service.extract_document = real_extract
        cleanup(marker)
    return {"articles": count, "median_ms": 1000 * statistics.median(times), "p95_ms": 1000 * percentile(times, 0.95)}


def cleanup(marker: str) -> None:
    from django.db import transaction

    from incidents.models import Source
    from incidents.services.persist import source_records_clear

    for source in Source.objects.filter(text__contains=marker):
        with transaction.atomic():
            source_records_clear(source)
            source.delete()


def bench_cold_dry_run(path: Path, runs: int) -> dict:
    walls, peaks = [], []
    for _ in range(runs):
        wall, peak, proc, _cpu = timed_subprocess(
            [sys.executable, "manage.py", "ingest", "--dry-run", "--format", "json", str(path)]
        )
        if proc.returncode != 0:
            print(proc.stderr[-2000:], file=sys.stderr)
        walls.append(wall)
        peaks.append(peak)
    return {"runs": runs, "median_s": statistics.median(walls), "max_s": max(walls), "peak_rss_mb": max(peaks) / 1024}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", default=[str(ROOT / "seeds"), str(ROOT / "tests/ingest/articles")])
    parser.add_argument("--rounds", type=int, default=5, help="timed passes over the articles (warm extraction)")
    parser.add_argument("--count", type=int, default=200, help="articles in the folder ingest")
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="worker counts for the folder ingest")
    parser.add_argument("--keep", action="store_true", help="leave the folder ingest's records in the database")
    parser.add_argument("--skip", choices=["extraction", "persist", "folder", "cold"], action="append", default=[])
    options = parser.parse_args()

    import django

    django.setup()
    paths = articles_in(options.folders)
    if not paths:
        parser.error("no articles found")
    load = os.getloadavg()[0]
    print(f"{len(paths)} articles from {', '.join(options.folders)}; {os.cpu_count()} CPUs, load average {load:.1f}")

    if "extraction" not in options.skip:
        r = bench_extraction(paths, options.rounds)
        print(
            f"extraction (warm, {r['runs']} runs over {r['articles']} articles, mean {r['mean_words']:.0f} words): "
            f"median {r['median_ms']:.1f} ms, p95 {r['p95_ms']:.1f} ms, "
            f"median {r['median_ms_per_500_words']:.1f} ms per 500 words, {r['words_per_s']:,.0f} words/s "
            f"(median CPU {r['median_cpu_ms']:.1f} ms)"
        )
    if "persist" not in options.skip:
        r = bench_persist(paths, min(options.count, 50))
        print(
            f"persistence alone ({r['articles']} articles, extraction excluded): "
            f"median {r['median_ms']:.1f} ms, p95 {r['p95_ms']:.1f} ms"
        )
    for jobs in options.jobs if "folder" not in options.skip else []:
        r = bench_folder(paths, options.count, options.keep, jobs)
        print(
            f"folder ingest ({r['vendor']}, --jobs {jobs}): {r['ingested']}/{r['articles']} articles "
            f"in {r['seconds']:.1f} s = "
            f"{r['articles_per_s']:.1f} articles/s; {1000 * r['cpu_s_per_article']:.0f} ms CPU per article "
            f"in the ingest process; peak memory {r['peak_rss_mb']:.0f} MB; exit {r['exit_status']}"
        )
    if "cold" not in options.skip:
        r = bench_cold_dry_run(paths[0], options.cold_runs)
        print(
            f"cold dry run ({paths[0].name}): median {r['median_s']:.2f} s, max {r['max_s']:.2f} s, "
            f"peak memory {r['peak_rss_mb']:.0f} MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
