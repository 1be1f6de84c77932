import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from incidents.choices import GroupKind
from incidents.extraction.normalize import fold
from incidents.models.base import FoldedName, TimeStamped, provenance_field

Period = tuple[dt.date | None, dt.date | None]  # first day, last day; None: unbounded


def periods_overlap(a: Period, b: Period) -> bool:
    """Whether two periods share a day."""
    return (a[0] is None or b[1] is None or a[0] <= b[1]) and (b[0] is None or a[1] is None or b[0] <= a[1])


class Group(FoldedName, TimeStamped):
    """An armed group, state force, government or organisation."""

    kind = models.CharField(max_length=16, choices=GroupKind.choices, default=GroupKind.ARMED_GROUP)
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="branches",
        help_text="The group this one is a branch, wing or faction of.",
    )
    country_code = models.CharField(max_length=2, blank=True, help_text="Main country of operation, if one")
    description = models.TextField(blank=True)
    provenance = provenance_field()
    reviewed = models.BooleanField(default=False)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    history = HistoricalRecords(excluded_fields=["name_folded"])

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(parent=models.F("pk")), name="group_parent_not_self"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        from incidents.links import detail_url

        return detail_url("group-detail", self.pk)


class GroupAlias(FoldedName):
    """Another name of a group: acronym, spelling, translation or the state's label for it."""

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="aliases")
    case_sensitive = models.BooleanField(
        default=False, help_text="Match only with this exact capitalisation (acronyms such as IS or NC)."
    )
    source = models.ForeignKey("incidents.Source", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    # A name that changed hands: "Afghan police" was the Islamic Republic's police until 14 August 2021 and is the
    # Taliban's since. The extractor gives the name to the group whose period holds the article's date.
    valid_from = models.DateField(
        null=True,
        blank=True,
        help_text="This name meant this group only in this period: its first day (blank: always before).",
    )
    valid_until = models.DateField(
        null=True,
        blank=True,
        help_text="This name meant this group only in this period: its last day (blank: still does).",
    )
    history = HistoricalRecords(excluded_fields=["name_folded"])

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "group aliases"
        constraints = [
            models.UniqueConstraint(fields=["group", "name_folded"], name="group_alias_unique_per_group"),
            models.CheckConstraint(
                condition=models.Q(valid_from__isnull=True)
                | models.Q(valid_until__isnull=True)
                | models.Q(valid_from__lte=models.F("valid_until")),
                name="group_alias_period_in_order",
                violation_error_message="A name's period cannot end before it starts.",
            ),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        """A dated name may not mean two groups on one day (the groups file's loader refuses the same): the
        extractor gives a name that changed hands to the group whose period holds the article's day."""
        super().clean()
        if self.valid_from is None and self.valid_until is None:
            return  # an undated name shared by two groups stays allowed, as before periods
        period = (self.valid_from, self.valid_until)
        others = GroupAlias.objects.filter(name_folded=fold(self.name)).exclude(group_id=self.group_id)
        for other in others.exclude(pk=self.pk).select_related("group"):
            if periods_overlap(period, (other.valid_from, other.valid_until)):
                raise ValidationError(
                    f"“{other.name}” also means {other.group} from {other.valid_from or 'always'} to "
                    f"{other.valid_until or 'now'}: give the two periods no day in common."
                )
