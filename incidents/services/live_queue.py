"""Queue articles read from files as ingest jobs (`manage.py ingest --queue`)."""

from django.conf import settings
from django.db import transaction

from incidents.extraction import reading
from incidents.models import IngestJob
from incidents.services import jobs


def articles_queue(items, *, overrides: dict, force: bool = False, user=None):
    """Read each item now (so a bad file is reported at once) and queue one job per article.

    Returns (jobs queued, error messages); one unreadable article does not stop the others.
    """
    queued, failures = [], []
    for item in items:
        try:
            article = reading.read_any(item, overrides=overrides, max_bytes=settings.INGEST_MAX_BYTES, force=force)
        except reading.ReadError as exc:
            failures.append(str(exc))
            continue
        meta = {k: getattr(article.meta, k) for k in reading.META_FIELDS if getattr(article.meta, k, None)}
        with transaction.atomic():
            job = jobs.job_create(kind=IngestJob.COMMAND, user=user, text=article.text, meta=meta,
                                  origin=article.origin, force=force)  # fmt: skip
        queued.append(job)
    return queued, failures
