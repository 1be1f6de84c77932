"""Ingest jobs on the task queue: create, run with bounded attempts and a time limit, retry, recover.

A job is an `IngestJob` row plus a task on whichever queue `settings.TASKS` names
(incidents.tasks). The row is the truth; the task only carries its id. That keeps
every backend behaving the same, and makes a run idempotent:

- a worker claims a job by moving it from queued to running in one UPDATE, so two
  deliveries of the same task never both run it;
- the ingest itself is `ingest.source_ingest`, whose writes are one transaction: a
  worker killed mid-job leaves nothing half-written, and the text's unique sha256
  turns a rerun after a commit into "already ingested" with that source;
- a running job whose lease ran out (its worker died) is put back on the queue by
  `jobs_recover` (run by the scheduler), until its attempts are used up.

Neither the database backend nor the RQ backend of django-tasks retries or recovers
a task by itself, which is why the attempts and leases live here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import signal
import socket
import threading

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from incidents.extraction import reading
from incidents.models import IngestJob
from incidents.services import fetching
from incidents.services import ingest as ingest_service

logger = logging.getLogger(__name__)

# A lost job is retried only after its time limit plus this much, so a slow but live worker is not doubled.
LEASE_GRACE_SECONDS = 30
# Seconds before the second, third ... attempt of a job that failed for a passing reason.
RETRY_DELAYS = (10, 60, 300)
# Errors a second attempt would meet again: the job fails at once.
PERMANENT_ERRORS = (reading.ReadError, fetching.RefusedURL, ingest_service.GazetteerNotLoaded)


class JobTimeout(Exception):
    """The job ran past settings.JOB_TIMEOUT_SECONDS."""


# ---------------------------------------------------------------- creating and queueing


def job_create(*, kind: str, user=None, text: str = "", url: str = "", meta: dict | None = None,
               origin: str = "", force: bool = False, feed_item=None) -> IngestJob:  # fmt: skip
    """Record a job and queue it once the surrounding transaction commits."""
    job = IngestJob.objects.create(
        kind=kind, text=text, url=url, meta=_json_meta(meta or {}), origin=origin[-500:], force=force,
        feed_item=feed_item, created_by=user if user is not None and user.is_authenticated else None,
        max_attempts=max(1, settings.JOB_MAX_ATTEMPTS),
    )  # fmt: skip
    job_enqueue(job.pk)
    return job


def job_enqueue(job_id: int, *, delay_seconds: int = 0) -> None:
    # The worker must find the row: send the task only after it is committed.
    transaction.on_commit(lambda: _send(job_id, delay_seconds))


def _send(job_id: int, delay_seconds: int) -> None:
    from incidents.tasks import ingest_job_run

    task = ingest_job_run
    if delay_seconds and task.get_backend().supports_defer:
        task = task.using(run_after=timezone.now() + dt.timedelta(seconds=delay_seconds))
    result = task.enqueue(job_id)
    IngestJob.objects.filter(pk=job_id).update(task_id=str(result.id)[:64])


def job_retry(job: IngestJob) -> bool:
    """Queue a failed job again with a fresh set of attempts; False if it is not failed."""
    updated = IngestJob.objects.filter(pk=job.pk, status=IngestJob.FAILED).update(
        status=IngestJob.QUEUED, attempts=0, stage="", finished_at=None
    )
    if updated:
        job_enqueue(job.pk)
    return bool(updated)


def jobs_recover(now=None) -> int:
    """Put running jobs whose worker was lost back on the queue (or fail them); return how many."""
    now = now or timezone.now()
    count = 0
    for job in IngestJob.objects.filter(status=IngestJob.RUNNING, lease_expires_at__lt=now):
        lost = f"the worker stopped during attempt {job.attempts} (killed or lost)"
        with transaction.atomic():
            if job.attempts < job.max_attempts:
                n = IngestJob.objects.filter(pk=job.pk, status=IngestJob.RUNNING).update(
                    status=IngestJob.QUEUED, stage="", error=lost + "; running it again", lease_expires_at=None
                )
                if n:
                    job_enqueue(job.pk)
            else:
                n = IngestJob.objects.filter(pk=job.pk, status=IngestJob.RUNNING).update(
                    status=IngestJob.FAILED, stage="", error=lost + "; no attempts left", finished_at=now
                )
        count += n
    return count


# ---------------------------------------------------------------- running


def job_run(job_id: int) -> dict:
    """The task's body: claim the job, ingest it, record the outcome. Safe to call twice."""
    now = timezone.now()
    lease = now + dt.timedelta(seconds=settings.JOB_TIMEOUT_SECONDS + LEASE_GRACE_SECONDS)
    claimed = IngestJob.objects.filter(pk=job_id, status=IngestJob.QUEUED).update(
        status=IngestJob.RUNNING, attempts=F("attempts") + 1, started_at=now, lease_expires_at=lease,
        stage="starting", worker=f"{socket.gethostname()}:{os.getpid()}"[:100],
    )  # fmt: skip
    if not claimed:
        # Done, failed, or already taken by another delivery of the same task.
        return {"job": job_id, "status": "not claimed"}
    job = IngestJob.objects.select_related("created_by", "feed_item").get(pk=job_id)
    try:
        with time_limit(settings.JOB_TIMEOUT_SECONDS):
            result = _ingest(job)
    except Exception as exc:
        return _failure(job, exc)
    return _success(job, result)


def _ingest(job: IngestJob) -> ingest_service.IngestResult:
    article = job_article(job)
    _stage(job, "extracting and saving")
    return ingest_service.source_ingest(article, user=job.created_by, force=job.force)


def job_article(job: IngestJob):
    """The job's article: its stored text, or the page at its URL fetched now."""
    overrides = {k: v for k, v in (job.meta or {}).items() if v}
    if job.url and not job.text:
        _stage(job, "fetching")
        page = fetching.fetch(job.url)
        _stage(job, "reading")
        overrides.setdefault("url", page.url)
        return reading.read_bytes(
            page.body, origin=page.url, html=page.content_type != "text/plain", overrides=overrides,
            max_bytes=settings.INGEST_MAX_BYTES, force=job.force,
        )  # fmt: skip
    _stage(job, "reading")
    return reading.read_bytes(
        job.text.encode("utf-8"), origin=job.origin or f"job {job.pk}", html=False, overrides=overrides,
        max_bytes=settings.INGEST_MAX_BYTES, force=job.force,
    )  # fmt: skip


def _stage(job: IngestJob, stage: str) -> None:
    IngestJob.objects.filter(pk=job.pk).update(stage=stage)


def _success(job: IngestJob, result: ingest_service.IngestResult) -> dict:
    IngestJob.objects.filter(pk=job.pk).update(
        status=IngestJob.DONE, stage="", error="", outcome=result.status, result=result.as_dict(),
        source=result.source, finished_at=timezone.now(), lease_expires_at=None,
    )  # fmt: skip
    if job.feed_item_id:
        from incidents.models import FeedItem

        FeedItem.objects.filter(pk=job.feed_item_id).update(source=result.source, sha256=result.sha256)
    return {"job": job.pk, "status": IngestJob.DONE, "outcome": result.status}


def _failure(job: IngestJob, exc: Exception) -> dict:
    message = str(exc) if isinstance(exc, PERMANENT_ERRORS + (fetching.FetchError, JobTimeout)) else repr(exc)
    attempts = IngestJob.objects.values_list("attempts", flat=True).get(pk=job.pk)
    again = not isinstance(exc, PERMANENT_ERRORS) and attempts < job.max_attempts
    if again:
        delay = RETRY_DELAYS[min(attempts - 1, len(RETRY_DELAYS) - 1)]
        with transaction.atomic():
            IngestJob.objects.filter(pk=job.pk).update(
                status=IngestJob.QUEUED, stage="", error=f"attempt {attempts} failed: {message}; retrying",
                lease_expires_at=None,
            )  # fmt: skip
            job_enqueue(job.pk, delay_seconds=delay)
        return {"job": job.pk, "status": IngestJob.QUEUED, "error": message}
    if not isinstance(exc, PERMANENT_ERRORS):
        logger.warning("ingest job %s failed after %s attempts", job.pk, attempts, exc_info=exc)
    IngestJob.objects.filter(pk=job.pk).update(
        status=IngestJob.FAILED, stage="", error=message, finished_at=timezone.now(), lease_expires_at=None,
        outcome=getattr(exc, "code", "error"),
    )  # fmt: skip
    return {"job": job.pk, "status": IngestJob.FAILED, "error": message}


@contextlib.contextmanager
def time_limit(seconds: float):
    """Raise `JobTimeout` in this block after `seconds` (a SIGALRM timer; main thread only).

    A timer already set (RQ's own job timeout) is saved and set again afterwards.
    """
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise JobTimeout(f"the job ran longer than its {seconds} s limit")

    previous_handler = signal.signal(signal.SIGALRM, expire)
    previous_delay, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    started = timezone.now()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        if previous_delay:
            left = previous_delay - (timezone.now() - started).total_seconds()
            signal.setitimer(signal.ITIMER_REAL, max(left, 0.01))


def _json_meta(meta: dict) -> dict:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in meta.items() if v not in (None, "")}
