from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models


class Scheme(models.TextChoices):
    STIX = "stix", "STIX 2.1 id"
    ACLED = "acled", "ACLED event_id_cnty"


class ExternalId(models.Model):
    """A record's identifier in another dataset, so re-imports update it instead of duplicating it.

    Exports reuse it too: an incident imported from ACLED goes back out with its own
    event_id_cnty, a group imported from STIX with its STIX id.
    """

    scheme = models.CharField(max_length=8, choices=Scheme.choices)
    value = models.CharField(max_length=255)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    record = GenericForeignKey("content_type", "object_id")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["scheme", "value"], name="external_id_unique")]
        indexes = [models.Index(fields=["content_type", "object_id", "scheme"], name="external_id_record")]
        verbose_name = "external identifier"

    def __str__(self):
        return f"{self.scheme}:{self.value}"
