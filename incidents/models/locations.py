from django.db import models
from simple_history.models import HistoricalRecords

from incidents.choices import LocationKind
from incidents.models.base import FoldedName, TimeStamped, provenance_field


class Location(FoldedName, TimeStamped):
    """A place: the gazetteer is this table (countries, divisions, towns, analysts' sites)."""

    kind = models.CharField(max_length=16, choices=LocationKind.choices)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="children")
    country_code = models.CharField(max_length=2, blank=True, help_text="ISO 3166-1 alpha-2")
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    geonames_id = models.BigIntegerField(null=True, blank=True, unique=True)
    population = models.BigIntegerField(null=True, blank=True)
    provenance = provenance_field()
    history = HistoricalRecords(excluded_fields=["name_folded"])

    class Meta:
        ordering = ["name"]
        indexes = [
            models.Index(fields=["kind", "country_code"], name="location_kind_country"),
            # "Incidents in this country": the country's place ids from the index alone.
            models.Index(fields=["country_code", "id"], name="location_country_cover"),
            # "Incidents in this country, by place": the country's places in name order, so the list stops at its
            # page (1M incidents: the id walk in EXPLAIN 24.6 -> 1.0 ms, Afghanistan's 80,460; the whole page's
            # median 29.4 -> 13.7 ms; selectors.placed_by_name).
            models.Index(fields=["country_code", "name_folded", "id"], name="location_country_name"),
        ]
        constraints = [
            models.CheckConstraint(condition=~models.Q(parent=models.F("pk")), name="location_parent_not_self"),
            models.CheckConstraint(
                condition=models.Q(latitude__isnull=True) | models.Q(latitude__gte=-90, latitude__lte=90),
                name="location_latitude_range",
            ),
            models.CheckConstraint(
                condition=models.Q(longitude__isnull=True) | models.Q(longitude__gte=-180, longitude__lte=180),
                name="location_longitude_range",
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.country_code})" if self.country_code else self.name

    def get_absolute_url(self):
        from incidents.links import detail_url

        return detail_url("location-detail", self.pk)


class LocationName(FoldedName):
    """An alternate name or spelling of a place (Mazar-e Sharif, Mazar Sharif, ...)."""

    location = models.ForeignKey(Location, on_delete=models.CASCADE, related_name="alternate_names")

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["location", "name_folded"], name="location_name_unique_per_place")
        ]

    def __str__(self):
        return self.name
