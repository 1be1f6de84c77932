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


def test_cpu_per_request_divides_what_each_kind_spent_between_the_readings_by_the_requests_served():
    before = {10: ("gunicorn", 10.0), 11: ("gunicorn", 1.0), 20: ("postgres", 2.0)}
    after = {10: ("gunicorn", 11.5), 11: ("gunicorn", 1.5), 20: ("postgres", 2.5)}
    split = bench_pages.cpu_per_request(before, after, usage(1.0, 0.5), usage(1.1, 0.6), 100)
    assert split == pytest.approx({"gunicorn": 20.0, "postgres": 5.0, "wrk": 2.0})


def test_a_process_started_between_the_readings_counts_from_zero_and_one_gone_counts_nothing():
    before = {10: ("gunicorn", 10.0), 30: ("postgres", 50.0)}
    after = {10: ("gunicorn", 10.0), 31: ("postgres", 0.4)}
    split = bench_pages.cpu_per_request(before, after, usage(0, 0), usage(0, 0), 100)
    assert split == pytest.approx({"gunicorn": 0.0, "postgres": 4.0, "wrk": 0.0})


def test_cpu_per_request_is_empty_when_nothing_was_served_or_read():
    reading = {10: ("gunicorn", 1.0)}
    assert bench_pages.cpu_per_request(reading, reading, usage(0, 0), usage(0, 0), 0) == {}
    assert bench_pages.cpu_per_request({}, {}, usage(0, 0), usage(0, 0), 10) == {}


def test_the_budget_a_request_may_take_is_the_cores_time_shared_by_the_rate():
    budget, cores = bench_pages.cpu_budget_ms(150)
    assert cores >= 1
    assert budget == pytest.approx(1000 * cores / 150)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads Linux's /proc")
def test_the_servers_busy_child_is_counted_under_gunicorn_and_another_process_is_not():
    spin = "import time\nend = time.process_time() + 0.3\nwhile time.process_time() < end: pass\ntime.sleep(30)"
    # A server whose child spins (as a worker serving requests), and a stranger that spins as well
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "-c", f"import subprocess, sys; subprocess.run([sys.executable, '-c', {spin!r}])"]
    )
    stranger = subprocess.Popen([sys.executable, "-c", spin])  # noqa: S603
    try:
        deadline = time.monotonic() + 10
        while True:
            spent = bench_pages.cpu_seconds_by_process(server.pid, "no-such-database")
            if sum(seconds for kind, seconds in spent.values()) >= 0.25:
                break
            assert time.monotonic() < deadline, "the server's child's CPU was never counted"
            time.sleep(0.05)
        assert {kind for kind, _ in spent.values()} == {"gunicorn"}
        assert server.pid in spent and stranger.pid not in spent
    finally:
        for process in (server, stranger):
            process.kill()
            process.wait()
