"""Real worker processes on the configured queue (PostgreSQL): two workers, and one killed mid-job.

The queue is whatever the settings name: the database queue by default, RQ on Redis
when JOBS_BACKEND=rq (CI runs this module both ways, with the broker it starts).
Jobs are created from another thread's connection, so they are committed and the
workers see them; what the test adds is deleted by hand at the end (a transactional
test would flush the session's gazetteer with it).
"""

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from incidents.models import IngestJob, Source
from incidents.services import jobs
from tests.live.conftest import article_variant
from tests.threads import in_thread

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


@pytest.fixture(autouse=True)
def _postgres_and_broker():
    if connection.vendor != "postgresql":
        pytest.skip("worker processes share the test database on PostgreSQL")
    if settings.JOBS_BACKEND == "rq":
        import redis

        try:
            redis.Redis.from_url(settings.REDIS_URL).ping()
        except redis.RedisError:
            pytest.skip(f"no Redis at {settings.REDIS_URL}")
            return
        import django_rq

        django_rq.get_queue("default").empty()


def worker_env(**extra) -> dict:
    db = connection.settings_dict
    url = f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    return {**os.environ, "DATABASE_URL": url, "JOBS_BACKEND": settings.JOBS_BACKEND, "REDIS_URL": settings.REDIS_URL,
            "DJANGO_DEBUG": "1", **extra}  # fmt: skip


def start(args, env) -> subprocess.Popen:
    # Its own process group: a kill reaches RQ's work horse too.
    return subprocess.Popen(args, cwd=ROOT, env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip


def stop(proc: subprocess.Popen, sig=signal.SIGTERM) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, sig)
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(5)


def wait_for(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


def committed(func):
    """Run `func` on another connection, in a transaction that commits (on_commit callbacks run)."""

    def body():
        with transaction.atomic():
            return func()

    return in_thread(body)


@pytest.fixture
def cleanup():
    """Delete every row the test's workers and threads added to the project's tables."""
    models = [m for m in apps.get_models() if m._meta.app_label in ("incidents", "django_tasks_db")]
    before = {m: (m.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) for m in models
              if m._meta.pk.get_internal_type() in ("AutoField", "BigAutoField")}  # fmt: skip
    yield

    def delete_added():
        from django_tasks_db.models import DBTaskResult

        DBTaskResult.objects.all().delete()
        for _ in range(5):  # protected links: delete what can be deleted, then go again
            left = 0
            for model, last in before.items():
                try:
                    model.objects.filter(pk__gt=last).delete()
                except Exception:
                    left += 1
            if not left:
                return

    in_thread(delete_added)


def test_two_workers_share_the_queue_and_each_job_runs_once(cleanup):
    texts = [article_variant(100 + n) for n in range(6)]
    ids = committed(lambda: [jobs.job_create(kind=IngestJob.PASTE, text=t, origin=f"w{n}").pk
                             for n, t in enumerate(texts)])  # fmt: skip
    workers = [start([sys.executable, "manage.py", "jobs_worker", "--interval=0.2"], worker_env()) for _ in range(2)]
    try:
        wait_for(lambda: IngestJob.objects.filter(pk__in=ids, status=IngestJob.DONE).count() == len(ids), 240,
                 "all jobs done")  # fmt: skip
    finally:
        for worker in workers:
            stop(worker)
    done = IngestJob.objects.filter(pk__in=ids)
    assert {job.outcome for job in done} == {"ingested"} and {job.attempts for job in done} == {1}
    assert Source.objects.filter(pk__in=done.values("source")).count() == len(ids)
    assert len({job.worker for job in done}) == 2, "both worker processes took jobs"


def test_a_worker_killed_mid_job_leaves_nothing_half_written_and_the_job_runs_again(cleanup, tmp_path):
    marker = tmp_path / "stalled"
    sources_before = Source.objects.count()
    incidents_before = apps.get_model("incidents", "Incident").objects.count()
    job_id = committed(lambda: jobs.job_create(kind=IngestJob.PASTE, text=article_variant(200), origin="kill").pk)
    worker = start([sys.executable, str(ROOT / "tests/live/stalling_worker.py")], worker_env(STALL_MARKER=str(marker)))
    try:
        wait_for(marker.exists, 180, "the worker to reach the middle of the ingest")
        assert IngestJob.objects.get(pk=job_id).status == IngestJob.RUNNING
    finally:
        stop(worker, signal.SIGKILL)
    # The Source row was written inside the transaction; the kill rolled all of it back.
    assert Source.objects.count() == sources_before
    assert apps.get_model("incidents", "Incident").objects.count() == incidents_before
    job = IngestJob.objects.get(pk=job_id)
    assert (job.status, job.attempts) == (IngestJob.RUNNING, 1)

    # Later (past the job's lease) the schedule finds the job lost and queues it again.
    later = timezone.now() + dt.timedelta(seconds=settings.JOB_TIMEOUT_SECONDS + jobs.LEASE_GRACE_SECONDS + 1)
    assert committed(lambda: jobs.jobs_recover(now=later)) == 1
    worker = start([sys.executable, "manage.py", "jobs_worker", "--interval=0.2"], worker_env())
    try:
        wait_for(lambda: IngestJob.objects.get(pk=job_id).status == IngestJob.DONE, 180, "the job to be done")
    finally:
        stop(worker)
    job = IngestJob.objects.get(pk=job_id)
    assert (job.outcome, job.attempts) == ("ingested", 2)
    assert Source.objects.count() == sources_before + 1 and job.source.incidents.exists()
