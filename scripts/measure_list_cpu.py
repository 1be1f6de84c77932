#!/usr/bin/env python
"""CPU per request of the filtered incident list, in-process (not a test: it prints figures).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/scalebench .venv/bin/python scripts/measure_list_cpu.py \\
        [--requests 200] [--rounds 3] [--profile] [--url /incidents/?...] [--compare /path/to/other/checkout]

The page is the one bench_pages.py drives under wrk for its requests-per-second figure (the
busiest country's incident list), requested by a signed-in analyst through Django's test client
in the benchmark's production-like settings. What counts is the process's CPU time
(time.process_time) per request over warm requests, not wall time: on a shared machine other
processes' load changes wall time far more than it changes CPU time. The SQL's own CPU is in
PostgreSQL and not counted here; the client's share of it (sending, parsing rows) is.

--profile prints cProfile's top functions over the requests (cumulative and own time); --pyinstrument a
call tree sampled on CPU time (pyinstrument importable, e.g. installed apart on PYTHONPATH; TREE_ALL=1 shows
library frames too).
--compare runs this script alternately on this checkout's code (A) and another's (B, with --root: its
code, folder and PYTHONPATH; this script and bench_pages.py stay A's, so B may be a checkout older than the
script), --rounds times each, in fresh processes (A, B, A, B, ...), and prints each round and the medians:
a change's effect measured with the host's drift falling on both.
"""

import argparse
import gc
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def measure(
    url: str, requests: int, profile: bool, pyinstrument: bool = False, profile_out: str = "", root: Path = ROOT
) -> tuple[str, float, Path]:
    """CPU ms per warm request of `url`, measuring the code of the checkout `root` with this checkout's harness."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import bench_pages

    sys.path.insert(0, str(root))  # before the ROOT bench_pages puts first: the measured checkout's code
    bench_pages.setup_django()
    import incidents

    if not url:
        params = bench_pages.pick_parameters()
        url = bench_pages._q({"location": bench_pages.label(params["country"])})
    client = bench_pages.analyst_client()
    for _ in range(20):  # warm: connection, template loaders, fragment caches
        response = client.get(url)
        assert response.status_code == 200, response.status_code
    gc.collect()
    gc.freeze()  # as config/gunicorn.conf.py does after the preload
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
    profiler_tree = None
    if pyinstrument:
        from pyinstrument import Profiler
        from pyinstrument.stack_sampler import get_stack_sampler

        get_stack_sampler().timer_func = time.process_time  # CPU time: waits on PostgreSQL are not counted
        profiler_tree = Profiler(interval=0.0002)
        profiler_tree.start()
    start = time.process_time()
    for _ in range(requests):
        client.get(url)
    spent = time.process_time() - start
    if profiler_tree is not None:
        profiler_tree.stop()
        print(profiler_tree.output_text(unicode=True, show_all=os.environ.get("TREE_ALL") == "1"))
    if profiler is not None:
        import pstats

        profiler.disable()
        if profile_out:
            profiler.dump_stats(profile_out)
        stats = pstats.Stats(profiler).strip_dirs()
        stats.sort_stats("cumulative").print_stats(70)
        stats.sort_stats("tottime").print_stats(40)
    return url, 1000 * spent / requests, Path(incidents.__file__).resolve().parent.parent


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--url", default="", help="default: the busiest country's list, as bench_pages's wrk run")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--profile-out", default="", help="also write cProfile's data here (for pstats)")
    parser.add_argument("--pyinstrument", action="store_true", help="a call tree (pyinstrument must be importable)")
    parser.add_argument("--compare", type=Path, help="another checkout of the project (B)")
    parser.add_argument(
        "--root", type=Path, default=ROOT, help="the checkout whose code is measured (default: this one)"
    )
    args = parser.parse_args()
    if not args.compare:
        url, ms, code = measure(
            args.url, args.requests, args.profile, args.pyinstrument, args.profile_out, args.root.resolve()
        )
        print(f"{ms:.2f} ms CPU per request over {args.requests} warm requests of {url} (code in {code})")
        return
    figures = {"A": [], "B": []}
    for round_ in range(args.rounds):
        for name, root in (("A", ROOT), ("B", args.compare.resolve())):
            # this script (an older B may not have it) measuring B's code, from B's folder
            cmd = [sys.executable, str(Path(__file__).resolve()), "--root", str(root), "--requests", str(args.requests)]
            if args.url:
                cmd += ["--url", args.url]
            env = {**os.environ, "PYTHONPATH": str(root)}
            out = subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True, check=True).stdout  # noqa: S603
            ms = float(out.split()[0])
            figures[name].append(ms)
            print(f"round {round_ + 1} {name}: {ms:.2f} ms", flush=True)
    a, b = statistics.median(figures["A"]), statistics.median(figures["B"])
    print(f"median A {a:.2f} ms, B {b:.2f} ms: B - A = {b - a:+.2f} ms ({100 * (b - a) / a:+.1f} %)")


if __name__ == "__main__":
    main()
