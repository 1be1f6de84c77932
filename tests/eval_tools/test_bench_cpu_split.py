"""Where a benchmarked request's CPU goes: scripts/bench_pages.py reads it per process kind around a wrk run."""

import importlib.util
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "bench_pages.py"
_spec = importlib.util.spec_from_file_location("bench_pages", SCRIPT)
bench_pages = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = bench_pages
_spec.loader.exec_module(bench_pages)


def usage(user, system):
    return SimpleNamespace(ru_utime=user, ru_stime=system)


def test_cpu_per_request_divides_each_kinds_seconds_by_the_requests_served():
    split = bench_pages.cpu_per_request(
        {"gunicorn": 10.0, "postgres": 2.0},
        {"gunicorn": 12.0, "postgres": 2.5},
        usage(1.0, 0.5),
        usage(1.1, 0.6),
        100,
    )
    assert split == pytest.approx({"gunicorn": 20.0, "postgres": 5.0, "wrk": 2.0})


def test_cpu_per_request_is_empty_when_nothing_was_served_or_read():
    assert bench_pages.cpu_per_request({"gunicorn": 1.0}, {"gunicorn": 2.0}, usage(0, 0), usage(0, 0), 0) == {}
    assert bench_pages.cpu_per_request({}, {}, usage(0, 0), usage(0, 0), 10) == {}


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads Linux's /proc")
def test_a_busy_process_named_gunicorn_is_counted_under_gunicorn():
    spin = "import sys, time\nend = time.process_time() + 0.3\nwhile time.process_time() < end: pass\ntime.sleep(30)"
    before = bench_pages.cpu_seconds_by_process().get("gunicorn", 0.0)
    worker = subprocess.Popen([sys.executable, "-c", spin, "gunicorn-like-worker"])  # noqa: S603
    try:
        deadline = time.monotonic() + 10
        while bench_pages.cpu_seconds_by_process().get("gunicorn", 0.0) - before < 0.25:
            assert time.monotonic() < deadline, "the spinning process's CPU was never counted"
            time.sleep(0.05)
    finally:
        worker.kill()
        worker.wait()
