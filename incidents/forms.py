"""Forms of the analyst pages. They validate and resolve typed names; services write."""

from django import forms

from incidents import selectors
from incidents.choices import DatePrecision, IncidentType, PersonRole, ReviewStatus
from incidents.models import Group, Incident, Person
from incidents.parsing import MAX_COUNT, NAME_MAX_CHARS, RecordIdField
from incidents.services.annotations import edit_version


class NoteForm(forms.Form):
    body = forms.CharField(
        label="Note",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=10_000,
        help_text="Plain text. Visible to everyone who can read this record.",
    )


class ReviewForm(forms.Form):
    status = forms.ChoiceField(choices=ReviewStatus.choices)


class AliasForm(forms.Form):
    name = forms.CharField(label="New alias", max_length=255)


class LocationField(forms.CharField):
    """A place typed by name (any spelling) or picked from the suggestions (`Name (...) [id]`)."""

    widget = forms.TextInput(attrs={"list": "location-options", "autocomplete": "off", "data-autocomplete": "location"})

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        location = selectors.location_named(value)
        if location is None:
            raise forms.ValidationError(f"No place called “{value}” in the gazetteer.")
        return location


def _lines(value: str) -> list[str]:
    return [line.strip() for line in (value or "").replace(",", "\n").splitlines() if line.strip()]


def _one_group(name: str) -> Group:
    groups = selectors.groups_named(name)
    exact = [g for g in groups if g.name_folded == selectors.fold(name)] or groups
    if len(exact) != 1:
        raise forms.ValidationError(
            f"“{name}” matches no group." if not exact else f"“{name}” matches several groups; write the full name."
        )
    return exact[0]


def _one_person(name: str) -> Person:
    persons = selectors.persons_named(name)
    if len(persons) != 1:
        raise forms.ValidationError(
            f"“{name}” matches no person." if not persons else f"“{name}” matches several persons; write the full name."
        )
    return persons[0]


class IncidentEditForm(forms.Form):
    type = forms.ChoiceField(choices=IncidentType.choices)
    summary = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)
    date_start = forms.DateField(
        label="Start date", required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    date_end = forms.DateField(
        label="End date", required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    date_precision = forms.ChoiceField(
        label="Date precision", choices=[("", "—")] + DatePrecision.choices, required=False
    )
    location = LocationField(
        label="Place", required=False, max_length=NAME_MAX_CHARS, help_text="Start typing; pick from the suggestions."
    )
    fatalities = forms.IntegerField(min_value=0, max_value=MAX_COUNT, required=False)
    fatalities_text = forms.CharField(label="Fatalities as reported", required=False, max_length=255)
    injured = forms.IntegerField(min_value=0, max_value=MAX_COUNT, required=False)
    perpetrator_unknown = forms.BooleanField(label="Perpetrator unknown", required=False)
    perpetrators = forms.CharField(
        label="Perpetrator groups",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2, "data-groups": "1"}),
        help_text="One group per line; any name or alias.",
    )
    targets = forms.CharField(
        label="Target groups",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="One group per line; any name or alias.",
    )
    persons = forms.CharField(
        label="Persons",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="One per line as “role: name”; roles: " + ", ".join(PersonRole.values) + ".",
    )
    # The incident's edit_version when the form was opened: a save after someone else's is refused.
    version = forms.CharField(widget=forms.HiddenInput, required=False)

    @classmethod
    def initial_for(cls, incident: Incident) -> dict:
        actors = list(incident.actors.all())
        return {
            "type": incident.type,
            "summary": incident.summary,
            "date_start": incident.date_start,
            "date_end": incident.date_end,
            "date_precision": incident.date_precision,
            "location": selectors.location_label(incident.location),
            "fatalities": incident.fatalities,
            "fatalities_text": incident.fatalities_text,
            "injured": incident.injured,
            "perpetrator_unknown": incident.perpetrator_unknown,
            "perpetrators": "\n".join(a.group.name for a in actors if a.role == "perpetrator"),
            "targets": "\n".join(a.group.name for a in actors if a.role == "target"),
            "persons": "\n".join(f"{link.role}: {link.person.name}" for link in incident.person_roles.all()),
            "version": edit_version(incident),
        }

    def clean_perpetrators(self):
        return self._groups("perpetrators")

    def clean_targets(self):
        return self._groups("targets")

    def _groups(self, field):
        errors, groups = [], []
        for name in _lines(self.cleaned_data.get(field)):
            try:
                groups.append(_one_group(name))
            except forms.ValidationError as error:
                errors.extend(error.messages)
        if errors:
            raise forms.ValidationError(errors)
        return groups

    def clean_persons(self):
        errors, persons = [], []
        for line in (self.cleaned_data.get("persons") or "").splitlines():
            line = line.strip()
            if not line:
                continue
            role, sep, name = line.partition(":")
            if not sep:
                role, name = PersonRole.OTHER, line
            role = role.strip().lower()
            if role not in PersonRole.values:
                errors.append(f"Unknown role “{role}” (use one of {', '.join(PersonRole.values)}).")
                continue
            try:
                persons.append((_one_person(name.strip()), role))
            except forms.ValidationError as error:
                errors.extend(error.messages)
        if errors:
            raise forms.ValidationError(errors)
        return persons

    def clean(self):
        data = super().clean()
        start, end = data.get("date_start"), data.get("date_end")
        if start and end and start > end:
            self.add_error("date_end", "The end date is before the start date.")
        return data

    def field_values(self) -> dict:
        fields = (
            "type",
            "summary",
            "date_start",
            "date_end",
            "date_precision",
            "location",
            "fatalities",
            "fatalities_text",
            "injured",
            "perpetrator_unknown",
        )
        return {name: self.cleaned_data[name] for name in fields}


class MergeForm(forms.Form):
    """Pick the duplicate to fold into this record."""

    other = forms.CharField(
        label="Duplicate record", max_length=NAME_MAX_CHARS, help_text="Its name, an alias, or its number."
    )

    def __init__(self, *args, record, **kwargs):
        super().__init__(*args, **kwargs)
        self.record = record

    def clean_other(self):
        value = self.cleaned_data["other"]
        find = selectors.groups_named if isinstance(self.record, Group) else selectors.persons_named
        found = [r for r in find(value) if r.pk != self.record.pk]
        if not found:
            raise forms.ValidationError(f"No other record matches “{value}”.")
        if len(found) > 1:
            raise forms.ValidationError(
                "Several records match: " + "; ".join(f"{r.name} [{r.pk}]" for r in found[:8]) + ". Give the number."
            )
        return found[0]


class IncidentPairForm(forms.Form):
    """The other incident of a merge or a not-the-same decision, by number."""

    other = RecordIdField(label="Other incident", error_messages={"required": "Give the other incident's number."})

    def __init__(self, *args, incident, **kwargs):
        super().__init__(*args, **kwargs)
        self.incident = incident

    def clean_other(self):
        other = Incident.objects.filter(pk=self.cleaned_data["other"]).first()
        if other is None:
            raise forms.ValidationError(f"There is no incident {self.cleaned_data['other']}.")
        if other.pk == self.incident.pk:
            raise forms.ValidationError("That is this incident itself; pick another one.")
        return other
