from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from incidents.choices import PersonStatus
from incidents.models.base import FoldedName, TimeStamped, provenance_field


class Person(FoldedName, TimeStamped):
    """A named person: attacker, victim, commander, official."""

    origin = models.CharField(max_length=120, blank=True, help_text='Origin or nationality as stated ("Tajik")')
    status = models.CharField(max_length=16, choices=PersonStatus.choices, default=PersonStatus.UNKNOWN)
    description = models.TextField(blank=True)
    provenance = provenance_field()
    reviewed = models.BooleanField(default=False)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    groups = models.ManyToManyField("incidents.Group", through="incidents.Affiliation", related_name="members")
    history = HistoricalRecords(excluded_fields=["name_folded"])

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "persons"
        # The list's default order over tens of thousands of persons.
        indexes = [models.Index(fields=["name"], name="person_name")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        from incidents.links import detail_url

        return detail_url("person-detail", self.pk)


class PersonAlias(FoldedName):
    """Alias, nom de guerre or other spelling of a person's name."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")
    source = models.ForeignKey("incidents.Source", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    history = HistoricalRecords(excluded_fields=["name_folded"])

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "person aliases"
        constraints = [models.UniqueConstraint(fields=["person", "name_folded"], name="person_alias_unique_per_person")]

    def __str__(self):
        return self.name


class Affiliation(models.Model):
    """A person's membership of a group, with the role stated ("senior commander")."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="affiliations")
    group = models.ForeignKey("incidents.Group", on_delete=models.CASCADE, related_name="affiliations")
    role = models.CharField(max_length=120, blank=True)
    source = models.ForeignKey("incidents.Source", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["person", "group", "role"], name="affiliation_unique_role"),
        ]

    def __str__(self):
        return f"{self.person} — {self.role or 'member'} of {self.group}"
