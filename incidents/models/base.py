from django.db import models

from incidents.choices import Origin
from incidents.extraction.normalize import fold


class TimeStamped(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class FoldedName(models.Model):
    """A name with its lookup key (see `incidents.extraction.normalize.fold`)."""

    name = models.CharField(max_length=255)
    name_folded = models.CharField(max_length=255, db_index=True, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # The key is derived data: keeping it in step with the name is not business logic.
        self.name_folded = fold(self.name)
        super().save(*args, **kwargs)


def provenance_field():
    return models.CharField(max_length=16, choices=Origin.choices, default=Origin.ANALYST)
