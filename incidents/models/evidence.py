from django.db import models


class Mention(models.Model):
    """Where in a source a group, person or location was named."""

    source = models.ForeignKey("incidents.Source", on_delete=models.CASCADE, related_name="mentions")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.CharField(max_length=255)
    group = models.ForeignKey(
        "incidents.Group", null=True, blank=True, on_delete=models.CASCADE, related_name="mentions"
    )
    person = models.ForeignKey(
        "incidents.Person", null=True, blank=True, on_delete=models.CASCADE, related_name="mentions"
    )
    location = models.ForeignKey(
        "incidents.Location", null=True, blank=True, on_delete=models.CASCADE, related_name="mentions"
    )

    class Meta:
        ordering = ["source", "start"]
        constraints = [
            models.CheckConstraint(condition=models.Q(start__lt=models.F("end")), name="mention_start_before_end"),
            models.CheckConstraint(
                condition=(
                    models.Q(group__isnull=False, person__isnull=True, location__isnull=True)
                    | models.Q(group__isnull=True, person__isnull=False, location__isnull=True)
                    | models.Q(group__isnull=True, person__isnull=True, location__isnull=False)
                ),
                name="mention_names_exactly_one_record",
            ),
        ]

    def __str__(self):
        return f"{self.text} [{self.start}:{self.end}]"

    @property
    def kind(self) -> str:
        if self.group_id:
            return "group"
        if self.person_id:
            return "person"
        return "location"
