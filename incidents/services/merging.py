"""Merging duplicate incidents, groups and persons, reversibly.

A merge moves every link of the *absorbed* record to the *survivor*, deletes the
absorbed record and writes a `MergeRecord` whose snapshot holds the absorbed
record's fields and every moved, dropped or created row, so that `unmerge`
restores the absorbed record under its own primary key and moves each link back.
The survivor's history (django-simple-history) gets an entry for the merge and
for the un-merge.

Rules
-----
- Links: a link that would break a unique constraint on the survivor (the
  survivor already has the same group in the same role, the same alias, the same
  source...) is dropped; the dropped row is kept in the snapshot and recreated
  on un-merge. The absorbed record's own name becomes an alias of the survivor.
  Decisions that the absorbed record is "not the same" as a third record carry
  over to the survivor. The free-text key (`Incident.search_text`) of the
  incidents that show the merged names is rebuilt.
- Blank fields: the survivor's empty fields (description, origin, summary,
  location...) are filled from the absorbed record; un-merge puts them back
  unless they were changed since.
- Incident figures (`settle_incident_figures`): fatalities and injured are the
  lowest figure among the incident's well-sourced source links (ACLED's
  conservative practice); a link is well-sourced unless its confidence is known
  and below `FIGURE_MIN_CONFIDENCE` (when no link passes, all figures count).
  An incident edited by an analyst keeps its figures. On a merge, if only the
  absorbed incident was analyst-edited, its figures (and the edited flag) win.
  `figure_range` gives the sources' (lowest, highest) for display.
- Review status on an incident merge: the survivor keeps the stronger of the two
  statuses, with its reviewer and time. Strength: reviewed > disputed >
  rejected > extracted. An analyst's decision beats the machine's, and a
  confirmation beats doubt: one analyst confirming one report of the event
  confirms the event.
- Refused (`MergeError`): a record merged into itself, records of different
  kinds, unsaved records, a group merged into one of its own branches (cycle),
  an automatic merge of records an analyst marked "not the same", and a record
  with links to a model this module does not know how to move.

Permissions (checked by the views, not here)
--------------------------------------------
- `merge_records`, `merge_groups`, `merge_persons`, `merge_incidents`, `unmerge`
  and `mark_not_same`: `incidents.merge_records`.
- `settle_incident_figures`: `incidents.change_incident`.
- `figure_range`, `are_marked_not_same`, `merges_into`: read only.
"""

import datetime
import json
from dataclasses import dataclass
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.utils import timezone
from django.utils.text import Truncator

from incidents.choices import IncidentType, ReviewStatus
from incidents.models import (
    Affiliation,
    Group,
    GroupAlias,
    Incident,
    IncidentActor,
    IncidentPerson,
    IncidentSource,
    Location,
    Mention,
    MergeRecord,
    Note,
    NotSamePair,
    Person,
    PersonAlias,
)
from incidents.services.search_text import incident_search_text

# Source links whose extraction confidence is below this do not set the incident's figures.
FIGURE_MIN_CONFIDENCE = 0.5
FIGURE_FIELDS = ("fatalities", "fatalities_text", "injured")
REVIEW_STRENGTH = {
    ReviewStatus.EXTRACTED: 0,
    ReviewStatus.REJECTED: 1,
    ReviewStatus.DISPUTED: 2,
    ReviewStatus.REVIEWED: 3,
}
# simple-history's change-reason column holds 100 characters.
REASON_MAX_LENGTH = 100


class MergeError(ValueError):
    """A merge or un-merge that makes no sense or cannot be done; the message says why."""


# ---------------------------------------------------------------------------
# What a merge moves, per kind of record


@dataclass(frozen=True)
class Link:
    """Rows of `model` whose `field` points at the merged record.

    `unique_with` names the other fields of the unique constraint the field is
    part of, so a moved row that would duplicate one of the survivor's is dropped
    instead. `generic` links hold a primary key under the merged kind's content
    type (Note.object_id).
    """

    model: type[models.Model]
    field: str
    unique_with: tuple[str, ...] = ()
    generic: bool = False

    @property
    def attname(self) -> str:
        return self.model._meta.get_field(self.field).attname

    def rows(self, content_type: ContentType, pk: int) -> models.QuerySet:
        filters = {self.attname: pk}
        if self.generic:
            filters["content_type"] = content_type
        return self.model._base_manager.filter(**filters).order_by("pk")

    def survivor_has_twin(self, row: models.Model, content_type: ContentType, survivor_pk: int) -> bool:
        if not self.unique_with:
            return False
        same = {name: getattr(row, self.model._meta.get_field(name).attname) for name in self.unique_with}
        return self.rows(content_type, survivor_pk).filter(**same).exists()


@dataclass(frozen=True)
class Kind:
    """How records of one model are merged."""

    model: type[models.Model]
    label: str
    links: tuple[Link, ...]
    incidents_lookup: str  # from Incident to these records: whose search text a merge changes
    fill_blanks: tuple[str, ...] = ()  # survivor fields taken from the absorbed record when empty
    alias: Link | None = None  # where the absorbed record's own name is kept
    tree_field: str = ""  # a self-reference that must not form a cycle


NOTES = Link(Note, "object_id", generic=True)

KINDS = {
    Group: Kind(
        Group,
        "group",
        links=(
            Link(GroupAlias, "group", unique_with=("name_folded",)),
            Link(IncidentActor, "group", unique_with=("incident", "role")),
            Link(Affiliation, "group", unique_with=("person", "role")),
            Link(Mention, "group"),
            Link(Group, "parent"),
            NOTES,
        ),
        fill_blanks=("country_code", "description"),
        incidents_lookup="actors__group",
        alias=Link(GroupAlias, "group"),
        tree_field="parent",
    ),
    Person: Kind(
        Person,
        "person",
        links=(
            Link(PersonAlias, "person", unique_with=("name_folded",)),
            Link(Affiliation, "person", unique_with=("group", "role")),
            Link(IncidentPerson, "person", unique_with=("incident", "role")),
            Link(Mention, "person"),
            NOTES,
        ),
        fill_blanks=("origin", "status", "description"),
        incidents_lookup="person_roles__person",
        alias=Link(PersonAlias, "person"),
    ),
    Incident: Kind(
        Incident,
        "incident",
        links=(
            Link(IncidentSource, "incident", unique_with=("source",)),
            Link(IncidentActor, "incident", unique_with=("group", "role")),
            Link(IncidentPerson, "incident", unique_with=("person", "role")),
            Link(Incident, "possible_duplicate_of"),
            NOTES,
        ),
        fill_blanks=("summary", "location", "targets"),
        incidents_lookup="pk",
    ),
}


# ---------------------------------------------------------------------------
# Public services


def merge_groups(survivor: Group, absorbed: Group, *, user=None, automatic=False, reason="") -> MergeRecord:
    """Merge group `absorbed` into `survivor`. Needs `incidents.merge_records`."""
    _require(Group, survivor, absorbed)
    return merge_records(survivor, absorbed, user=user, automatic=automatic, reason=reason)


def merge_persons(survivor: Person, absorbed: Person, *, user=None, automatic=False, reason="") -> MergeRecord:
    """Merge person `absorbed` into `survivor`. Needs `incidents.merge_records`."""
    _require(Person, survivor, absorbed)
    return merge_records(survivor, absorbed, user=user, automatic=automatic, reason=reason)


def merge_incidents(survivor: Incident, absorbed: Incident, *, user=None, automatic=False, reason="") -> MergeRecord:
    """Merge incident `absorbed` into `survivor` and settle its figures. Needs `incidents.merge_records`."""
    _require(Incident, survivor, absorbed)
    return merge_records(survivor, absorbed, user=user, automatic=automatic, reason=reason)


@transaction.atomic
def merge_records(survivor, absorbed, *, user=None, automatic=False, reason="") -> MergeRecord:
    """Merge any two records of the same supported kind (group, person, incident).

    Both records are read afresh from the database (unsaved edits on the instances
    are discarded). Afterwards `survivor` holds the merged values and `absorbed`,
    deleted, has no primary key; `MergeRecord.absorbed_id` keeps it.
    """
    kind = _kind_of(survivor, absorbed)
    _lock(kind.model, survivor.pk, absorbed.pk)
    survivor.refresh_from_db()
    absorbed.refresh_from_db()
    _refuse_nonsense(kind, survivor, absorbed, automatic=automatic)
    _refuse_unknown_links(kind, absorbed)

    content_type = ContentType.objects.get_for_model(kind.model)
    message = _reason_text(f"Merged {kind.label} {absorbed.pk} ({absorbed}) into this record")
    snapshot = {"absorbed": _serialize(absorbed), "links": [], "added": [], "survivor_changes": {}}
    # Read before the links move: whose reports a reopened incident's new figures come from.
    reported_by = {record.pk: _reported_by(record) for record in (survivor, absorbed)} if kind.model is Incident else {}
    for link in kind.links:
        snapshot["links"] += _move_links(link, content_type, survivor, absorbed.pk, user=user, message=message)
    snapshot["added"] += _keep_absorbed_name(kind, survivor, absorbed, user=user, message=message)
    snapshot["added"] += _carry_over_not_same(content_type, survivor.pk, absorbed.pk, user=user)
    changes = _survivor_changes(kind, survivor, absorbed)
    if kind.model is Incident:
        changes |= _reopen_changes(survivor, absorbed, changes, reported_by)
    snapshot["survivor_changes"] = _apply_changes(survivor, changes)

    absorbed_pk, absorbed_name = absorbed.pk, str(absorbed)
    _with_history(absorbed, _reason_text(f"Merged into {kind.label} {survivor.pk}"), user).delete()
    _with_history(survivor, message, user).save()
    _refresh_search_text(kind, [survivor.pk])
    return MergeRecord.objects.create(
        content_type=content_type,
        survivor_id=survivor.pk,
        absorbed_id=absorbed_pk,
        absorbed_name=absorbed_name[:255],
        snapshot=snapshot,
        automatic=automatic,
        reason=reason,
        performed_by=user,
    )


@transaction.atomic
def unmerge(record: MergeRecord, *, user=None):
    """Undo a merge: restore the absorbed record (same primary key) and its links. Returns it.

    Links changed since the merge (moved elsewhere, deleted) are left as they are;
    the rows that could not be restored are listed in `record.snapshot["undo_skipped"]`.
    Needs `incidents.merge_records`.
    """
    record = MergeRecord.objects.select_for_update().get(pk=record.pk)
    kind = KINDS[record.content_type.model_class()]
    survivor = _survivor_if_undoable(kind, record)
    if kind.model._base_manager.filter(pk=record.absorbed_id).exists():
        raise MergeError(f"{kind.label} {record.absorbed_id} exists again; cannot restore it over itself")

    message = _reason_text(f"Unmerged {kind.label} {record.absorbed_id} ({record.absorbed_name}) from this record")
    snapshot = record.snapshot
    absorbed = _restore_absorbed(snapshot["absorbed"], user=user, survivor_pk=survivor.pk, label=kind.label)
    skipped = []
    for entry in reversed(snapshot["links"]):
        if not _undo_link(entry, survivor.pk, absorbed.pk, user=user, message=message):
            skipped.append({"model": entry["model"], "pk": entry["pk"], "action": entry["action"]})
    for entry in snapshot["added"]:
        _delete_row(entry, user=user, message=message)

    stale = _revert_changes(survivor, snapshot["survivor_changes"])
    if kind.model is Incident and stale & set(FIGURE_FIELDS):
        _apply_changes(survivor, _settled_figures(survivor))
    _with_history(survivor, message, user).save()
    _refresh_search_text(kind, [survivor.pk, absorbed.pk])

    if kind.model is Incident:
        _offer_again_as_duplicate(absorbed, survivor, user=user)

    record.undone_at = timezone.now()
    record.undone_by = user
    record.snapshot = {**snapshot, "undo_skipped": skipped}
    record.save(update_fields=["undone_at", "undone_by", "snapshot"])
    return absorbed


def _offer_again_as_duplicate(absorbed: Incident, survivor: Incident, *, user) -> None:
    """An undone merge leaves the pair flagged, so it can be merged the other way (unless marked not the same)."""
    if are_marked_not_same(absorbed, survivor) or survivor.possible_duplicate_of_id == absorbed.pk:
        return
    absorbed.refresh_from_db(fields=["possible_duplicate_of"])
    absorbed.possible_duplicate_of = survivor
    reason = _reason_text(f"Possible duplicate of incident {survivor.pk} (merge undone)")
    _with_history(absorbed, reason, user).save(update_fields=["possible_duplicate_of", "updated_at"])


def survivor_of(a: Incident, b: Incident) -> tuple[Incident, Incident]:
    """(survivor, absorbed) for merging two incidents: the better-reviewed one survives; on a tie, `a`."""
    if REVIEW_STRENGTH[b.review_status] > REVIEW_STRENGTH[a.review_status]:
        return b, a
    return a, b


def preview_incident_merge(survivor: Incident, absorbed: Incident) -> list[dict]:
    """What merging `absorbed` into `survivor` would give, field by field, without writing anything.

    Each row: {"field", "survivor", "absorbed", "result", "from"} where "from" says which
    record (or rule) the merged value comes from.
    """
    changes = _survivor_changes(KINDS[Incident], survivor, absorbed)
    figures = {} if survivor.analyst_edited or absorbed.analyst_edited else _settled_figures_of(survivor, absorbed)
    reopen = _reopen_changes(
        survivor,
        absorbed,
        changes | figures,
        {record.pk: _reported_by(record) for record in (survivor, absorbed)},
    )
    rows = []
    for name in ("type", "date_start", "date_end", "location", "summary", "fatalities", "injured", "review_status"):
        field = Incident._meta.get_field(name)
        ours, theirs = getattr(survivor, name), getattr(absorbed, name)
        if name == "review_status" and reopen:
            result, origin = reopen["review_status"], f"back to review: {reopen['review_reason']}"
        elif name in figures:
            result, origin = figures[name], "lowest well-sourced figure of both"
        elif field.attname in changes:
            result, origin = getattr(absorbed, name), "absorbed"
        else:
            result, origin = ours, "survivor"
        if name == "review_status":
            ours, theirs, result = (ReviewStatus(v).label for v in (ours, theirs, result))
        rows.append(
            {"field": field.verbose_name, "survivor": ours, "absorbed": theirs, "result": result, "from": origin}
        )
    return rows


def _settled_figures_of(*incidents: Incident) -> dict[str, Any]:
    """`_settled_figures` over the source links of several incidents together (as after their merge)."""
    links = [link for incident in incidents for link in incident.source_links.all()]
    trusted = [link for link in links if link.confidence is None or link.confidence >= FIGURE_MIN_CONFIDENCE]
    figures = {}
    for field in ("fatalities", "injured"):
        values = [getattr(link, field) for link in (trusted or links) if getattr(link, field) is not None]
        if values:
            figures[field] = min(values)
    return figures


@transaction.atomic
def mark_not_same(a, b, *, user=None) -> NotSamePair:
    """Remember that `a` and `b` are different records, and clear any duplicate flag between them.

    Works for any two records of one model. Needs `incidents.merge_records`.
    """
    if type(a) is not type(b):
        raise MergeError(f"a {_label(a)} and a {_label(b)} are different kinds of record")
    if a.pk is None or b.pk is None or a.pk == b.pk:
        raise MergeError("mark two different saved records as not the same")
    first_id, second_id = NotSamePair.ordered(a.pk, b.pk)
    pair, _ = NotSamePair.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(type(a)),
        first_id=first_id,
        second_id=second_id,
        defaults={"decided_by": user},
    )
    _clear_duplicate_flag(a, b, user=user)
    _clear_duplicate_flag(b, a, user=user)
    return pair


def are_marked_not_same(a, b) -> bool:
    """Whether an analyst decided `a` and `b` are different (order does not matter)."""
    if type(a) is not type(b) or a.pk == b.pk:
        return False
    first_id, second_id = NotSamePair.ordered(a.pk, b.pk)
    return NotSamePair.objects.filter(
        content_type=ContentType.objects.get_for_model(type(a)), first_id=first_id, second_id=second_id
    ).exists()


def merges_into(record) -> models.QuerySet:
    """The merges whose survivor is `record`, newest first (undone ones included)."""
    return MergeRecord.objects.filter(
        content_type=ContentType.objects.get_for_model(type(record)), survivor_id=record.pk
    ).select_related("performed_by", "undone_by")


def settle_incident_figures(incident: Incident, *, user=None) -> bool:
    """Set the incident's fatalities and injured from its sources by the stated rule; True if changed.

    Leaves an analyst-edited incident alone. Needs `incidents.change_incident`.
    """
    if incident.analyst_edited:
        return False
    changes = _apply_changes(incident, _settled_figures(incident))
    if changes:
        _with_history(incident, "Figures settled from its sources", user).save(update_fields=[*changes, "updated_at"])
    return bool(changes)


def figure_range(incident: Incident, field: str = "fatalities") -> tuple[int | None, int | None]:
    """(lowest, highest) figure its sources give for `field` ("fatalities" or "injured"), or (None, None).

    Reads `incident.source_links.all()`, so a prefetch avoids a query per incident.
    """
    figures = [getattr(link, field) for link in incident.source_links.all() if getattr(link, field) is not None]
    return (min(figures), max(figures)) if figures else (None, None)


# ---------------------------------------------------------------------------
# Checks


def _require(model, survivor, absorbed) -> None:
    if not isinstance(survivor, model) or not isinstance(absorbed, model):
        raise MergeError(f"both records must be {model._meta.verbose_name_plural}")


def _kind_of(survivor, absorbed) -> Kind:
    if type(survivor) is not type(absorbed):
        raise MergeError(f"cannot merge a {_label(absorbed)} into a {_label(survivor)}")
    if type(survivor) not in KINDS:
        raise MergeError(f"{_label(survivor)} records cannot be merged")
    if survivor.pk is None or absorbed.pk is None:
        raise MergeError("both records must be saved before merging")
    return KINDS[type(survivor)]


def _lock(model, *pks) -> None:
    # Concurrent ingests may merge into the same record: take the rows in a fixed order.
    list(model._base_manager.select_for_update().filter(pk__in=pks).order_by("pk").values_list("pk"))


def _refuse_nonsense(kind: Kind, survivor, absorbed, *, automatic: bool) -> None:
    if survivor.pk == absorbed.pk:
        raise MergeError(f"cannot merge {kind.label} {survivor.pk} into itself")
    if kind.tree_field and _descends_from(kind, survivor, absorbed.pk):
        raise MergeError(
            f"{kind.label} {survivor.pk} ({survivor}) is a branch of {absorbed.pk} ({absorbed}): "
            "merging a record into one of its own branches would make a cycle"
        )
    if automatic and are_marked_not_same(survivor, absorbed):
        raise MergeError(f"an analyst marked {kind.label}s {survivor.pk} and {absorbed.pk} as not the same")


def _descends_from(kind: Kind, record, ancestor_pk: int) -> bool:
    attname = kind.model._meta.get_field(kind.tree_field).attname
    seen = set()
    parent_pk = getattr(record, attname)
    while parent_pk is not None and parent_pk not in seen:
        if parent_pk == ancestor_pk:
            return True
        seen.add(parent_pk)
        parent_pk = kind.model._base_manager.filter(pk=parent_pk).values_list(attname, flat=True).first()
    return False


def _refuse_unknown_links(kind: Kind, absorbed) -> None:
    """Refuse rather than let deletion cascade over links added to the schema after this module."""
    known = {(link.model, link.field) for link in kind.links if not link.generic}
    for relation in kind.model._meta.related_objects:
        if relation.many_to_many or (relation.related_model, relation.field.name) in known:
            continue
        if relation.related_model._base_manager.filter(**{relation.field.name: absorbed.pk}).exists():
            raise MergeError(
                f"{kind.label} {absorbed.pk} has {relation.related_model._meta.verbose_name_plural} "
                "that merging does not know how to move"
            )


def _survivor_if_undoable(kind: Kind, record: MergeRecord):
    if record.undone_at is not None:
        raise MergeError(f"this merge was already undone on {record.undone_at:%Y-%m-%d %H:%M}")
    survivor = kind.model._base_manager.select_for_update().filter(pk=record.survivor_id).first()
    if survivor is not None:
        return survivor
    later = MergeRecord.objects.filter(
        content_type=record.content_type, absorbed_id=record.survivor_id, undone_at__isnull=True
    ).first()
    hint = f"; undo its merge into {kind.label} {later.survivor_id} first" if later else ""
    raise MergeError(f"{kind.label} {record.survivor_id}, which this merge kept, no longer exists{hint}")


# ---------------------------------------------------------------------------
# Moving links and putting them back


def _move_links(link: Link, content_type, survivor, absorbed_pk: int, *, user, message) -> list[dict]:
    """Point the absorbed record's `link` rows at the survivor; drop those the survivor already has."""
    rows = link.rows(content_type, absorbed_pk)
    if link.model is type(survivor):
        rows = rows.exclude(pk=survivor.pk)  # the survivor's own pointer is a field change, not a link
    if not link.unique_with and not _is_tracked(link.model):
        # Nothing to collide with and no history to write (mentions, notes): one UPDATE, however many rows.
        entries = [_link_entry(link, row, "moved") for row in rows]
        moved = link.model._base_manager.filter(pk__in=[entry["pk"] for entry in entries])
        moved.update(**{link.attname: survivor.pk})
        return entries
    entries = []
    for row in rows:
        if link.survivor_has_twin(row, content_type, survivor.pk):
            entries.append(_link_entry(link, row, "dropped"))
            _with_history(row, message, user).delete()
        else:
            entries.append(_link_entry(link, row, "moved"))
            setattr(row, link.attname, survivor.pk)
            _with_history(row, message, user).save(update_fields=[link.field])
    return entries


def _link_entry(link: Link, row, action: str) -> dict:
    """What the merge record keeps of a moved or dropped row: enough to put it back."""
    model, row_data = row._meta.label_lower, _serialize(row)
    return {"model": model, "pk": row.pk, "field": link.attname, "action": action, "row": row_data}


def _undo_link(entry: dict, survivor_pk: int, absorbed_pk: int, *, user, message) -> bool:
    """Put one moved or dropped row back; False if it changed since the merge and was left alone."""
    model = _model(entry)
    if entry["action"] == "dropped":
        return _restore_row(entry["row"], user=user, message=message) is not None
    row = model._base_manager.filter(pk=entry["pk"], **{entry["field"]: survivor_pk}).first()
    if row is None:
        return False
    setattr(row, entry["field"], absorbed_pk)
    _with_history(row, message, user).save(update_fields=[model._meta.get_field(entry["field"]).name])
    return True


def _keep_absorbed_name(kind: Kind, survivor, absorbed, *, user, message) -> list[dict]:
    """Add the absorbed record's name as an alias of the survivor, unless the survivor already has it."""
    if kind.alias is None or absorbed.name_folded == survivor.name_folded:
        return []
    content_type = ContentType.objects.get_for_model(kind.model)
    if kind.alias.rows(content_type, survivor.pk).filter(name_folded=absorbed.name_folded).exists():
        return []
    alias = kind.alias.model(name=absorbed.name, **{kind.alias.attname: survivor.pk})
    _with_history(alias, message, user).save()
    return [{"model": alias._meta.label_lower, "pk": alias.pk}]


def _carry_over_not_same(content_type, survivor_pk: int, absorbed_pk: int, *, user) -> list[dict]:
    """What was decided 'not the same' as the absorbed record is not the same as the survivor either."""
    pairs = NotSamePair.objects.filter(content_type=content_type).filter(
        models.Q(first_id=absorbed_pk) | models.Q(second_id=absorbed_pk)
    )
    added = []
    for pair in pairs:
        other = pair.second_id if pair.first_id == absorbed_pk else pair.first_id
        if other == survivor_pk:
            continue  # an analyst merged them anyway: the merge record says so
        first_id, second_id = NotSamePair.ordered(survivor_pk, other)
        new, created = NotSamePair.objects.get_or_create(
            content_type=content_type, first_id=first_id, second_id=second_id, defaults={"decided_by": user}
        )
        if created:
            added.append({"model": new._meta.label_lower, "pk": new.pk})
    return added


def _restore_absorbed(entry: dict, *, user, survivor_pk: int, label: str):
    message = _reason_text(f"Restored by undoing its merge into {label} {survivor_pk}")
    obj = _restore_row(entry, user=user, message=message)
    if obj is None:
        raise MergeError(f"{label} {entry['pk']} cannot be restored: a record it needs no longer exists")
    return obj


def _restore_row(entry: dict, *, user, message):
    """Recreate a deleted row under its own primary key; None if that cannot be done faithfully."""
    model = _model(entry)
    if model._base_manager.filter(pk=entry["pk"]).exists():
        return None
    # Fields dropped from the schema since the merge are ignored; new ones take their defaults.
    obj = next(serializers.deserialize("python", [entry], ignorenonexistent=True)).object
    if not _clear_dangling_references(obj):
        return None
    # A raw save keeps the stored timestamps and derived fields exactly; history is written by hand.
    models.Model.save_base(obj, raw=True, force_insert=True)
    if _is_tracked(model):
        history = getattr(model, model._meta.simple_history_manager_attribute)
        history.bulk_history_create([_with_history(obj, message, user)], default_user=user)
    return obj


def _clear_dangling_references(obj) -> bool:
    """Null the references to rows deleted since the merge; False if a required one is missing."""
    for field in obj._meta.concrete_fields:
        target_pk = getattr(obj, field.attname) if field.is_relation else None
        if target_pk is None or field.related_model._base_manager.filter(pk=target_pk).exists():
            continue
        if not field.null:
            return False
        setattr(obj, field.attname, None)
    return True


def _delete_row(entry: dict, *, user, message) -> None:
    row = _model(entry)._base_manager.filter(pk=entry["pk"]).first()
    if row is not None:
        _with_history(row, message, user).delete()


def _clear_duplicate_flag(record, other, *, user) -> None:
    if not any(field.name == "possible_duplicate_of" for field in record._meta.concrete_fields):
        return
    record.refresh_from_db(fields=["possible_duplicate_of"])
    if record.possible_duplicate_of_id == other.pk:
        record.possible_duplicate_of = None
        reason = _reason_text(f"Marked not the same as {_label(other)} {other.pk}")
        _with_history(record, reason, user).save(update_fields=["possible_duplicate_of", "updated_at"])


# ---------------------------------------------------------------------------
# The survivor's own fields


def _survivor_changes(kind: Kind, survivor, absorbed) -> dict[str, Any]:
    """The survivor's fields the merge changes, by attname."""
    changes = {}
    for name in kind.fill_blanks:
        field = kind.model._meta.get_field(name)
        theirs = getattr(absorbed, field.attname)
        if _is_blank(field, getattr(survivor, field.attname)) and not _is_blank(field, theirs):
            changes[field.attname] = theirs
    for link in kind.links:
        if link.model is kind.model and getattr(survivor, link.attname) == absorbed.pk:
            changes[link.attname] = None  # it pointed at the record it now contains
    if kind.model is Incident:
        changes |= _incident_review_changes(survivor, absorbed)
        changes |= _incident_figure_changes(survivor, absorbed)
        changes |= _incident_date_changes(survivor, absorbed)
    return changes


INCIDENT_DATE_FIELDS = ("date_start", "date_end", "date_precision", "date_text")


def _incident_date_changes(survivor: Incident, absorbed: Incident) -> dict[str, Any]:
    """An undated survivor (kept for its finer place) takes the absorbed report's date, all its parts together."""
    if survivor.date_start is not None or absorbed.date_start is None:
        return {}
    return {name: getattr(absorbed, name) for name in INCIDENT_DATE_FIELDS}


def _incident_review_changes(survivor: Incident, absorbed: Incident) -> dict[str, Any]:
    if REVIEW_STRENGTH[absorbed.review_status] <= REVIEW_STRENGTH[survivor.review_status]:
        return {}
    return {
        "review_status": absorbed.review_status,
        "reviewed_by_id": absorbed.reviewed_by_id,
        "reviewed_at": absorbed.reviewed_at,
    }


# A reviewed incident whose merge changes one of these goes back to the review queue.
REOPEN_FIELDS = {
    "fatalities": "fatalities",
    "injured": "injured",
    "date_start": "date",
    "date_end": "end date",
    "type": "type",
    "location_id": "place",
}
REVIEW_REASON_MAX_LENGTH = 500


def _reopen_changes(survivor: Incident, absorbed: Incident, changes: dict, reported_by: dict) -> dict[str, Any]:
    """Send the merged incident back to review when the merge changes what a reviewer confirmed.

    The confirmed values are those of the record whose review the merged one keeps (the
    survivor's, unless the absorbed one's stronger status carries over). The reason names
    each change and the reports it came from, for the queue and the incident's banner.
    """
    reference, other = (absorbed, survivor) if "review_status" in changes else (survivor, absorbed)
    if reference.review_status != ReviewStatus.REVIEWED:
        return {}
    changed = []
    for attname, label in REOPEN_FIELDS.items():
        before = getattr(reference, attname)
        after = changes.get(attname, getattr(survivor, attname))
        if before != after:
            changed.append((label, before, after))
    if not changed:
        return {}
    places = _place_names([value for label, *values in changed if label == "place" for value in values])
    words = "; ".join(
        f"{label.capitalize()} {_shown_value(label, before, places)} → {_shown_value(label, after, places)}"
        for label, before, after in changed
    )
    reason = f"{words} (merged with incident #{other.pk}{reported_by.get(other.pk, '')})"
    return {
        "review_status": ReviewStatus.EXTRACTED,
        "reviewed_by_id": None,
        "reviewed_at": None,
        "review_reason": Truncator(reason).chars(REVIEW_REASON_MAX_LENGTH),
    }


def _reported_by(incident: Incident) -> str:
    """', reported by Dawn, BBC': the publishers (or titles) of an incident's sources, for a reason text."""
    names = []
    for publisher, title in incident.source_links.values_list("source__publisher", "source__title")[:3]:
        name = publisher or Truncator(title).chars(60)
        if name and name not in names:
            names.append(name)
    return f", reported by {', '.join(names)}" if names else ""


def _place_names(pks: list) -> dict[int, str]:
    return dict(Location.objects.filter(pk__in=[pk for pk in pks if pk]).values_list("pk", "name"))


def _shown_value(label: str, value, places: dict[int, str]) -> str:
    if value is None or value == "":
        return "unknown"
    if label == "place":
        return places.get(value, f"place #{value}")
    if label == "type":
        return IncidentType(value).label if value in IncidentType.values else str(value)
    return str(value)


def _incident_figure_changes(survivor: Incident, absorbed: Incident) -> dict[str, Any]:
    if survivor.analyst_edited:
        return {}
    if absorbed.analyst_edited:
        # An analyst's figure beats the machine's.
        return {name: getattr(absorbed, name) for name in FIGURE_FIELDS} | {"analyst_edited": True}
    return _settled_figures(survivor)


def _settled_figures(incident: Incident) -> dict[str, Any]:
    """The figures the rule gives: the lowest among well-sourced links, per figure; none if no source gives one."""
    links = list(incident.source_links.all())
    trusted = [link for link in links if link.confidence is None or link.confidence >= FIGURE_MIN_CONFIDENCE]
    figures = {}
    for field in ("fatalities", "injured"):
        candidates = [link for link in (trusted or links) if getattr(link, field) is not None]
        if not candidates:
            continue  # no source gives one: keep what the incident has
        lowest = min(candidates, key=lambda link, field=field: (getattr(link, field), link.pk))
        figures[field] = getattr(lowest, field)
        if field == "fatalities":
            figures["fatalities_text"] = lowest.fatalities_text
    return figures


def _apply_changes(record, changes: dict[str, Any]) -> dict[str, dict]:
    """Set the changed fields; return {attname: {"before", "after"}} (JSON) for those that really change."""
    recorded = {}
    for attname, value in changes.items():
        before = getattr(record, attname)
        if before == value:
            continue
        setattr(record, attname, value)
        recorded[attname] = {"before": _json(before), "after": _json(value)}
    return recorded


def _revert_changes(record, recorded: dict[str, dict]) -> set[str]:
    """Put back the fields the merge changed; return those changed since (left as they are)."""
    stale = set()
    for attname, change in recorded.items():
        field = _field_by_attname(record, attname)
        if getattr(record, attname) == field.to_python(change["after"]):
            setattr(record, attname, field.to_python(change["before"]))
        else:
            stale.add(attname)
    return stale


def _refresh_search_text(kind: Kind, pks: list[int]) -> None:
    """Names and aliases moved: the incidents that show them need their free-text key rebuilt."""
    incidents = Incident.objects.filter(**{f"{kind.incidents_lookup}__in": pks}).distinct()
    for incident in incidents.select_related("location"):
        # search_text is derived and outside history: an update, not a save.
        Incident.objects.filter(pk=incident.pk).update(search_text=incident_search_text(incident))


# ---------------------------------------------------------------------------
# Small helpers


class _ExactEncoder(DjangoJSONEncoder):
    """DjangoJSONEncoder, but keeping microseconds so restored timestamps are exact."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


def _json(value):
    return json.loads(json.dumps(value, cls=_ExactEncoder))


def _serialize(obj) -> dict:
    """The row as {"model", "pk", "fields"}, JSON-ready; `_restore_row` reads it back."""
    return _json(serializers.serialize("python", [obj])[0])


def _model(entry: dict) -> type[models.Model]:
    return ContentType.objects.get_by_natural_key(*entry["model"].split(".")).model_class()


def _field_by_attname(record, attname: str):
    return next(field for field in record._meta.concrete_fields if field.attname == attname)


def _is_blank(field, value) -> bool:
    return value in (None, "", [], {}) or (field.has_default() and value == field.get_default())


def _is_tracked(model) -> bool:
    return hasattr(model._meta, "simple_history_manager_attribute")


def _with_history(obj, reason: str, user):
    """Tag `obj` so its next history entry carries `reason` (and `user`, when one is given)."""
    obj._change_reason = reason
    if user is not None:
        obj._history_user = user
    return obj


def _reason_text(text: str) -> str:
    return Truncator(text).chars(REASON_MAX_LENGTH)


def _label(obj) -> str:
    return obj._meta.verbose_name
