"""The tasks the queue runs, written against Django's Tasks API (the django-tasks backport on Django 5.2).

Which queue runs them is a setting (settings.TASKS, chosen by JOBS_BACKEND). Each task
is a thin wrapper: the work and its bookkeeping are in incidents.services.
"""

from django_tasks import task


@task()
def ingest_job_run(job_id: int) -> dict:
    """Run one ingest job (incidents.services.jobs.job_run)."""
    from incidents.services.jobs import job_run

    return job_run(job_id)


@task()
def feed_poll(feed_id: int) -> dict:
    """Read one feed and queue an ingest job for each item not seen before."""
    from incidents.services.feeds import feed_poll as poll

    return poll(feed_id)


@task()
def feeds_poll_due() -> dict:
    """Queue a poll of every active feed whose time has come, and recover jobs whose worker was lost."""
    from incidents.services.feeds import feeds_due_enqueue
    from incidents.services.jobs import jobs_recover

    return {"feeds": feeds_due_enqueue(), "recovered": jobs_recover()}
