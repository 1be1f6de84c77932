from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from simple_history.models import HistoricalRecords

from incidents.choices import ActorRole, DatePrecision, IncidentType, PersonRole, ReviewStatus
from incidents.models.base import TimeStamped


def non_negative(field: str, prefix: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=models.Q(**{f"{field}__isnull": True}) | models.Q(**{f"{field}__gte": 0}),
        name=f"{prefix}_{field}_not_negative",
    )


class Incident(TimeStamped):
    """One violent event, coded from one or more sources."""

    type = models.CharField(max_length=32, choices=IncidentType.choices)
    summary = models.TextField(blank=True)
    date_start = models.DateField(null=True, blank=True)
    date_end = models.DateField(null=True, blank=True)
    date_precision = models.CharField(max_length=8, choices=DatePrecision.choices, blank=True)
    date_text = models.CharField(max_length=255, blank=True, help_text="The words that gave the date")
    location = models.ForeignKey(
        "incidents.Location",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="incidents",
        db_index=False,  # incident_location_date (below) leads with it
    )
    fatalities = models.IntegerField(null=True, blank=True)
    fatalities_text = models.CharField(max_length=255, blank=True)
    injured = models.IntegerField(null=True, blank=True)
    perpetrator_unknown = models.BooleanField(default=False)
    targets = models.JSONField(default=list, blank=True, help_text="Who or what was attacked, in words")
    review_status = models.CharField(max_length=16, choices=ReviewStatus.choices, default=ReviewStatus.EXTRACTED)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_reason = models.CharField(
        max_length=500,
        blank=True,
        help_text="Why a reviewed incident is back for review (a merge changed its figures); cleared on review.",
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_incidents",
        help_text="The analyst who took it on from the review queue.",
    )
    confidence = models.FloatField(null=True, blank=True)
    analyst_edited = models.BooleanField(
        default=False, help_text="Changed by an analyst: re-extraction never overwrites it."
    )
    possible_duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="possible_duplicates"
    )
    search_text = models.TextField(
        blank=True, editable=False, help_text="Summary, names and aliases, kept for free-text search"
    )
    # PostgreSQL only (null on SQLite): search_text (weight A) and the linked sources' text (weight B) as one
    # vector under a GIN index. Database triggers keep it (migration 0012), whoever writes the incident, its
    # source links or a source's text. Matching the incident and its sources through two subqueries read
    # every match before the page could stop (at 1,000,000 incidents a broad term: 271 ms; bench_pages).
    # Derived, so left out of serialized snapshots and dumps.
    search_vector = SearchVectorField(null=True, editable=False, serialize=False)
    groups = models.ManyToManyField("incidents.Group", through="incidents.IncidentActor", related_name="incidents")
    persons = models.ManyToManyField("incidents.Person", through="incidents.IncidentPerson", related_name="incidents")
    sources = models.ManyToManyField("incidents.Source", through="incidents.IncidentSource", related_name="incidents")
    history = HistoricalRecords(excluded_fields=["search_text", "search_vector"])

    class Meta:
        ordering = ["-date_start", "-id"]
        permissions = [
            ("review_incident", "Can mark incidents reviewed, disputed or rejected"),
            ("merge_records", "Can merge duplicate incidents, groups and persons"),
        ]
        indexes = [
            models.Index(fields=["-date_start", "-id"], name="incident_date_order"),
            models.Index(fields=["type", "-date_start"], name="incident_type_date"),
            # Lists sorted by a column end on the id (TieBreakOrderingFilter): with the id in the
            # index a sorted page walks it and stops after 25 rows. With the column alone, the few
            # distinct values make huge ties that were all read and sorted: a country at 1,000,000
            # incidents sorted by deaths 407 ms, by status 267 ms, by type 216 ms (bench_pages).
            models.Index(fields=["type", "id"], name="incident_type_order"),
            models.Index(fields=["fatalities", "id"], name="incident_fatalities"),
            models.Index(fields=["review_status", "id"], name="incident_status_order"),
            # A place's incidents in a time window: matching a new report's persons looks for
            # those seen in the same country within 90 days (at 1,000,000 incidents 172 ms
            # through the place index alone, 58 ms with the date beside it; bench_pages ingest).
            models.Index(fields=["location", "date_start"], name="incident_location_date"),
            # Lists hide rejected incidents by default: without these, every capped count
            # ("1,000+") read each matching row to check its status (a country at 100,000
            # incidents: 57 ms; with them an index-only scan, 2.3 ms; bench_pages). The id beside
            # the place serves the list sorted by place from the index alone (see
            # selectors.placed_by_name: 1,001 ids in 6 ms at 1,000,000, 14 ms without).
            models.Index(
                fields=["location", "id"], condition=~models.Q(review_status="rejected"), name="incident_location_kept"
            ),
            models.Index(fields=["id"], condition=~models.Q(review_status="rejected"), name="incident_kept"),
            # The queue's "figures changed after review" tab: a handful among a million unreviewed rows.
            models.Index(
                fields=["-date_start", "-id"], condition=~models.Q(review_reason=""), name="incident_back_for_review"
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(date_start__isnull=True)
                | models.Q(date_end__isnull=True)
                | models.Q(date_start__lte=models.F("date_end")),
                name="incident_date_start_before_end",
            ),
            non_negative("fatalities", "incident"),
            non_negative("injured", "incident"),
            models.CheckConstraint(
                condition=models.Q(confidence__isnull=True) | models.Q(confidence__gte=0, confidence__lte=1),
                name="incident_confidence_range",
            ),
            models.CheckConstraint(
                condition=~models.Q(possible_duplicate_of=models.F("pk")), name="incident_not_duplicate_of_self"
            ),
        ]

    def __str__(self):
        return f"{self.get_type_display()} — {self.location or 'unknown place'}, {self.date_label}"

    @property
    def date_label(self) -> str:
        """The date as precisely as it is known: "2022" is not 1 January 2022."""
        if not self.date_start:
            return "undated"
        if self.date_precision == DatePrecision.YEAR:
            return str(self.date_start.year)
        if self.date_precision == DatePrecision.MONTH:
            return self.date_start.strftime("%Y-%m")
        if self.date_precision == DatePrecision.WEEK:
            return f"week of {self.date_start.isoformat()}"
        if self.date_end and self.date_end != self.date_start:
            return f"{self.date_start.isoformat()} to {self.date_end.isoformat()}"
        return self.date_start.isoformat()

    def get_absolute_url(self):
        from incidents.links import detail_url

        return detail_url("incident-detail", self.pk)

    @property
    def is_protected(self) -> bool:
        """Reviewed or edited by an analyst: automatic re-extraction leaves it alone."""
        return self.analyst_edited or self.review_status != ReviewStatus.EXTRACTED


class IncidentActor(models.Model):
    """A group's part in an incident: perpetrator or target."""

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="actors")
    group = models.ForeignKey("incidents.Group", on_delete=models.CASCADE, related_name="incident_roles")
    role = models.CharField(max_length=16, choices=ActorRole.choices)
    claimed = models.BooleanField(default=False, help_text="The group claimed responsibility")
    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["incident", "group", "role"], name="incident_actor_unique"),
        ]
        indexes = [
            # "Incidents of these groups": an index-only scan yields the incident ids.
            models.Index(fields=["group", "role", "incident"], name="incident_actor_group_cover"),
            # Most active groups (dashboard): an index-only scan, already grouped by group.
            models.Index(fields=["role", "group"], name="incident_actor_role_group"),
        ]

    def __str__(self):
        return f"{self.group} ({self.get_role_display()})"


class IncidentPerson(models.Model):
    """A person's part in an incident."""

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="person_roles")
    person = models.ForeignKey("incidents.Person", on_delete=models.CASCADE, related_name="incident_roles")
    role = models.CharField(max_length=16, choices=PersonRole.choices, default=PersonRole.OTHER)
    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["incident", "person", "role"], name="incident_person_unique"),
        ]
        indexes = [models.Index(fields=["person", "incident"], name="incident_person_cover")]

    def __str__(self):
        return f"{self.person} ({self.get_role_display()})"


class IncidentSource(models.Model):
    """What one source says of an incident: its own figures and the sentences it came from."""

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="source_links")
    source = models.ForeignKey("incidents.Source", on_delete=models.CASCADE, related_name="incident_links")
    fatalities = models.IntegerField(null=True, blank=True)
    fatalities_text = models.CharField(max_length=255, blank=True)
    injured = models.IntegerField(null=True, blank=True)
    date_text = models.CharField(max_length=255, blank=True)
    evidence = models.JSONField(default=list, blank=True, help_text='[{"text", "start", "end"}, ...]')
    confidence = models.FloatField(null=True, blank=True)
    extraction_key = models.CharField(max_length=20, blank=True, help_text="The incident's key in the extraction")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["incident", "source"], name="incident_source_unique"),
            non_negative("fatalities", "incident_source"),
            non_negative("injured", "incident_source"),
        ]
        # Text search maps matching sources to their incidents: an index-only scan.
        indexes = [models.Index(fields=["source", "incident"], name="incident_source_cover")]

    def __str__(self):
        return f"{self.source} → {self.incident_id}"
