#!/usr/bin/env python
"""Measurement (not a test): what skipping spaCy's command-line import saves on a cold start.

    .venv/bin/python scripts/measure_spacy_cli_skip.py [RUNS]

Starts fresh interpreters that load the extractor's model (`incidents.extraction.nlp.load_model`), alternately
with the `spacy.cli` placeholder and without it, and prints the median wall and CPU seconds of each. The
placeholder stays only while it saves at least 0.2 s (issue 11); CPU time is the steadier figure on a shared
machine.
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WITH_SKIP = "from incidents.extraction.nlp import load_model; load_model()"
WITHOUT_SKIP = "import incidents.extraction.nlp as n; n._skip_spacy_cli = lambda: None; n.load_model()"


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    figures: dict[str, tuple[list[float], list[float]]] = {"with skip": ([], []), "without": ([], [])}
    for _ in range(runs):
        for name, code in (("with skip", WITH_SKIP), ("without", WITHOUT_SKIP)):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)  # noqa: S603 - our own interpreter
            wall = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
            figures[name][0].append(wall)
            figures[name][1].append(cpu)
    for name, (wall, cpu) in figures.items():
        print(f"{name}: median wall {statistics.median(wall):.3f} s, median CPU {statistics.median(cpu):.3f} s")
    saved_wall = statistics.median(figures["without"][0]) - statistics.median(figures["with skip"][0])
    saved_cpu = statistics.median(figures["without"][1]) - statistics.median(figures["with skip"][1])
    print(f"saved by the skip: wall {saved_wall:.3f} s, CPU {saved_cpu:.3f} s ({runs} runs each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
