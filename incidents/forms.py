"""Forms of the analyst pages. They validate and resolve typed names; services write."""

from django import forms
from django.db.models import Count

from incidents import selectors
from incidents.choices import ActorRole, DatePrecision, IncidentType, PersonRole, ReviewStatus
from incidents.extraction.normalize import fold
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


def _one_person(name: str) -> Person:
    persons = selectors.persons_named(name)
    if len(persons) != 1:
        raise forms.ValidationError(
            f"“{name}” matches no person." if not persons else f"“{name}” matches several persons; write the full name."
        )
    return persons[0]


GROUP_INPUT_ATTRS = {"list": "group-options", "autocomplete": "off", "data-autocomplete": "group"}


class ActorForm(forms.Form):
    """One group in an incident's edit form: picked by name or alias (suggested as typed), or created.

    A name that matches no group is refused with an offer to create it (`offer_create`); the
    offer is a checkbox that only users allowed to add groups see and may tick.
    """

    group = forms.CharField(
        label="Group",
        required=False,
        max_length=NAME_MAX_CHARS,
        widget=forms.TextInput(attrs={**GROUP_INPUT_ATTRS, "data-offer-create": "1"}),
    )
    create = forms.BooleanField(label="Create this group", required=False)

    def __init__(self, *args, can_create: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.can_create = can_create
        self.offer_create = False

    def clean(self):
        data = super().clean()
        data["new_group"], name = "", (data.get("group") or "").strip()
        data["record"] = None
        if not name or data.get("DELETE"):
            return data
        found = selectors.groups_exactly_named(name)
        if len(found) == 1:
            data["record"] = found[0]
        elif found:
            choices = "; ".join(f"{g.name} [{g.pk}]" for g in found[:5])
            self.add_error("group", f"“{name}” names several groups: {choices}. Pick one from the suggestions.")
        elif data.get("create") and self.can_create:
            data["new_group"] = name
        else:
            near = [g.name for g in selectors.groups_named(name)[:5]]
            self.offer_create = self.can_create
            hint = f" Did you mean {', '.join(near)}?" if near else ""
            offer = " Tick “Create group” to add it." if self.can_create else ""
            self.add_error("group", f"“{name}” matches no group.{hint}{offer}")
        return data


class PerpetratorForm(ActorForm):
    claimed = forms.BooleanField(label="Claimed", required=False, help_text="The group claimed responsibility")


class BaseActorFormSet(forms.BaseFormSet):
    """The groups of one role; a group named twice is one group."""

    def chosen(self) -> tuple[list[tuple[Group | None, str, bool]], list[str]]:
        """(group or None, new group's name, claimed) per filled row, and the names to create."""
        rows, seen = [], set()
        for form in self.forms:
            data = getattr(form, "cleaned_data", {})
            if not data or data.get("DELETE") or not (data.get("record") or data.get("new_group")):
                continue
            key = data["record"].pk if data.get("record") else fold(data["new_group"])
            if key not in seen:
                seen.add(key)
                rows.append((data.get("record"), data.get("new_group", ""), bool(data.get("claimed"))))
        return rows, [new for _, new, _ in rows if new]


PerpetratorFormSet = forms.formset_factory(
    PerpetratorForm, formset=BaseActorFormSet, extra=1, can_delete=True, max_num=50, validate_max=True
)
TargetGroupFormSet = forms.formset_factory(
    ActorForm, formset=BaseActorFormSet, extra=1, can_delete=True, max_num=50, validate_max=True
)
ACTOR_FORMSETS = {"perpetrators": PerpetratorFormSet, "target_groups": TargetGroupFormSet}


def actor_initial(incident: Incident) -> dict[str, list[dict]]:
    """Each actor formset's rows for the incident: a group's name, with its `[id]` where another shares it."""
    actors = list(incident.actors.all())
    names = [a.group.name_folded for a in actors]
    shared = set(
        Group.objects.filter(name_folded__in=names)
        .values("name_folded")
        .annotate(n=Count("id"))
        .filter(n__gt=1)
        .values_list("name_folded", flat=True)
    )

    def label(group):
        return f"{group.name} [{group.pk}]" if group.name_folded in shared else group.name

    return {
        "perpetrators": [
            {"group": label(a.group), "claimed": a.claimed} for a in actors if a.role == ActorRole.PERPETRATOR
        ],
        "target_groups": [{"group": label(a.group)} for a in actors if a.role == ActorRole.TARGET],
    }


class IncidentEditForm(forms.Form):
    """The incident's own fields and its persons; its groups are edited in the actor formsets."""

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
    targets = forms.CharField(
        label="Targets in words",
        required=False,
        max_length=5_000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Who or what was attacked, one per line (“police checkpoint”, “wedding guests”).",
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
            "targets": "\n".join(str(t) for t in incident.targets or []),
            "persons": "\n".join(f"{link.role}: {link.person.name}" for link in incident.person_roles.all()),
            "version": edit_version(incident),
        }

    def clean_targets(self):
        return [line.strip() for line in (self.cleaned_data.get("targets") or "").splitlines() if line.strip()]

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
            "targets",
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
        if isinstance(record, Group):  # groups have a suggestion endpoint, as in the list filters
            self.fields["other"].widget.attrs.update(GROUP_INPUT_ATTRS)

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
