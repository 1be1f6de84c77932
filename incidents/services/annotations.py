"""Analysts' writes from the web pages: notes, review decisions, incident edits, aliases.

Views call these and nothing else writes. History (django-simple-history) records
each save, with the acting user taken from the request by its middleware.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q, Value
from django.db.models.functions import Concat
from django.utils import timezone

from incidents.choices import ActorRole, Origin, ReviewStatus
from incidents.extraction.normalize import fold
from incidents.models import (
    Group,
    GroupAlias,
    Incident,
    IncidentActor,
    IncidentPerson,
    Location,
    LocationName,
    Note,
    Person,
    PersonAlias,
)
from incidents.services.search_text import incident_search_text

EDITABLE_INCIDENT_FIELDS = (
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

# The history reason of an analyst's edit: the incident page tells hand-set facts (no quote) by it.
HAND_EDIT_REASON = "Edited by an analyst"


def note_add(record, *, author, body: str) -> Note:
    body = (body or "").strip()
    if not body:
        raise ValidationError("A note needs some text.")
    return Note.objects.create(
        content_type=ContentType.objects.get_for_model(record), object_id=record.pk, author=author, body=body
    )


def incident_review(incident: Incident, *, status: str, user) -> Incident:
    """Record an analyst's verdict on an incident, with who and when."""
    if status not in ReviewStatus.values:
        raise ValidationError(f"Unknown review status {status!r}.")
    incident.review_status = status
    if status == ReviewStatus.EXTRACTED:
        incident.reviewed_by, incident.reviewed_at = None, None
    else:
        incident.reviewed_by, incident.reviewed_at = user, timezone.now()
        incident.review_reason = ""  # the decision answers why it was back in the queue
    incident._change_reason = f"Marked {incident.get_review_status_display().lower()}"
    incident.save(update_fields=["review_status", "reviewed_by", "reviewed_at", "review_reason", "updated_at"])
    return incident


def incident_assign(incident: Incident, *, user) -> Incident:
    """Put an incident on an analyst's desk (None takes it off), so two analysts don't work the same one."""
    incident.assigned_to = user
    incident._change_reason = f"Assigned to {user.get_username()}" if user else "Unassigned"
    incident.save(update_fields=["assigned_to", "updated_at"])
    return incident


def record_review(record, *, user) -> None:
    """Confirm a group or person the extractor created: it leaves the review queue."""
    if not isinstance(record, Group | Person):
        raise TypeError(f"{type(record).__name__} is not reviewed this way")
    record.reviewed, record.reviewed_by, record.reviewed_at = True, user, timezone.now()
    record._change_reason = "Marked reviewed"
    record.save(update_fields=["reviewed", "reviewed_by", "reviewed_at", "updated_at"])


class EditConflict(ValidationError):
    """The incident changed after the editor read it: saving would silently undo that change."""

    def __init__(self, incident: Incident):
        last = incident.history.select_related("history_user").order_by("-history_date", "-history_id").first()
        who = last.history_user.get_username() if last and last.history_user else "an automatic process"
        when = timezone.localtime(incident.updated_at).strftime("%Y-%m-%d %H:%M:%S %Z")
        self.incident = incident
        super().__init__(
            f"Incident {incident.pk} was changed by {who} at {when} since you opened it. "
            "Its current values are shown; check them, then save again to replace them with yours.",
            code="edit_conflict",
        )


def edit_version(incident: Incident) -> str:
    """What an edit form remembers of the incident it opened: its last change's time, to the microsecond."""
    return incident.updated_at.isoformat() if incident.updated_at else ""


@transaction.atomic
def incident_update(
    incident: Incident,
    *,
    user,
    fields: dict,
    perpetrators: list[Group] | None = None,
    targets: list[Group] | None = None,
    persons: list[tuple[Person, str]] | None = None,
    claimed: list[Group] | None = None,
    opened_version: str | None = None,
) -> Incident:
    """Apply an analyst's corrections. The incident becomes analyst-edited: re-extraction leaves it alone.

    Edits of one incident take turns: its row is locked first, so two saves never interleave
    their reads and writes of its groups and persons. With `opened_version` (`edit_version`
    of the incident when the editor read it), a save made after someone else's is refused
    with `EditConflict` instead of overwriting it. `claimed`, when given, are the perpetrators
    that claimed the attack; the others' claims are withdrawn.
    """
    current = Incident.objects.select_for_update().get(pk=incident.pk)
    if opened_version is not None and opened_version != edit_version(current):
        raise EditConflict(current)
    incident.refresh_from_db()  # apply the edit to the row as it is now, not as it was read
    for name, value in fields.items():
        if name not in EDITABLE_INCIDENT_FIELDS:
            raise ValueError(f"{name} is not editable here")
        setattr(incident, name, value)
    if incident.date_start and incident.date_end and incident.date_start > incident.date_end:
        raise ValidationError("The start date must not be after the end date.")
    claimed_ids = {group.pk for group in claimed} if claimed is not None else None
    if perpetrators is not None:
        _sync_actors(incident, ActorRole.PERPETRATOR, perpetrators, claimed_ids)
    elif claimed_ids is not None:
        _sync_actors(incident, ActorRole.PERPETRATOR, None, claimed_ids)
    if targets is not None:
        _sync_actors(incident, ActorRole.TARGET, targets)
    if persons is not None:
        _sync_persons(incident, persons)
    incident.analyst_edited = True
    incident.search_text = incident_search_text(incident)
    incident._change_reason = HAND_EDIT_REASON
    incident.save()
    return incident


def _sync_actors(incident: Incident, role: str, groups: list[Group] | None, claimed_ids: set[int] | None = None):
    """Make the incident's groups of `role` exactly `groups` (None: keep them), each change a history row.

    With `claimed_ids`, the claims follow them: new perpetrators are created claimed or not,
    existing ones change only when their claim does.
    """
    current = {actor.group_id: actor for actor in incident.actors.filter(role=role)}
    wanted = current.keys() if groups is None else {group.pk for group in groups}
    for group_id, actor in current.items():
        if group_id not in wanted:
            actor.delete()  # one at a time so each removal appears in history
        elif claimed_ids is not None and actor.claimed != (group_id in claimed_ids):
            actor.claimed = not actor.claimed
            actor._change_reason = "Claim marked by an analyst" if actor.claimed else "Claim withdrawn by an analyst"
            actor.save(update_fields=["claimed"])
    for group_id in wanted - current.keys():
        actor = IncidentActor(
            incident=incident, group_id=group_id, role=role, claimed=bool(claimed_ids and group_id in claimed_ids)
        )
        actor._change_reason = HAND_EDIT_REASON
        actor.save()


def _sync_persons(incident: Incident, persons: list[tuple[Person, str]]) -> None:
    wanted = {(person.pk, role) for person, role in persons}
    current = {(link.person_id, link.role): link for link in incident.person_roles.all()}
    for key, link in current.items():
        if key not in wanted:
            link.delete()
    for person_id, role in wanted - current.keys():
        link = IncidentPerson(incident=incident, person_id=person_id, role=role)
        link._change_reason = HAND_EDIT_REASON
        link.save()


def group_create(name: str, *, incident: Incident | None = None) -> Group:
    """A new group named by an analyst (from an incident's edit form), recorded in its history.

    A group already called that (by name or alias) is returned instead of making a namesake.
    """
    name = " ".join((name or "").split())
    key = fold(name)
    if not key:
        raise ValidationError("A group needs a name with letters or digits.")
    named = Group.objects.filter(Q(name_folded=key) | Q(aliases__name_folded=key)).order_by("pk").first()
    if named is not None:
        return named
    group = Group(name=name[:255], provenance=Origin.ANALYST)
    where = f" from the edit form of incident {incident.pk}" if incident else ""
    group._change_reason = f"Created by an analyst{where}"
    group.save()
    return group


def alias_add(record, *, name: str, user=None):
    """Give a group, person or place another name. Returns the alias (existing one if known)."""
    name = (name or "").strip()
    key = fold(name)
    if not key:
        raise ValidationError("An alias needs letters or digits.")
    if key == record.name_folded:
        raise ValidationError("That is already the record's name.")
    if isinstance(record, Group):
        alias, created = GroupAlias.objects.get_or_create(group=record, name_folded=key, defaults={"name": name})
        linked = Incident.objects.filter(id__in=IncidentActor.objects.filter(group=record).values("incident_id"))
    elif isinstance(record, Person):
        alias, created = PersonAlias.objects.get_or_create(person=record, name_folded=key, defaults={"name": name})
        linked = Incident.objects.filter(id__in=IncidentPerson.objects.filter(person=record).values("incident_id"))
    elif isinstance(record, Location):
        alias, created = LocationName.objects.get_or_create(location=record, name_folded=key, defaults={"name": name})
        linked = Incident.objects.filter(location=record)
    else:
        raise TypeError(f"{type(record).__name__} has no aliases")
    if created:
        # Free-text search reads search_text: let the new name find the record's incidents at once.
        linked.update(search_text=Concat(F("search_text"), Value(f" {name}")))
    return alias


def alias_clashes(record, name: str) -> list:
    """Other groups or persons already called `name` (by name or alias): adding it would make it ambiguous."""
    key = fold(name or "")
    if not key or not isinstance(record, Group | Person):
        return []
    clashes = []
    for model, aliases, fk in ((Group, GroupAlias, "group_id"), (Person, PersonAlias, "person_id")):
        named = model.objects.filter(
            Q(name_folded=key) | Q(id__in=aliases.objects.filter(name_folded=key).values(fk))
        ).exclude(pk=record.pk if isinstance(record, model) else None)
        clashes.extend(named.order_by("name")[:5])
    return clashes


@transaction.atomic
def alias_remove(record, alias_id: int):
    """Remove one of a group's, person's or place's other names, and stop it finding their incidents."""
    if isinstance(record, Group):
        alias = GroupAlias.objects.get(group=record, pk=alias_id)
        linked = Incident.objects.filter(id__in=IncidentActor.objects.filter(group=record).values("incident_id"))
    elif isinstance(record, Person):
        alias = PersonAlias.objects.get(person=record, pk=alias_id)
        linked = Incident.objects.filter(id__in=IncidentPerson.objects.filter(person=record).values("incident_id"))
    elif isinstance(record, Location):
        alias = LocationName.objects.get(location=record, pk=alias_id)
        linked = Incident.objects.filter(location=record)
    else:
        raise TypeError(f"{type(record).__name__} has no aliases")
    alias.delete()  # one row, so the removal is in the record's history
    for incident in linked.select_related("location"):
        # search_text is derived and outside history: an update, not a save.
        Incident.objects.filter(pk=incident.pk).update(search_text=incident_search_text(incident))
    return alias
