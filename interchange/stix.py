"""STIX 2.1 bundles of a filtered incident set (the `stix2` library), and their import.

The mapping (also a table in the README):

    incident            incident (x_incident_desk_* for type, dates, figures, review status)
    group               intrusion-set (armed group), threat-actor "nation-state" (state force),
                        identity "organization" (government, organisation); aliases kept
    person              identity "individual" (aliases in x_incident_desk_aliases)
    place               location (name, country, administrative_area, city, coordinates)
    source              report (published, external reference to the article URL)
    perpetrator         relationship incident attributed-to group / person
    target              relationship incident targets group / person (victims)
    other person roles  relationship incident related-to person
    place of incident   relationship incident located-at location
    affiliation         relationship person related-to group (the role as description)

Ids are UUIDv5 of the record's table and primary key under one project namespace, so
a re-export carries the same ids and platforms update rather than duplicate. A record
that came in from STIX goes out with the id it came in with.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from itertools import islice

import stix2
from django.db import transaction
from django.db.models import Prefetch

from incidents.choices import ActorRole, DatePrecision, GroupKind, IncidentType, LocationKind, Origin, PersonRole
from incidents.models import (
    Affiliation,
    Group,
    GroupAlias,
    Incident,
    IncidentActor,
    IncidentPerson,
    IncidentSource,
    Location,
    Person,
    PersonAlias,
    Source,
)
from incidents.services.search_text import compose_search_text
from interchange import records
from interchange.models import Scheme

NAMESPACE = uuid.UUID("5b6f3c1e-7d2a-5e0b-9a64-1c2f0e8d4b37")  # this project's: never change it
PREFIX = "x_incident_desk_"
PRODUCER_NAME = "Incident Desk"

GROUP_STIX_TYPE = {
    GroupKind.ARMED_GROUP: "intrusion-set",
    GroupKind.STATE_FORCE: "threat-actor",
    GroupKind.GOVERNMENT: "identity",
    GroupKind.ORGANIZATION: "identity",
}
PERSON_RELATIONSHIP = {
    PersonRole.VICTIM: "targets",
    PersonRole.PERPETRATOR: "attributed-to",
    PersonRole.PLANNER: "attributed-to",
    PersonRole.COMMANDER: "attributed-to",
    PersonRole.OTHER: "related-to",
}
ACTOR_RELATIONSHIP = {ActorRole.PERPETRATOR: "attributed-to", ActorRole.TARGET: "targets"}


def stix_id(kind: str, model_name: str, pk: int) -> str:
    return f"{kind}--{uuid.uuid5(NAMESPACE, f'{model_name}:{pk}')}"


@cache
def producer() -> stix2.Identity:
    return stix2.Identity(
        id=f"identity--{uuid.uuid5(NAMESPACE, 'producer')}",
        name=PRODUCER_NAME,
        identity_class="system",
        created="2025-01-01T00:00:00Z",
        modified="2025-01-01T00:00:00Z",
    )


def _millisecond(value):
    # Whole milliseconds print with three digits: validators compare the timestamps as text.
    return value.replace(microsecond=value.microsecond // 1000 * 1000)


def _timestamps(record) -> dict:
    created = getattr(record, "created_at", None) or getattr(record, "ingested_at", None)
    modified = getattr(record, "updated_at", None) or created
    if not created:
        return {}
    return {"created": _millisecond(created), "modified": _millisecond(max(created, modified))}


class _Ids:
    """STIX ids of records: the one a record came in with, else the project's deterministic one."""

    def __init__(self):
        self.known: dict[tuple, str] = {}

    def load(self, model, pks) -> None:
        wanted = [pk for pk in pks if (model, pk) not in self.known]
        for pk, value in records.external_ids(model, wanted, Scheme.STIX).items():
            self.known[(model, pk)] = value

    def of(self, record, kind: str) -> str:
        model = type(record)
        return self.known.get((model, record.pk)) or stix_id(kind, model._meta.model_name, record.pk)


def _group_kind(group: Group) -> str:
    return GROUP_STIX_TYPE.get(group.kind, "identity")


def _group_object(group: Group, ids: _Ids):
    kind = _group_kind(group)
    common = {
        "id": ids.of(group, kind),
        "name": group.name,
        "description": group.description or None,
        "created_by_ref": producer().id,
        "allow_custom": True,
        PREFIX + "kind": group.kind,
        **_timestamps(group),
    }
    aliases = [alias.name for alias in group.aliases.all()]
    if kind == "intrusion-set":
        return stix2.IntrusionSet(aliases=aliases or None, **common)
    if kind == "threat-actor":
        return stix2.ThreatActor(aliases=aliases or None, threat_actor_types=["nation-state"], **common)
    return stix2.Identity(identity_class="organization", **{PREFIX + "aliases": aliases or None}, **common)


def _person_object(person: Person, ids: _Ids):
    aliases = [alias.name for alias in person.aliases.all()]
    return stix2.Identity(
        id=ids.of(person, "identity"),
        name=person.name,
        identity_class="individual",
        description=person.description or None,
        created_by_ref=producer().id,
        allow_custom=True,
        **{PREFIX + "aliases": aliases or None, PREFIX + "status": person.status, PREFIX + "origin": person.origin},
        **_timestamps(person),
    )


def _location_object(place: Location, ids: _Ids):
    """A STIX location needs a country, a region or coordinates: None for a place with none of them."""
    chain, node = {}, place
    while node is not None:
        chain.setdefault(node.kind, node.name)
        node = node._state.fields_cache.get("parent")
    has_coordinates = place.latitude is not None and place.longitude is not None
    if not place.country_code and not has_coordinates:
        return None
    return stix2.Location(
        id=ids.of(place, "location"),
        name=place.name,
        country=place.country_code or None,
        administrative_area=chain.get(LocationKind.ADMIN1) if place.kind != LocationKind.ADMIN1 else None,
        city=chain.get(LocationKind.CITY) if place.kind != LocationKind.CITY else None,
        latitude=place.latitude if has_coordinates else None,
        longitude=place.longitude if has_coordinates else None,
        created_by_ref=producer().id,
        allow_custom=True,
        **{PREFIX + "kind": place.kind, PREFIX + "geonames_id": place.geonames_id},
        **_timestamps(place),
    )


def _report_object(source: Source, refs: list[str], ids: _Ids):
    reference = {"source_name": source.publisher or "source", "description": source.title or None}
    if source.url:
        reference["url"] = source.url
    published = source.published.isoformat() + "T00:00:00Z" if source.published else _millisecond(source.ingested_at)
    return stix2.Report(
        id=ids.of(source, "report"),
        name=source.title or str(source),
        report_types=["threat-report"],
        published=published,
        object_refs=sorted(refs),
        external_references=[{k: v for k, v in reference.items() if v}],
        created_by_ref=producer().id,
        allow_custom=True,
        **{PREFIX + "publisher": source.publisher or None, PREFIX + "language": source.language},
        **_timestamps(source),
    )


def _incident_object(incident: Incident, ids: _Ids):
    return stix2.Incident(
        id=ids.of(incident, "incident"),
        name=str(incident),
        description=incident.summary or None,
        labels=[incident.type],
        created_by_ref=producer().id,
        allow_custom=True,
        **{
            PREFIX + "type": incident.type,
            PREFIX + "date_start": incident.date_start.isoformat() if incident.date_start else None,
            PREFIX + "date_end": incident.date_end.isoformat() if incident.date_end else None,
            PREFIX + "date_precision": incident.date_precision or None,
            PREFIX + "fatalities": incident.fatalities,
            PREFIX + "injured": incident.injured,
            PREFIX + "perpetrator_unknown": incident.perpetrator_unknown,
            PREFIX + "targets": incident.targets or None,
            PREFIX + "review_status": incident.review_status,
        },
        **_timestamps(incident),
    )


def relationship_id(source_ref: str, kind: str, target_ref: str) -> str:
    return f"relationship--{uuid.uuid5(NAMESPACE, f'{source_ref}|{kind}|{target_ref}')}"


def _relationship(source_ref: str, kind: str, target_ref: str, created, **extra):
    return stix2.Relationship(
        id=relationship_id(source_ref, kind, target_ref),
        source_ref=source_ref,
        relationship_type=kind,
        target_ref=target_ref,
        created=created,
        modified=created,
        created_by_ref=producer().id,
        allow_custom=True,
        **{k: v for k, v in extra.items() if v not in (None, "")},
    )


def _incidents_for_export(queryset):
    return queryset.select_related("location__parent__parent__parent__parent").prefetch_related(
        Prefetch("actors", queryset=IncidentActor.objects.select_related("group").order_by("id")),
        "actors__group__aliases",
        Prefetch("person_roles", queryset=IncidentPerson.objects.select_related("person").order_by("id")),
        "person_roles__person__aliases",
        Prefetch(
            "person_roles__person__affiliations",
            queryset=Affiliation.objects.select_related("group").order_by("id"),
        ),
        "person_roles__person__affiliations__group__aliases",
        Prefetch("source_links", queryset=IncidentSource.objects.only("id", "incident_id", "source_id")),
    )


def bundle_objects(queryset, chunk_size: int = 500) -> Iterator:
    """The STIX objects of the incidents and what they link to, each once, a chunk of incidents at a time.

    Reports come last: a source's report lists every exported incident it covers.
    """
    ids, emitted = _Ids(), set()
    report_refs: dict[int, set[str]] = defaultdict(set)
    yield producer()

    def once(obj):
        if obj is not None and obj.id not in emitted:
            emitted.add(obj.id)
            return [obj]
        return []

    # Each id is checked before its object is built: building STIX objects is the export's main cost.
    def record_once(record, kind: str, build):
        if ids.of(record, kind) not in emitted:
            yield from once(build(record, ids))

    def relationship_once(source_ref: str, kind: str, target_ref: str, when, **extra):
        if relationship_id(source_ref, kind, target_ref) not in emitted:
            yield from once(_relationship(source_ref, kind, target_ref, when, **extra))

    incidents = _incidents_for_export(queryset).iterator(chunk_size=chunk_size)
    while chunk := list(islice(incidents, chunk_size)):
        persons = [link.person for i in chunk for link in i.person_roles.all()]
        ids.load(Incident, [i.pk for i in chunk])
        ids.load(Group, {a.group_id for i in chunk for a in i.actors.all()})
        ids.load(Group, {a.group_id for person in persons for a in person.affiliations.all()})
        ids.load(Person, {person.pk for person in persons})
        ids.load(Location, {i.location_id for i in chunk if i.location_id})
        for incident in chunk:
            incident_obj = _incident_object(incident, ids)
            yield incident_obj
            when = incident_obj.created
            if incident.location is not None:
                yield from record_once(incident.location, "location", _location_object)
                place_ref = ids.of(incident.location, "location")
                if place_ref in emitted:  # a place without country or coordinates has no STIX location
                    yield from relationship_once(incident_obj.id, "located-at", place_ref, when)
            for actor in incident.actors.all():
                yield from record_once(actor.group, _group_kind(actor.group), _group_object)
                group_ref = ids.of(actor.group, _group_kind(actor.group))
                extra = {PREFIX + "claimed": True} if actor.claimed else {}
                yield from relationship_once(incident_obj.id, ACTOR_RELATIONSHIP[actor.role], group_ref, when, **extra)
            for link in incident.person_roles.all():
                person_ref = ids.of(link.person, "identity")
                if person_ref not in emitted:
                    person_obj = _person_object(link.person, ids)
                    yield from once(person_obj)
                    for affiliation in link.person.affiliations.all():
                        group = affiliation.group
                        yield from record_once(group, _group_kind(group), _group_object)
                        group_ref = ids.of(group, _group_kind(group))
                        yield from relationship_once(
                            person_ref, "related-to", group_ref, person_obj.created, description=affiliation.role
                        )
                kind = PERSON_RELATIONSHIP.get(link.role, "related-to")
                yield from relationship_once(incident_obj.id, kind, person_ref, when, **{PREFIX + "role": link.role})
            for link in incident.source_links.all():
                report_refs[link.source_id].add(incident_obj.id)
    source_ids = sorted(report_refs)
    for start in range(0, len(source_ids), chunk_size):
        sources = list(Source.objects.defer("text", "extraction").filter(pk__in=source_ids[start : start + chunk_size]))
        ids.load(Source, [s.pk for s in sources])
        for source in sources:
            yield _report_object(source, list(report_refs[source.pk]), ids)


def bundle_chunks(queryset) -> Iterator[str]:
    """A STIX 2.1 bundle as JSON text, streamed object by object."""
    yield json.dumps({"type": "bundle", "id": f"bundle--{uuid.uuid4()}"})[:-1] + ', "objects": [\n'
    first = True
    for obj in bundle_objects(queryset):
        yield ("" if first else ",\n") + obj.serialize()
        first = False
    yield "\n]}\n"


# --- Import ------------------------------------------------------------------------------


class BundleError(ValueError):
    """The file is not a STIX 2.1 bundle this project can read."""


GROUP_KIND_FROM_STIX = {"intrusion-set": GroupKind.ARMED_GROUP, "threat-actor": GroupKind.STATE_FORCE}
PERSON_ROLE_FROM_RELATIONSHIP = {"targets": PersonRole.VICTIM, "attributed-to": PersonRole.PERPETRATOR}


def _date(value):
    import datetime as dt

    return dt.date.fromisoformat(value) if value else None


class _Importer:
    def __init__(self, objects: list[dict], user):
        self.objects = {obj["id"]: obj for obj in objects}
        self.user = user
        self.records: dict[str, object] = {}
        self.counts = defaultdict(lambda: {"created": 0, "updated": 0})

    def _known(self, model, stix_id_: str):
        record = records.record_for(model, Scheme.STIX, stix_id_)
        return record

    def _count(self, kind: str, created: bool) -> None:
        self.counts[kind]["created" if created else "updated"] += 1

    def group(self, obj: dict) -> Group:
        record = self._known(Group, obj["id"]) or records.group_by_name(obj["name"])
        created = record is None
        if created:
            kind = obj.get(PREFIX + "kind") or GROUP_KIND_FROM_STIX.get(obj["type"], GroupKind.ORGANIZATION)
            record = Group(name=obj["name"][:255], kind=kind, provenance=Origin.ANALYST, reviewed=False)
        record.description = obj.get("description") or record.description
        record.save()
        for alias in obj.get("aliases") or obj.get(PREFIX + "aliases") or []:
            if alias.strip() and alias != record.name:
                GroupAlias.objects.get_or_create(group=record, name=alias[:255])
        records.remember(record, Scheme.STIX, obj["id"])
        self._count("groups", created)
        return record

    def person(self, obj: dict) -> Person:
        record = self._known(Person, obj["id"])
        created = record is None
        if created:
            record = Person(name=obj["name"][:255], provenance=Origin.ANALYST, reviewed=False)
        record.description = obj.get("description") or record.description
        record.origin = obj.get(PREFIX + "origin") or record.origin
        record.status = obj.get(PREFIX + "status") or record.status
        record.save()
        for alias in obj.get(PREFIX + "aliases") or []:
            if alias.strip() and alias != record.name:
                PersonAlias.objects.get_or_create(person=record, name=alias[:255])
        records.remember(record, Scheme.STIX, obj["id"])
        self._count("persons", created)
        return record

    def location(self, obj: dict) -> Location:
        record = self._known(Location, obj["id"])
        if record is None and obj.get(PREFIX + "geonames_id"):
            record = Location.objects.filter(geonames_id=obj[PREFIX + "geonames_id"]).first()
        if record is None:
            within = [obj.get("administrative_area") or "", obj.get("city") or ""]
            record = records.place_by_name(
                obj.get("name") or obj.get("city") or "", (obj.get("country") or "").upper()[:2],
                within=within, latitude=obj.get("latitude"), longitude=obj.get("longitude"),
            )  # fmt: skip
        created = record is None
        if created:
            code = (obj.get("country") or "").upper()[:2]
            parent = Location.objects.filter(kind=LocationKind.COUNTRY, country_code=code).first() if code else None
            record = Location.objects.create(
                name=(obj.get("name") or obj.get("city") or obj.get("country") or "unnamed place")[:255],
                kind=obj.get(PREFIX + "kind") if obj.get(PREFIX + "kind") in LocationKind.values else LocationKind.SITE,
                parent=parent, country_code=code, latitude=obj.get("latitude"), longitude=obj.get("longitude"),
                provenance=Origin.ANALYST,
            )  # fmt: skip
        records.remember(record, Scheme.STIX, obj["id"])
        self._count("locations", created)
        return record

    def source(self, obj: dict) -> Source:
        import hashlib

        record = self._known(Source, obj["id"])
        created = record is None
        reference = next(iter(obj.get("external_references") or []), {})
        if created:
            record = Source(sha256=hashlib.sha256(f"stix:{obj['id']}".encode()).hexdigest(), text="")
        record.title = (obj.get("name") or "")[:500]
        record.publisher = (obj.get(PREFIX + "publisher") or reference.get("source_name") or "")[:200]
        record.url = (reference.get("url") or "")[:2000]
        record.published = _date((obj.get("published") or "")[:10]) or record.published
        record.save()
        records.remember(record, Scheme.STIX, obj["id"])
        self._count("sources", created)
        return record

    def incident(self, obj: dict) -> Incident:
        record = self._known(Incident, obj["id"])
        created = record is None
        if created:
            record = Incident()
        incident_type = obj.get(PREFIX + "type") or next(iter(obj.get("labels") or []), "")
        record.type = incident_type if incident_type in IncidentType.values else IncidentType.OTHER_VIOLENCE
        record.summary = obj.get("description") or ""
        record.date_start = _date(obj.get(PREFIX + "date_start"))
        record.date_end = _date(obj.get(PREFIX + "date_end"))
        precision = obj.get(PREFIX + "date_precision") or ""
        record.date_precision = precision if precision in DatePrecision.values else ""
        record.fatalities = obj.get(PREFIX + "fatalities")
        record.injured = obj.get(PREFIX + "injured")
        record.perpetrator_unknown = bool(obj.get(PREFIX + "perpetrator_unknown"))
        record.targets = obj.get(PREFIX + "targets") or []
        record._history_user = self.user
        record._change_reason = "STIX import"
        record.save()
        records.remember(record, Scheme.STIX, obj["id"])
        self._count("incidents", created)
        return record

    def record(self, stix_ref: str):
        """The record a STIX id stands for, imported on first use."""
        if stix_ref not in self.records:
            obj = self.objects.get(stix_ref)
            if obj is None:
                return None
            kind = obj["type"]
            if kind in ("intrusion-set", "threat-actor") or (
                kind == "identity" and obj.get("identity_class") not in ("individual", "system")
            ):
                self.records[stix_ref] = self.group(obj)
            elif kind == "identity" and obj.get("identity_class") == "individual":
                self.records[stix_ref] = self.person(obj)
            elif kind == "location":
                self.records[stix_ref] = self.location(obj)
            elif kind == "report":
                self.records[stix_ref] = self.source(obj)
            elif kind == "incident":
                self.records[stix_ref] = self.incident(obj)
            else:
                self.records[stix_ref] = None
        return self.records[stix_ref]

    def run(self) -> None:
        for obj in self.objects.values():
            if obj["type"] in ("incident", "report"):
                self.record(obj["id"])
        incidents = [r for r in self.records.values() if isinstance(r, Incident)]
        wanted_actors, wanted_persons = defaultdict(set), defaultdict(set)
        for obj in self.objects.values():
            if obj["type"] != "relationship":
                continue
            source, target = self.record(obj["source_ref"]), self.record(obj["target_ref"])
            kind = obj["relationship_type"]
            if isinstance(source, Incident) and isinstance(target, Location) and kind == "located-at":
                source.location = target
                source.save(update_fields=["location", "updated_at"])
            elif isinstance(source, Incident) and isinstance(target, Group) and kind in ("attributed-to", "targets"):
                role = ActorRole.PERPETRATOR if kind == "attributed-to" else ActorRole.TARGET
                wanted_actors[source.pk].add((target.pk, role, bool(obj.get(PREFIX + "claimed"))))
            elif isinstance(source, Incident) and isinstance(target, Person):
                role = obj.get(PREFIX + "role") or PERSON_ROLE_FROM_RELATIONSHIP.get(kind, PersonRole.OTHER)
                wanted_persons[source.pk].add((target.pk, role if role in PersonRole.values else PersonRole.OTHER))
            elif isinstance(source, Person) and isinstance(target, Group):
                Affiliation.objects.get_or_create(
                    person=source, group=target, role=(obj.get("description") or "")[:120]
                )
        for obj in self.objects.values():
            if obj["type"] == "report" and isinstance(self.records.get(obj["id"]), Source):
                for ref in obj.get("object_refs") or []:
                    target = self.records.get(ref)
                    if isinstance(target, Incident):
                        IncidentSource.objects.get_or_create(incident=target, source=self.records[obj["id"]])
        for incident in incidents:
            IncidentActor.objects.filter(incident=incident).delete()
            IncidentActor.objects.bulk_create(
                [
                    IncidentActor(incident=incident, group_id=g, role=r, claimed=c)
                    for g, r, c in wanted_actors[incident.pk]
                ]
            )
            IncidentPerson.objects.filter(incident=incident).delete()
            IncidentPerson.objects.bulk_create(
                [IncidentPerson(incident=incident, person_id=p, role=r) for p, r in wanted_persons[incident.pk]]
            )
            names = [a.group.name for a in incident.actors.select_related("group")]
            names += [p.person.name for p in incident.person_roles.select_related("person")]
            places, node = [], incident.location
            while node is not None and len(places) < 6:
                places.append(node.name)
                node = node.parent
            incident.search_text = compose_search_text(incident.summary, incident.targets, names, places)
            Incident.objects.filter(pk=incident.pk).update(search_text=incident.search_text)


def read_bundle(text: str) -> list[dict]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise BundleError(f"not JSON: {error}") from None
    if not isinstance(data, dict) or data.get("type") != "bundle" or not isinstance(data.get("objects"), list):
        raise BundleError("not a STIX bundle (expected an object with type 'bundle' and a list of objects)")
    for position, obj in enumerate(data["objects"], 1):
        if not isinstance(obj, dict) or not obj.get("id") or not obj.get("type"):
            raise BundleError(f"object {position} has no id or type")
        if obj["type"] in ("incident", "intrusion-set", "threat-actor", "identity") and not obj.get("name"):
            raise BundleError(f"object {position} ({obj['id']}) has no name")
        if obj["type"] == "relationship" and not (obj.get("source_ref") and obj.get("target_ref")):
            raise BundleError(f"object {position} ({obj['id']}) lacks source_ref or target_ref")
    return data["objects"]


def import_bundle(text: str, *, user=None) -> dict:
    """Import a bundle in one transaction (all or nothing); re-importing updates by STIX id.

    Returns {kind: {"created": n, "updated": n}}.
    """
    objects = read_bundle(text)
    with transaction.atomic():
        importer = _Importer(objects, user)
        try:
            importer.run()
        except (ValueError, TypeError, KeyError) as error:
            raise BundleError(f"cannot import: {error}") from error
    return {kind: dict(numbers) for kind, numbers in importer.counts.items()}
