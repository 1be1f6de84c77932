from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models


class MergeRecord(models.Model):
    """One record merged into another, with what is needed to undo it.

    `snapshot` holds the absorbed record's fields and every link that was moved,
    so that un-merging restores them.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    survivor_id = models.PositiveBigIntegerField()
    absorbed_id = models.PositiveBigIntegerField()
    absorbed_name = models.CharField(max_length=255, blank=True)
    snapshot = models.JSONField(default=dict)
    automatic = models.BooleanField(default=False, help_text="Merged by the ingest pipeline, not by a person")
    reason = models.TextField(blank=True)
    performed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    performed_at = models.DateTimeField(auto_now_add=True)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    undone_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-performed_at"]
        indexes = [
            models.Index(fields=["content_type", "survivor_id"], name="merge_survivor"),
            # An old link to a merged-away record finds where it went (ObjectDetailView).
            models.Index(fields=["content_type", "absorbed_id"], name="merge_absorbed"),
        ]

    def __str__(self):
        return f"{self.content_type.model} {self.absorbed_id} → {self.survivor_id}"


class NotSamePair(models.Model):
    """An analyst's decision that two records are different: never suggested as duplicates again."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    first_id = models.PositiveBigIntegerField()
    second_id = models.PositiveBigIntegerField()
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_type", "first_id", "second_id"], name="not_same_pair_unique"),
            models.CheckConstraint(
                condition=models.Q(first_id__lt=models.F("second_id")), name="not_same_pair_ordered"
            ),
        ]

    def __str__(self):
        return f"{self.content_type.model} {self.first_id} is not {self.second_id}"

    @classmethod
    def ordered(cls, a: int, b: int) -> tuple[int, int]:
        return (a, b) if a < b else (b, a)
