"""Live ingest: news feeds, the items read from them, and ingest jobs.

An `IngestJob` is this project's own record of one ingest run on the task queue
(Django's Tasks API): it holds the article (text, or the URL to fetch), its status,
attempts and what it created, the same whichever queue backend runs it.
"""

from django.conf import settings
from django.db import models


class Feed(models.Model):
    """An RSS or Atom feed polled for new articles."""

    url = models.URLField(max_length=2000, unique=True)
    title = models.CharField(max_length=300, blank=True)
    active = models.BooleanField(default=True)
    poll_minutes = models.PositiveIntegerField(default=30, help_text="Minutes between polls")
    last_polled_at = models.DateTimeField(null=True, blank=True)
    next_poll_at = models.DateTimeField(null=True, blank=True, db_index=True)
    last_error = models.TextField(blank=True)
    failures = models.PositiveIntegerField(default=0, help_text="Polls failed in a row (each one doubles the wait)")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["title", "url"]

    def __str__(self):
        return self.title or self.url

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("feed-detail", args=[self.pk])


class FeedItem(models.Model):
    """One entry seen in a feed; its guid, link and text hash keep it from being ingested twice."""

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="items")
    guid = models.CharField(max_length=1000)
    url = models.URLField(max_length=2000, blank=True, db_index=True)
    title = models.CharField(max_length=500, blank=True)
    sha256 = models.CharField(max_length=64, blank=True, db_index=True)
    source = models.ForeignKey("incidents.Source", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    seen_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-seen_at"]
        constraints = [models.UniqueConstraint(fields=["feed", "guid"], name="feeditem_feed_guid")]

    def __str__(self):
        return self.title or self.url or self.guid


class IngestJob(models.Model):
    QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
    STATUS_CHOICES = [(QUEUED, "Queued"), (RUNNING, "Running"), (DONE, "Done"), (FAILED, "Failed")]
    PASTE, UPLOAD, URL, FEED, COMMAND = "paste", "upload", "url", "feed", "command"
    KIND_CHOICES = [(PASTE, "Pasted text"), (UPLOAD, "Uploaded file"), (URL, "URL"), (FEED, "Feed item"),
                    (COMMAND, "Command")]  # fmt: skip

    kind = models.CharField(max_length=10, choices=KIND_CHOICES)
    status = models.CharField(max_length=10, choices=STATUS_CHOICES, default=QUEUED, db_index=True)
    stage = models.CharField(max_length=40, blank=True, help_text="What a running job is doing now")
    # The article: its text as read (paste, upload, command), or a URL to fetch when the job runs.
    text = models.TextField(blank=True)
    url = models.URLField(max_length=2000, blank=True)
    meta = models.JSONField(default=dict, blank=True, help_text="title, publisher, published, url overrides")
    origin = models.CharField(max_length=500, blank=True, help_text="File name or URL the article came from")
    force = models.BooleanField(default=False, help_text="Ingest even if the text is not English")
    feed_item = models.ForeignKey(FeedItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="jobs")
    attempts = models.PositiveIntegerField(default=0)
    max_attempts = models.PositiveIntegerField(default=3)
    task_id = models.CharField(max_length=64, blank=True, help_text="The queue's id of the latest attempt")
    worker = models.CharField(max_length=100, blank=True, help_text="Host and process of the latest attempt")
    lease_expires_at = models.DateTimeField(
        null=True, blank=True, help_text="A running job not finished by then is taken as lost and run again"
    )
    error = models.TextField(blank=True)
    outcome = models.CharField(max_length=20, blank=True, help_text="ingested, already_ingested, ...")
    result = models.JSONField(default=dict, blank=True, help_text="What the ingest created and matched")
    source = models.ForeignKey("incidents.Source", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "lease_expires_at"], name="ingestjob_status_lease")]

    def __str__(self):
        return f"Ingest job {self.pk} ({self.get_kind_display()}, {self.status})"

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("job-detail", args=[self.pk])

    @property
    def label(self) -> str:
        return (self.meta or {}).get("title") or self.origin or self.url or f"Job {self.pk}"

    @property
    def finished(self) -> bool:
        return self.status in (self.DONE, self.FAILED)
