"""Ingest jobs: run once, rerun safely, bounded attempts, lost workers recovered, a time limit."""

import datetime as dt
import time

import pytest
from django.core.management import call_command
from django.utils import timezone

from incidents.extraction import reading
from incidents.models import IngestJob, Source
from incidents.services import ingest as ingest_service
from incidents.services import jobs
from tests.live.conftest import SEED, article_variant

pytestmark = pytest.mark.django_db


def create(capture, **kwargs):
    with capture(execute=True):
        return jobs.job_create(**kwargs)


def test_a_pasted_article_job_ingests_it_and_records_what_it_created(
    immediate_jobs, analyst, django_capture_on_commit_callbacks
):
    job = create(django_capture_on_commit_callbacks, kind=IngestJob.PASTE, user=analyst, text=article_variant(1),
                 meta={"title": "Commander killed", "published": "2025-09-28"}, origin="pasted text")  # fmt: skip
    job.refresh_from_db()
    assert (job.status, job.outcome, job.attempts, job.error) == (IngestJob.DONE, "ingested", 1, "")
    source = Source.objects.get()
    assert job.source == source and source.title == "Commander killed" and source.ingested_by == analyst
    assert str(source.published) == "2025-09-28"
    assert job.result["created"]["incidents"] and source.incidents.exists()
    assert job.task_id and job.finished_at and job.lease_expires_at is None


def test_running_a_job_twice_ingests_once(immediate_jobs, django_capture_on_commit_callbacks):
    job = create(django_capture_on_commit_callbacks, kind=IngestJob.PASTE, text=article_variant(2))
    assert jobs.job_run(job.pk) == {"job": job.pk, "status": "not claimed"}
    assert Source.objects.count() == 1
    job.refresh_from_db()
    assert job.attempts == 1


def test_a_job_whose_article_was_committed_before_a_crash_finishes_as_already_ingested(
    immediate_jobs, django_capture_on_commit_callbacks
):
    text = article_variant(3)
    # What a worker killed after its commit leaves: the source stored, the job still queued.
    stored = ingest_service.source_ingest(reading.read_bytes(text.encode(), origin="x", html=False)).source
    job = create(django_capture_on_commit_callbacks, kind=IngestJob.PASTE, text=text)
    job.refresh_from_db()
    assert (job.status, job.outcome, job.source) == (IngestJob.DONE, "already_ingested", stored)
    assert Source.objects.count() == 1


def test_a_passing_failure_is_retried_until_the_attempts_run_out(site, settings, immediate_jobs,
                                                                 django_capture_on_commit_callbacks):  # fmt: skip
    settings.JOB_MAX_ATTEMPTS = 2
    job = create(django_capture_on_commit_callbacks, kind=IngestJob.URL, url=site.url + "/not-yet")
    job.refresh_from_db()
    assert (job.status, job.attempts) == (IngestJob.FAILED, 2)
    assert "404" in job.error and site.hits["/not-yet"] == 2


def test_an_article_the_checks_refuse_fails_at_once(immediate_jobs, django_capture_on_commit_callbacks):
    job = create(django_capture_on_commit_callbacks, kind=IngestJob.PASTE, text="   \n  ")
    job.refresh_from_db()
    assert (job.status, job.attempts, job.outcome) == (IngestJob.FAILED, 1, "empty")
    assert "empty" in job.error and not Source.objects.exists()


def test_a_job_whose_worker_was_lost_runs_again(immediate_jobs, django_capture_on_commit_callbacks):
    job = IngestJob.objects.create(kind=IngestJob.PASTE, text=article_variant(4), status=IngestJob.RUNNING,
                                   attempts=1, lease_expires_at=timezone.now() - dt.timedelta(seconds=1))  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        assert jobs.jobs_recover() == 1
    job.refresh_from_db()
    assert (job.status, job.attempts, job.error) == (IngestJob.DONE, 2, "")
    assert Source.objects.count() == 1


def test_a_lost_job_without_attempts_left_fails(immediate_jobs):
    expired = timezone.now() - dt.timedelta(seconds=1)
    job = IngestJob.objects.create(kind=IngestJob.PASTE, text="x", status=IngestJob.RUNNING, attempts=3,
                                   max_attempts=3, lease_expires_at=expired)  # fmt: skip
    live = IngestJob.objects.create(kind=IngestJob.PASTE, text="y", status=IngestJob.RUNNING, attempts=1,
                                    lease_expires_at=timezone.now() + dt.timedelta(minutes=5))  # fmt: skip
    assert jobs.jobs_recover() == 1
    job.refresh_from_db()
    live.refresh_from_db()
    assert job.status == IngestJob.FAILED and "no attempts left" in job.error
    assert live.status == IngestJob.RUNNING


def test_the_time_limit_stops_a_job_that_runs_too_long():
    started = time.monotonic()
    with pytest.raises(jobs.JobTimeout), jobs.time_limit(0.3):
        time.sleep(5)
    assert time.monotonic() - started < 2


def test_a_failed_job_can_be_retried_from_the_jobs_page(site, settings, immediate_jobs, analyst_client,
                                                        django_capture_on_commit_callbacks):  # fmt: skip
    from tests.live.conftest import article_html

    settings.JOB_MAX_ATTEMPTS = 1
    job = create(django_capture_on_commit_callbacks, kind=IngestJob.URL, url=site.url + "/later")
    job.refresh_from_db()
    assert job.status == IngestJob.FAILED
    page = analyst_client.get("/jobs/").content.decode()
    assert f"/jobs/{job.pk}/retry/" in page
    site.page("/later", article_html("Later", article_variant(5)))
    with django_capture_on_commit_callbacks(execute=True):
        response = analyst_client.post(f"/jobs/{job.pk}/retry/")
    assert response.status_code == 302
    job.refresh_from_db()
    assert (job.status, job.attempts) == (IngestJob.DONE, 1) and job.source.url.endswith("/later")
    assert "Later" in analyst_client.get(f"/jobs/{job.pk}/").content.decode()


def test_a_viewer_cannot_retry_a_job(viewer_client):
    job = IngestJob.objects.create(kind=IngestJob.PASTE, text="x", status=IngestJob.FAILED)
    assert viewer_client.post(f"/jobs/{job.pk}/retry/").status_code == 403
    assert viewer_client.get("/jobs/").status_code == 200


def test_the_ingest_command_queues_articles_as_jobs(immediate_jobs, django_capture_on_commit_callbacks, capsys):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(SEED), "--queue")
    job = IngestJob.objects.get()
    assert (job.kind, job.status, job.outcome) == (IngestJob.COMMAND, IngestJob.DONE, "ingested")
    assert job.source.title.startswith("Top Daesh commander")  # the sidecar's metadata came along
    assert f"queued as job {job.pk}" in capsys.readouterr().out
