"""Write an extraction document (`incident-extraction/1`) into the database for one source.

Called by `incidents.services.ingest.source_ingest` inside its transaction; never
on its own. Every entity is first resolved against existing rows
(`incidents.services.matching`); only what does not match is created, marked
as extracted and unreviewed. Records an analyst owns (reviewed groups and
persons, protected incidents) are linked to, never changed.

An incident is written, then compared with the events already on record
(`matching.incident_match`): the same event is merged with it by
`merging.merge_incidents(..., automatic=True)` (this source's figures and
evidence stay on its own link, the incident's figures are settled, and the
merge can be undone from history); an uncertain match is only flagged as a
possible duplicate for an analyst to decide.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Q

from incidents.choices import (
    ActorRole,
    DatePrecision,
    GroupKind,
    IncidentType,
    LocationKind,
    Origin,
    PersonRole,
    PersonStatus,
    ReviewStatus,
)
from incidents.extraction.normalize import fold
from incidents.models import (
    Affiliation,
    Group,
    GroupAlias,
    Incident,
    IncidentActor,
    IncidentPerson,
    IncidentSource,
    Location,
    LocationName,
    Mention,
    NotSamePair,
    Person,
    PersonAlias,
    Source,
)
from incidents.services import matching
from incidents.services.merging import MergeError, merge_incidents
from incidents.services.search_text import compose_search_text

NAME_MAX = 255
FATE_STATUS = {
    "killed": PersonStatus.KILLED,
    "injured": PersonStatus.INJURED,
    "arrested": PersonStatus.ARRESTED,
    "abducted": PersonStatus.ABDUCTED,
}
# Acronyms ("TTP", "IS") must match with their capitals, or "is" would be a group.
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9-]{0,7}$")


@dataclass
class PersistReport:
    """What persisting one document did, by kind: records created and records matched."""

    created: dict[str, list[str]] = field(default_factory=lambda: {k: [] for k in KINDS})
    matched: dict[str, list[str]] = field(default_factory=lambda: {k: [] for k in KINDS})
    # On a re-ingest: incidents on record matched again (an analyst's, left as they are, or shared with other sources).
    kept: list[str] = field(default_factory=list)
    # Incidents found to be an event already on record (merged), or perhaps one (flagged), with the evidence.
    merged: list[str] = field(default_factory=list)
    flagged: list[str] = field(default_factory=list)
    skipped_mentions: int = 0


KINDS = ("incidents", "groups", "persons", "locations")


def extraction_persist(
    *, source: Source, document: dict, user=None, kept_incidents: list[Incident] | tuple = ()
) -> PersistReport:
    report = PersistReport()
    _lock_new_names(document)
    locations = _persist_locations(document.get("locations") or [], report, user)
    groups = _persist_groups(document.get("groups") or [], source, report, user)
    contexts = {
        entity.get("key"): matching.person_context(entity, document, locations, groups)
        for entity in document.get("persons") or []
    }
    persons = _persist_persons(document.get("persons") or [], groups, contexts, source, report, user)
    _persist_mentions(document, source, groups, persons, locations, report)
    kept = list(kept_incidents)
    _persist_incidents(document.get("incidents") or [], source, groups, persons, locations, kept, report, user)
    # Kept incidents the re-extraction no longer finds: an analyst's stay linked as they
    # were; one that other sources report loses only this source's link.
    for incident in kept:
        if not incident.is_protected:
            IncidentSource.objects.filter(incident=incident, source=source).delete()
    return report


def _lock_new_names(document: dict) -> None:
    """On PostgreSQL, hold a transaction lock per name this document may create, and per kind of event.

    Two ingests that both find a new group (or person, or site) would otherwise
    both miss it and both create it. Locks are taken in one sorted batch, so two
    ingests never wait on each other in opposite orders.
    """
    if connection.vendor != "postgresql":
        return  # SQLite runs one writer at a time
    keys = set()
    for kind in ("groups", "persons", "locations"):
        for entity in document.get(kind) or []:
            if kind != "persons" and entity.get("gazetteer_id") not in (None, ""):
                continue  # an existing row: nothing to create
            for name in matching.entity_names(entity):
                keys.add(_lock_key(f"{kind}:{fold(name)}"))
    # Also one per (country, kind of event) of its incidents: two reports of one event
    # ingested at the same time would otherwise each miss the other's uncommitted
    # incident (and persons), and both would stay. The second waits for the first.
    countries = {entity.get("key"): entity.get("country") for entity in document.get("locations") or []}
    for entity in document.get("incidents") or []:
        kind, country = matching.TYPE_CLASS.get(entity.get("type")), countries.get(entity.get("location"))
        if kind and country:
            keys.add(_lock_key(f"events:{country}:{kind}"))
    if keys:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT unnest(%s::bigint[]) AS k ORDER BY 1) AS keys",
                [sorted(keys)],
            )


def _lock_key(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big", signed=True)


def source_records_clear(source: Source) -> list[Incident]:
    """Remove what came only from `source`, before it is re-extracted; return the incidents kept.

    Kept: incidents an analyst reviewed or edited (`is_protected`) or decided are
    "not the same" as another (recreated, the decision would be lost and the pair
    flagged again), incidents that other sources also report (merged; the
    re-extraction may match them again, else `extraction_persist` drops only this
    source's link), reviewed groups and persons, and anything another source or
    an analyst also points at.
    """
    kept = []
    decided = _incidents_marked_not_same(
        list(IncidentSource.objects.filter(source=source).values_list("incident_id", flat=True))
    )
    # Records the deleted incidents and mentions pointed at: candidates for removal once unused.
    group_ids, person_ids, location_ids = set(), set(), set()
    for link in IncidentSource.objects.filter(source=source).select_related("incident"):
        incident = link.incident
        shared = IncidentSource.objects.filter(incident=incident).exclude(source=source).exists()
        if incident.is_protected or incident.pk in decided or shared:
            kept.append(incident)
        else:
            group_ids.update(incident.actors.values_list("group_id", flat=True))
            person_ids.update(incident.person_roles.values_list("person_id", flat=True))
            location_ids.add(incident.location_id)
            incident.delete()

    mentions = Mention.objects.filter(source=source)
    group_ids.update(mentions.exclude(group=None).values_list("group_id", flat=True))
    person_ids.update(mentions.exclude(person=None).values_list("person_id", flat=True))
    location_ids.update(mentions.exclude(location=None).values_list("location_id", flat=True))
    mentions.delete()

    GroupAlias.objects.filter(source=source, group__reviewed=False).delete()
    PersonAlias.objects.filter(source=source, person__reviewed=False).delete()
    Affiliation.objects.filter(source=source, person__reviewed=False).delete()
    Group.objects.filter(
        pk__in=group_ids,
        provenance=Origin.EXTRACTED,
        reviewed=False,
        mentions=None,
        incident_roles=None,
        affiliations=None,
        branches=None,
        aliases=None,
    ).delete()
    Person.objects.filter(
        pk__in=person_ids,
        provenance=Origin.EXTRACTED,
        reviewed=False,
        mentions=None,
        incident_roles=None,
        affiliations=None,
        aliases=None,
    ).delete()
    # Children first: a place is deleted only once nothing, its own sub-places included, uses it.
    while True:
        orphans = Location.objects.filter(
            pk__in=location_ids, provenance=Origin.EXTRACTED, mentions=None, incidents=None, children=None
        )
        rows = list(orphans.values_list("pk", "parent_id"))
        if not rows:
            break
        Location.objects.filter(pk__in=[pk for pk, _ in rows]).delete()
        location_ids -= {pk for pk, _ in rows}
        location_ids |= {parent for _, parent in rows if parent}
    return kept


def _incidents_marked_not_same(incident_ids: list[int]) -> set[int]:
    """Those of these incidents an analyst marked "not the same" as another."""
    if not incident_ids:
        return set()
    pairs = NotSamePair.objects.filter(content_type=ContentType.objects.get_for_model(Incident)).filter(
        Q(first_id__in=incident_ids) | Q(second_id__in=incident_ids)
    )
    return {pk for pair in pairs.values_list("first_id", "second_id") for pk in pair} & set(incident_ids)


# ---------------------------------------------------------------- entities


def _by_parent_first(entities: list[dict]) -> list[dict]:
    """Entities ordered so that each parent comes before its children (cycles broken)."""
    by_key = {e.get("key"): e for e in entities}
    ordered, placed = [], set()

    def place(entity, trail=()):
        key = entity.get("key")
        if key in placed or key in trail:
            return
        parent = by_key.get(entity.get("parent"))
        if parent is not None:
            place(parent, (*trail, key))
        placed.add(key)
        ordered.append(entity)

    for entity in entities:
        place(entity)
    return ordered


def _stamp(instance, user):
    # simple_history records who made the change when we know it.
    if user is not None:
        instance._history_user = user
    return instance


def _persist_locations(entities: list[dict], report: PersistReport, user) -> dict[str, Location]:
    resolved: dict[str, Location] = {}
    known = matching.rows_by_gazetteer_id(Location, entities)
    for entity in _by_parent_first(entities):
        name = (entity.get("name") or "").strip()[:NAME_MAX]
        if not name:
            continue
        parent = resolved.get(entity.get("parent"))
        location = matching.match_location(entity, parent=parent, known=known)
        if location is not None and matching.finer_parent(location, parent):
            location.parent = parent
            lat, lon = _in_range(entity.get("lat"), 90), _in_range(entity.get("lon"), 180)
            if lat is not None and lon is not None:
                location.latitude, location.longitude = lat, lon
            _stamp(location, user).save(update_fields=["parent", "latitude", "longitude", "updated_at"])
        if location is not None:
            report.matched["locations"].append(location.name)
        else:
            kind = entity.get("kind") if entity.get("kind") in LocationKind.values else LocationKind.SITE
            location = _stamp(
                Location(
                    name=name,
                    kind=kind,
                    parent=parent,
                    country_code=(entity.get("country") or (parent.country_code if parent else "") or "")[:2].upper(),
                    latitude=_in_range(entity.get("lat"), 90),
                    longitude=_in_range(entity.get("lon"), 180),
                    provenance=Origin.EXTRACTED,
                ),
                user,
            )
            location.save()
            # A later report may spell it without diacritics ('Sanaa' for 'Sanaʿa'): it finds this record.
            for spelling in matching.place_spellings(name, kind):
                LocationName.objects.create(location=location, name=spelling)
            report.created["locations"].append(location.name)
        resolved[entity.get("key")] = location
    return resolved


def _persist_groups(entities: list[dict], source: Source, report: PersistReport, user) -> dict[str, Group]:
    resolved: dict[str, Group] = {}
    known = matching.rows_by_gazetteer_id(Group, entities)
    for entity in _by_parent_first(entities):
        name = (entity.get("name") or "").strip()[:NAME_MAX]
        if not name:
            continue
        group = matching.match_group(entity, known=known)
        if group is not None:
            report.matched["groups"].append(group.name)
        else:
            kind = entity.get("kind") if entity.get("kind") in GroupKind.values else GroupKind.ARMED_GROUP
            group = _stamp(
                Group(
                    name=name,
                    kind=kind,
                    parent=resolved.get(entity.get("parent")),
                    provenance=Origin.EXTRACTED,
                    reviewed=False,
                ),
                user,
            )
            group.save()
            report.created["groups"].append(group.name)
        resolved[entity.get("key")] = group
        if group.provenance == Origin.EXTRACTED and not group.reviewed:
            # Names the text used (defined acronyms included) teach the next ingest.
            names = [*(entity.get("aliases") or []), *(m.get("text") for m in entity.get("mentions") or [])]
            _add_group_aliases(group, names, source, user)
    return resolved


def _add_group_aliases(group: Group, names, source: Source, user) -> None:
    known = {group.name_folded, *group.aliases.values_list("name_folded", flat=True)}
    for name in names:
        if not isinstance(name, str):
            continue
        name = name.strip()[:NAME_MAX]
        if not _proper_name(name) or fold(name) in known:
            continue
        known.add(fold(name))
        alias = GroupAlias(group=group, name=name, source=source, case_sensitive=bool(_ACRONYM.match(name)))
        _stamp(alias, user).save()


def _persist_persons(
    entities: list[dict], groups: dict[str, Group], contexts: dict, source: Source, report: PersistReport, user
) -> dict[str, Person]:
    resolved: dict[str, Person] = {}
    for entity in entities:
        name = (entity.get("name") or "").strip()[:NAME_MAX]
        if not name:
            continue
        status = FATE_STATUS.get(entity.get("fate"), PersonStatus.UNKNOWN)
        person = matching.match_person(entity, contexts.get(entity.get("key")))
        if person is not None:
            report.matched["persons"].append(person.name)
            if not person.reviewed:
                changed = False
                if status != PersonStatus.UNKNOWN and person.status in (PersonStatus.UNKNOWN, PersonStatus.ALIVE):
                    person.status, changed = status, True
                if entity.get("origin") and not person.origin:
                    person.origin, changed = str(entity["origin"])[:120], True
                if changed:
                    _stamp(person, user).save()
        else:
            person = _stamp(
                Person(
                    name=name,
                    origin=str(entity.get("origin") or "")[:120],
                    status=status,
                    provenance=Origin.EXTRACTED,
                ),
                user,
            )
            person.save()
            report.created["persons"].append(person.name)
        resolved[entity.get("key")] = person
        if person.reviewed:
            continue  # an analyst's record: link to it, add nothing
        known = {person.name_folded, *person.aliases.values_list("name_folded", flat=True)}
        # The name this source writes (another spelling of a matched person) is an alias too.
        for alias in [name, *(entity.get("aliases") or [])]:
            if isinstance(alias, str) and _proper_name(alias) and fold(alias) not in known:
                known.add(fold(alias))
                _stamp(PersonAlias(person=person, name=alias.strip()[:NAME_MAX], source=source), user).save()
        for affiliation in entity.get("affiliations") or []:
            group = groups.get(affiliation.get("group"))
            if group is None:
                continue
            role = (affiliation.get("role") or "")[:120]
            if not Affiliation.objects.filter(person=person, group=group, role=role).exists():
                _stamp(Affiliation(person=person, group=group, role=role, source=source), user).save()
    return resolved


def _persist_mentions(document, source, groups, persons, locations, report: PersistReport) -> None:
    text = source.text
    rows, seen = [], set()
    for kind, resolved in (("groups", groups), ("persons", persons), ("locations", locations)):
        for entity in document.get(kind) or []:
            record = resolved.get(entity.get("key"))
            if record is None:
                continue
            for mention in entity.get("mentions") or []:
                start, end = mention.get("start"), mention.get("end")
                # Offsets that do not slice the text are the extractor's bug: keep the rest.
                if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
                    report.skipped_mentions += 1
                    continue
                if (kind, record.pk, start, end) in seen:
                    continue
                seen.add((kind, record.pk, start, end))
                rows.append(Mention(source=source, start=start, end=end, text=text[start:end][:NAME_MAX]))
                setattr(rows[-1], kind[:-1], record)
    Mention.objects.bulk_create(rows)


# ---------------------------------------------------------------- incidents


def _persist_incidents(entities, source, groups, persons, locations, kept, report: PersistReport, user) -> None:
    if not entities:
        return
    # A document's aliases and places, loaded once for all its incidents' search text.
    aliases = _alias_names(groups, persons)
    group_names = _group_name_index(groups, aliases, entities)
    places = {location.pk: location for location in locations.values()}
    for entity in entities:
        location = locations.get(entity.get("location"))
        existing = matching.match_incident(entity, source=source, location=location, groups=groups, candidates=kept)
        if existing is not None:
            kept.remove(existing)
            report.kept.append(incident_label(existing))
            if not existing.is_protected:
                # Shared with other sources: refresh only what this source says of it.
                _source_link_update(existing, source, entity)
            continue
        incident = _incident_create(entity, source, groups, persons, location, group_names, (aliases, places), user)
        _incident_resolve(incident, source, report, user)


def _incident_resolve(incident: Incident, source: Source, report: PersistReport, user) -> None:
    """Merge a just-written incident with the event on record it is, or flag it as perhaps that event."""
    found = matching.incident_match(incident, source=source)
    if found is None:
        report.created["incidents"].append(incident_label(incident))
        return
    if found.verdict == matching.MERGE:
        survivor, absorbed = matching.survivor_pair(found.other, incident)
        try:
            record = merge_incidents(
                survivor, absorbed, user=user, automatic=True, reason=f"Same event ({found.reason})"
            )
        except MergeError:
            pass  # a merge the merging rules refuse: left to an analyst, as a possible duplicate
        else:
            report.matched["incidents"].append(incident_label(survivor))
            label = f"incident {record.absorbed_id} into {survivor.pk}, {incident_label(survivor)}"
            report.merged.append(f"{label}: {found.reason}")
            return
        incident.refresh_from_db()
    incident.possible_duplicate_of = found.other
    incident._change_reason = f"Possible duplicate of incident {found.other.pk}"[:100]
    _stamp(incident, user).save(update_fields=["possible_duplicate_of", "updated_at"])
    report.created["incidents"].append(incident_label(incident))
    report.flagged.append(f"{incident_label(incident)} ~ incident {found.other.pk} ({found.reason})")


def _incident_create(entity, source, groups, persons, location, group_names, names, user) -> Incident:
    date_start, date_end, precision = parse_incident_date(entity.get("date"), entity.get("date_precision"))
    # An optional explicit end ("between 3 and 5 May") narrows or widens the range.
    _, explicit_end, _ = parse_incident_date(entity.get("date_end"), DatePrecision.DAY)
    if date_start and explicit_end and explicit_end >= date_start:
        date_end = explicit_end
    perpetrators = _unique(groups[k] for k in entity.get("perpetrators") or [] if k in groups)
    targets = [str(t)[:200] for t in entity.get("targets") or [] if isinstance(t, str) and t.strip()]
    target_groups = _unique(group_names[fold(t)] for t in targets if fold(t) in group_names)
    target_groups = [g for g in target_groups if g not in perpetrators]
    roles = [
        (persons[p["person"]], p.get("role") if p.get("role") in PersonRole.values else PersonRole.OTHER)
        for p in entity.get("persons") or []
        if isinstance(p, dict) and p.get("person") in persons
    ]
    incident = _stamp(
        Incident(
            type=entity.get("type") if entity.get("type") in IncidentType.values else IncidentType.OTHER_VIOLENCE,
            summary=str(entity.get("summary") or ""),
            date_start=date_start,
            date_end=date_end,
            date_precision=precision,
            date_text=str(entity.get("date_text") or "")[:NAME_MAX],
            location=location,
            fatalities=_count(entity.get("fatalities")),
            fatalities_text=str(entity.get("fatalities_text") or "")[:NAME_MAX],
            injured=_count(entity.get("injured")),
            perpetrator_unknown=bool(entity.get("perpetrator_unknown")) and not perpetrators,
            targets=targets,
            review_status=ReviewStatus.EXTRACTED,
            confidence=_confidence(entity.get("confidence")),
        ),
        user,
    )
    incident.search_text = _search_text(incident, [*perpetrators, *target_groups], [p for p, _ in roles], *names)
    incident.save()
    for group in perpetrators:
        _stamp(IncidentActor(incident=incident, group=group, role=ActorRole.PERPETRATOR), user).save()
    for group in target_groups:
        _stamp(IncidentActor(incident=incident, group=group, role=ActorRole.TARGET), user).save()
    for person, role in _unique(roles):
        _stamp(IncidentPerson(incident=incident, person=person, role=role), user).save()
    IncidentSource.objects.create(
        incident=incident,
        source=source,
        fatalities=incident.fatalities,
        fatalities_text=incident.fatalities_text,
        injured=incident.injured,
        date_text=incident.date_text,
        evidence=_evidence(entity.get("evidence"), source.text),
        confidence=incident.confidence,
        extraction_key=str(entity.get("key") or "")[:20],
    )
    return incident


def _source_link_update(incident: Incident, source: Source, entity: dict) -> None:
    IncidentSource.objects.update_or_create(
        incident=incident,
        source=source,
        defaults={
            "fatalities": _count(entity.get("fatalities")),
            "fatalities_text": str(entity.get("fatalities_text") or "")[:NAME_MAX],
            "injured": _count(entity.get("injured")),
            "date_text": str(entity.get("date_text") or "")[:NAME_MAX],
            "evidence": _evidence(entity.get("evidence"), source.text),
            "confidence": _confidence(entity.get("confidence")),
            "extraction_key": str(entity.get("key") or "")[:20],
        },
    )


def incident_label(incident: Incident) -> str:
    """'Bombing — Kabul (AF), 2024-06': the date only as precise as it is known."""
    when = "undated"
    if incident.date_start:
        when = {
            DatePrecision.YEAR: f"{incident.date_start:%Y}",
            DatePrecision.MONTH: f"{incident.date_start:%Y-%m}",
            DatePrecision.WEEK: f"week of {incident.date_start:%Y-%m-%d}",
        }.get(incident.date_precision, f"{incident.date_start:%Y-%m-%d}")
    return f"{incident.get_type_display()} — {incident.location or 'unknown place'}, {when}"


def _alias_names(groups: dict[str, Group], persons: dict[str, Person]) -> dict[tuple[str, int], list[str]]:
    """("group" | "person", id) -> alias names, in two queries."""
    out: dict[tuple[str, int], list[str]] = {}
    group_ids = {g.pk for g in groups.values()}
    for group_id, name in GroupAlias.objects.filter(group_id__in=group_ids).values_list("group_id", "name"):
        out.setdefault(("group", group_id), []).append(name)
    person_ids = {p.pk for p in persons.values()}
    for person_id, name in PersonAlias.objects.filter(person_id__in=person_ids).values_list("person_id", "name"):
        out.setdefault(("person", person_id), []).append(name)
    return out


def _group_name_index(groups: dict[str, Group], aliases: dict, entities) -> dict[str, Group]:
    """Folded names and aliases of the document's groups -> the group (to link targets named as groups)."""
    if not any(entity.get("targets") for entity in entities):
        return {}
    index = {}
    for group in groups.values():
        index[group.name_folded] = group
        for alias in aliases.get(("group", group.pk), []):
            index.setdefault(fold(alias), group)
    return index


def _ancestors(location: Location | None, places: dict[int, Location]) -> list[Location]:
    """The place and those above it, loaded a level at a time into `places` (shared by a document's incidents)."""
    chain = []
    while location is not None and len(chain) < 8:
        chain.append(location)
        places.setdefault(location.pk, location)
        parent_id = location.parent_id
        if parent_id is not None and parent_id not in places:
            places.update(Location.objects.in_bulk([parent_id]))
        location = places.get(parent_id) if parent_id is not None else None
    return chain


def _search_text(incident: Incident, groups: list[Group], persons: list[Person], aliases: dict, places: dict) -> str:
    # From what this document already loaded, rather than querying per incident.
    names = []
    for kind, records in (("group", groups), ("person", persons)):
        for record in records:
            names.append(record.name)
            names.extend(aliases.get((kind, record.pk), []))
    chain = [place.name for place in _ancestors(incident.location, places)]
    return compose_search_text(incident.summary, incident.targets or [], names, chain)


def parse_incident_date(value, precision) -> tuple[dt.date | None, dt.date | None, str]:
    """'2025-09-28' / '2025-09' / '2025' with a precision -> (start, end, precision).

    Only what is known: "in 2022" spans the whole year, never 1 January.
    """
    if not isinstance(value, str):
        return None, None, ""
    parts = value.strip().split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 3:
            day = dt.date(*numbers)
            if precision == DatePrecision.WEEK:
                return day, day + dt.timedelta(days=6), DatePrecision.WEEK
            return day, day, precision if precision in DatePrecision.values else DatePrecision.DAY
        if len(numbers) == 2:
            year, month = numbers
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last), DatePrecision.MONTH
        if len(numbers) == 1:
            return dt.date(numbers[0], 1, 1), dt.date(numbers[0], 12, 31), DatePrecision.YEAR
    except (ValueError, TypeError):
        pass
    return None, None, ""


def _evidence(items, text: str) -> list[dict]:
    out = []
    for item in items or []:
        if not isinstance(item, dict):
            continue
        start, end = item.get("start"), item.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
            out.append({"text": text[start:end], "start": start, "end": end})
    return out


def _count(value) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value) if value >= 0 else None


def _confidence(value) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return min(1.0, max(0.0, float(value)))


def _in_range(value, limit: float) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if -limit <= value <= limit else None


def _proper_name(name: str) -> bool:
    """Worth keeping as an alias: a name, not a common noun ("the army", "militants") that would match anywhere."""
    return bool(fold(name)) and any(c.isupper() for c in name)


def _unique(items):
    return list(dict.fromkeys(items))


def summary_counts(report: PersistReport) -> dict[str, Counter]:
    return {kind: Counter(created=len(report.created[kind]), matched=len(report.matched[kind])) for kind in KINDS}
