from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords


class Source(models.Model):
    """One ingested document, kept exactly as ingested (its sha256 is unique)."""

    title = models.CharField(max_length=500, blank=True)
    publisher = models.CharField(max_length=200, blank=True, db_index=True)
    author = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=2000, blank=True)
    published = models.DateField(null=True, blank=True, db_index=True)
    dateline = models.CharField(max_length=200, blank=True)
    language = models.CharField(max_length=8, default="en")
    text = models.TextField()
    sha256 = models.CharField(max_length=64, unique=True)
    original_name = models.CharField(max_length=500, blank=True, help_text="File the text was read from")
    ingested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    ingested_at = models.DateTimeField(auto_now_add=True, db_index=True)
    extraction = models.JSONField(default=dict, blank=True, help_text="The extraction document (incident-extraction/1)")
    extractor_version = models.CharField(max_length=40, blank=True)
    history = HistoricalRecords(excluded_fields=["text", "extraction"])

    class Meta:
        ordering = ["-ingested_at"]

    def __str__(self):
        return self.title or self.original_name or f"Source {self.pk}"

    def get_absolute_url(self):
        from incidents.links import detail_url

        return detail_url("source-detail", self.pk)
