"""ACLED-format CSV: export of a filtered incident set, and import of ACLED-shaped rows.

The mapping (also a table in the README):

- event type and sub-event type come from `incidents.choices.ACLED_MAPPING`; the
  project's own type also travels in `tags` (``desk_type=...``) because ACLED's
  "Violence against civilians / Attack" covers two of this project's types;
- perpetrator groups are actor1 (the first) and assoc_actor_1 (the rest, "; "-joined),
  target groups actor2 and assoc_actor_2; inter codes only where the group's kind says
  it (state forces and governments: 1), civilians (7) only for violence against them;
- date precision: day 1, week 2, month or year 3 (ACLED has no "year only");
- places: country, admin1, admin2, admin3 from the place's hierarchy, location the
  place itself; geo_precision 1 for towns and sites, 2 for second-level divisions,
  3 for anything larger;
- unknowns (region, source_scale, inter codes of armed groups, ...) stay empty.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from incidents.choices import ACLED_MAPPING, ActorRole, DatePrecision, GroupKind, IncidentType, LocationKind, Origin
from incidents.extraction.normalize import fold
from incidents.models import Group, Incident, IncidentActor, IncidentSource, Location, Source
from incidents.services.search_text import compose_search_text
from interchange import records
from interchange.models import ExternalId, Scheme

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip
REQUIRED_COLUMNS = ("event_id_cnty", "event_date", "event_type", "country")

TIME_PRECISION = {DatePrecision.DAY: 1, DatePrecision.WEEK: 2, DatePrecision.MONTH: 3, DatePrecision.YEAR: 3}
PRECISION_FROM_ACLED = {"1": DatePrecision.DAY, "2": DatePrecision.WEEK, "3": DatePrecision.MONTH}
GEO_PRECISION = {
    LocationKind.SITE: 1,
    LocationKind.CITY: 1,
    LocationKind.ADMIN2: 2,
    LocationKind.ADMIN1: 3,
    LocationKind.COUNTRY: 3,
    LocationKind.REGION: 3,
}
DISORDER_TYPE = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
# ACLED inter codes this project can tell from a group's kind; armed groups stay empty
# (rebel group, political or identity militia cannot be told apart from the kind).
INTER_CODE = {GroupKind.STATE_FORCE: "1", GroupKind.GOVERNMENT: "1"}
CIVILIANS = "7"
TYPE_TAG = "desk_type="

# Importing: ACLED's (event type, sub-event type) to this project's types; then by event type alone.
TYPE_FROM_ACLED = {pair: incident_type for incident_type, pair in reversed(ACLED_MAPPING.items())}
TYPE_FROM_EVENT = {
    "Battles": IncidentType.ARMED_CLASH,
    "Explosions/Remote violence": IncidentType.BOMBING,
    "Violence against civilians": IncidentType.ATTACK_ON_CIVILIANS,
    "Riots": IncidentType.OTHER_VIOLENCE,
    "Protests": IncidentType.NON_VIOLENT_DEVELOPMENT,
    "Strategic developments": IncidentType.NON_VIOLENT_DEVELOPMENT,
}
GROUP_KIND_FROM_INTER = {"1": GroupKind.STATE_FORCE}
UNIDENTIFIED = "unidentified"  # "Unidentified Armed Group (Afghanistan)": perpetrator unknown, not a group

EXPORT_FIELDS = (
    "id", "type", "date_start", "date_precision", "fatalities", "summary", "updated_at", *records.PLACE_FIELDS,
)  # fmt: skip


# --- Export ------------------------------------------------------------------------------


def export_rows(queryset, chunk_size: int = 1000) -> Iterator[dict]:
    """ACLED rows of the incidents, a chunk at a time: four queries per chunk, no model instances."""
    rows = queryset.values(*EXPORT_FIELDS).iterator(chunk_size=chunk_size)
    while chunk := list(islice(rows, chunk_size)):
        ids = [row["id"] for row in chunk]
        actors = defaultdict(lambda: {ActorRole.PERPETRATOR: [], ActorRole.TARGET: []})
        links = IncidentActor.objects.filter(incident_id__in=ids).order_by("id")
        for incident_id, role, name, kind in links.values_list("incident_id", "role", "group__name", "group__kind"):
            actors[incident_id][role].append((name, kind))
        publishers = defaultdict(list)
        sources = IncidentSource.objects.filter(incident_id__in=ids).order_by("source__published", "id")
        for incident_id, publisher in sources.values_list("incident_id", "source__publisher"):
            if publisher and publisher not in publishers[incident_id]:
                publishers[incident_id].append(publisher)
        known_ids = records.external_ids(Incident, ids, Scheme.ACLED)
        for row in chunk:
            yield export_row(row, actors[row["id"]], publishers[row["id"]], known_ids.get(row["id"]))


def _actor_columns(groups: list[tuple[str, str]]) -> tuple[str, str, str]:
    if not groups:
        return "", "", ""
    (first, kind), rest = groups[0], groups[1:]
    return first, "; ".join(name for name, _ in rest), INTER_CODE.get(kind, "")


def export_row(row: dict, actors: dict, publishers: list[str], known_id: str | None) -> dict:
    event_type, sub_event_type = ACLED_MAPPING.get(row["type"], ("", ""))
    place = records.place_chain(row)
    country = records.country_info(place["country_code"])
    actor1, assoc1, inter1 = _actor_columns(actors[ActorRole.PERPETRATOR])
    actor2, assoc2, inter2 = _actor_columns(actors[ActorRole.TARGET])
    if not actor2 and event_type == "Violence against civilians" and country:
        actor2, inter2 = f"Civilians ({country['name']})", CIVILIANS
    interaction = "".join(sorted((inter1, inter2))) if inter1 and inter2 else ""
    day = row["date_start"]
    by_kind = place["by_kind"]
    return {
        "event_id_cnty": known_id or f"{country.get('iso3', 'XXX')}DESK{row['id']}",
        "event_date": day.isoformat() if day else "",
        "year": day.year if day else "",
        "time_precision": TIME_PRECISION.get(row["date_precision"], ""),
        "disorder_type": DISORDER_TYPE.get(event_type, ""),
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": actor1,
        "assoc_actor_1": assoc1,
        "inter1": inter1,
        "actor2": actor2,
        "assoc_actor_2": assoc2,
        "inter2": inter2,
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if inter2 == CIVILIANS else "",
        "iso": country.get("isonumeric", ""),
        "region": "",
        "country": country.get("name", ""),
        "admin1": by_kind.get(LocationKind.ADMIN1, ""),
        "admin2": by_kind.get(LocationKind.ADMIN2, ""),
        "admin3": "",
        "location": place["place"] or "",
        "latitude": "" if place["latitude"] is None else place["latitude"],
        "longitude": "" if place["longitude"] is None else place["longitude"],
        "geo_precision": GEO_PRECISION.get(place["kind"], ""),
        "source": "; ".join(publishers),
        "source_scale": "",
        "notes": row["summary"] or "",
        "fatalities": "" if row["fatalities"] is None else row["fatalities"],
        "tags": f"{TYPE_TAG}{row['type']}",
        "timestamp": int(row["updated_at"].timestamp()) if row["updated_at"] else "",
    }


class _Echo:
    def write(self, value):
        return value


def _cell(value):
    # Keep spreadsheets from running a cell as a formula; numbers stay numbers.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def csv_lines(queryset) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield writer.writerow(COLUMNS)
    for row in export_rows(queryset):
        yield writer.writerow([_cell(row[column]) for column in COLUMNS])


# --- Import ------------------------------------------------------------------------------


class RowError(ValueError):
    """A row that cannot be imported; the message says why."""


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: Counter = field(default_factory=Counter)  # reason -> rows
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line, message)
    written: bool = False

    @property
    def rows(self) -> int:
        return self.created + self.updated + self.unchanged + sum(self.skipped.values()) + len(self.errors)

    def lines(self) -> list[str]:
        out = [f"line {line}: {message}" for line, message in self.errors]
        out.append(
            f"{self.rows} rows: {self.created} created, {self.updated} updated, {self.unchanged} unchanged, "
            f"{sum(self.skipped.values())} skipped, {len(self.errors)} with errors"
        )
        out += [f"  skipped ({reason}): {n}" for reason, n in sorted(self.skipped.items())]
        if not self.written:
            out.append("Nothing was written.")
        return out


@dataclass
class ParsedRow:
    event_id: str
    type: str
    date: dt.date
    precision: str
    country_code: str
    admin1: str
    admin2: str
    admin3: str
    location: str
    latitude: float | None
    longitude: float | None
    place_kind: str  # when the row's location is one of its own divisions (geo precision 2 or 3)
    perpetrators: list[tuple[str, str]]  # (name, inter code)
    targets: list[tuple[str, str]]
    perpetrator_unknown: bool
    civilians_targeted: bool
    fatalities: int | None
    source: str
    notes: str


def _date(value: str) -> dt.date:
    value = value.strip()
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise RowError(f"event_date {value!r} is not a date (YYYY-MM-DD or '01 June 2023')")


def _number(value: str, column: str, low: float, high: float) -> float | None:
    value = value.strip()
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        raise RowError(f"{column} {value!r} is not a number") from None
    if not low <= number <= high:
        raise RowError(f"{column} {value} is out of range")
    return number


def _actors(main: str, associated: str, inter: str) -> list[tuple[str, str]]:
    names = [main.strip()] + [name.strip() for name in associated.split(";")]
    return [(name, inter.strip() if i == 0 else "") for i, name in enumerate(names) if name]


def parse_row(row: dict) -> ParsedRow:
    """Check and read one CSV row (a dict of the header's columns); raise RowError if it is unusable."""
    get = lambda column: (row.get(column) or "").strip()  # noqa: E731
    event_id = get("event_id_cnty")
    if not event_id:
        raise RowError("event_id_cnty is empty")
    if len(event_id) > 255:
        raise RowError("event_id_cnty is longer than 255 characters")
    tags = [tag.strip() for tag in get("tags").split(";")]
    own_type = next((tag[len(TYPE_TAG) :] for tag in tags if tag.startswith(TYPE_TAG)), "")
    event_type, sub_event_type = get("event_type"), get("sub_event_type")
    if own_type in IncidentType.values:
        incident_type = own_type
    else:
        incident_type = TYPE_FROM_ACLED.get((event_type, sub_event_type)) or TYPE_FROM_EVENT.get(event_type)
    if not incident_type:
        raise RowError(f"event_type {event_type!r} is not one of ACLED's event types")
    precision = PRECISION_FROM_ACLED.get(get("time_precision"), DatePrecision.DAY if not get("time_precision") else "")
    if not precision:
        raise RowError(f"time_precision {get('time_precision')!r} is not 1, 2 or 3")
    country_code = records.country_code_for(get("country"), get("iso"))
    if not country_code:
        raise RowError(f"country {get('country')!r} is not a country this project knows")
    latitude = _number(get("latitude"), "latitude", -90, 90)
    longitude = _number(get("longitude"), "longitude", -180, 180)
    if (latitude is None) != (longitude is None):
        raise RowError("latitude and longitude must be given together")
    fatalities = _number(get("fatalities"), "fatalities", 0, 10_000_000)
    if fatalities is not None and fatalities != int(fatalities):
        raise RowError("fatalities must be a whole number")
    place_kind = ""
    if get("location") and get("geo_precision") in ("2", "3"):
        for kind, column in ((LocationKind.ADMIN2, "admin2"), (LocationKind.ADMIN1, "admin1")):
            if fold(get("location")) == fold(get(column)):
                place_kind = kind
    perpetrators = _actors(get("actor1"), get("assoc_actor_1"), get("inter1"))
    targets = _actors(get("actor2"), get("assoc_actor_2"), get("inter2"))
    unknown = any(name.casefold().startswith(UNIDENTIFIED) for name, _ in perpetrators)
    civilians = get("inter2") == CIVILIANS or any(name.casefold().startswith("civilians") for name, _ in targets)
    is_named = lambda actor: not actor[0].casefold().startswith((UNIDENTIFIED, "civilians"))  # noqa: E731
    return ParsedRow(
        event_id=event_id,
        type=incident_type,
        date=_date(get("event_date")),
        precision=precision,
        country_code=country_code,
        admin1=get("admin1"),
        admin2=get("admin2"),
        admin3=get("admin3"),
        location=get("location"),
        latitude=latitude,
        longitude=longitude,
        place_kind=place_kind,
        perpetrators=[actor for actor in perpetrators if is_named(actor)],
        targets=[actor for actor in targets if is_named(actor)],
        perpetrator_unknown=unknown and not any(is_named(a) for a in perpetrators),
        civilians_targeted=civilians,
        fatalities=None if fatalities is None else int(fatalities),
        source=get("source")[:200],
        notes=get("notes"),
    )


class _Resolver:
    """Groups, places and sources found or made during one import, remembered by name."""

    def __init__(self):
        self.groups: dict[str, Group] = {}
        self.places: dict[tuple, Location] = {}
        self.sources: dict[str, Source] = {}

    def group(self, name: str, inter: str) -> Group:
        if name not in self.groups:
            group = records.group_by_name(name)
            if group is None:
                group = Group.objects.create(
                    name=name[:255], kind=GROUP_KIND_FROM_INTER.get(inter, GroupKind.ARMED_GROUP),
                    provenance=Origin.ANALYST, reviewed=False,
                )  # fmt: skip
            self.groups[name] = group
        return self.groups[name]

    def place(self, row: ParsedRow) -> Location:
        key = (row.country_code, row.admin1, row.admin2, row.location, row.latitude, row.longitude)
        if key not in self.places:
            self.places[key] = self._find_or_make_place(row)
        return self.places[key]

    def _find_or_make_place(self, row: ParsedRow) -> Location:
        within = [row.admin1, row.admin2, row.admin3]
        found = records.place_by_name(
            row.location, row.country_code, within=within, latitude=row.latitude, longitude=row.longitude,
            kind=row.place_kind,
        )  # fmt: skip
        if found is not None:
            return found
        # Not in the gazetteer: a new site inside the deepest division that is.
        parent = None
        for name in (row.admin3, row.admin2, row.admin1):
            parent = records.place_by_name(name, row.country_code, within=[row.admin1]) if name else None
            if parent is not None:
                break
        if parent is None:
            parent = Location.objects.filter(kind=LocationKind.COUNTRY, country_code=row.country_code).first()
        if not row.location:
            if parent is None:
                raise RowError("no location, and the country is not in the gazetteer")
            return parent
        return Location.objects.create(
            name=row.location[:255], kind=LocationKind.SITE, parent=parent, country_code=row.country_code,
            latitude=row.latitude, longitude=row.longitude, provenance=Origin.ANALYST,
        )  # fmt: skip

    def source(self, name: str) -> Source:
        """One source record per distinct ACLED `source` value: the publishers the row cites."""
        if name not in self.sources:
            digest = hashlib.sha256(f"acled-source:{name}".encode()).hexdigest()
            source, _ = Source.objects.get_or_create(
                sha256=digest,
                defaults={"title": f"ACLED-format import: {name}", "publisher": name, "text": "", "language": "en"},
            )
            self.sources[name] = source
        return self.sources[name]


def _wanted_fields(row: ParsedRow, place: Location) -> dict:
    return {
        "type": row.type,
        "date_start": row.date,
        "date_end": row.date,
        "date_precision": row.precision,
        "location_id": place.pk,
        "fatalities": row.fatalities,
        "summary": row.notes,
        "perpetrator_unknown": row.perpetrator_unknown,
        "targets": ["civilians"] if row.civilians_targeted else [],
    }


def _write_row(row: ParsedRow, existing: Incident | None, resolver: _Resolver, report: ImportReport, user) -> None:
    place = resolver.place(row)
    wanted = _wanted_fields(row, place)
    perpetrators = [resolver.group(name, inter) for name, inter in row.perpetrators]
    targets = [resolver.group(name, inter) for name, inter in row.targets]
    actors = {(g.pk, ActorRole.PERPETRATOR) for g in perpetrators} | {(g.pk, ActorRole.TARGET) for g in targets}
    if existing is not None:
        if existing.is_protected:
            report.skipped["reviewed or edited by an analyst"] += 1
            return
        current = set(existing.actors.values_list("group_id", "role"))
        if all(getattr(existing, name) == value for name, value in wanted.items()) and current == actors:
            report.unchanged += 1
            return
        incident = existing
    else:
        incident = Incident()
    for name, value in wanted.items():
        setattr(incident, name, value)
    places = [place.name, *(name for name in (row.admin2, row.admin1) if name)]
    names = [g.name for g in perpetrators + targets]
    incident.search_text = compose_search_text(row.notes, incident.targets, names, places)
    incident._history_user = user
    incident._change_reason = f"ACLED import {row.event_id}"
    incident.save()
    if existing is not None:
        for actor in existing.actors.all():
            if (actor.group_id, actor.role) not in actors:
                actor.delete()
        actors -= current
    IncidentActor.objects.bulk_create(
        [IncidentActor(incident=incident, group_id=pk, role=role) for pk, role in sorted(actors)]
    )
    if row.source and existing is None:
        IncidentSource.objects.create(incident=incident, source=resolver.source(row.source), fatalities=row.fatalities)
    elif row.source:
        IncidentSource.objects.update_or_create(
            incident=incident, source=resolver.source(row.source), defaults={"fatalities": row.fatalities}
        )
    if existing is None:
        ExternalId.objects.create(
            scheme=Scheme.ACLED, value=row.event_id, content_type=_incident_type(), object_id=incident.pk
        )
        report.created += 1
    else:
        report.updated += 1


def _numbered_rows(lines: Iterable[str]) -> Iterator[tuple[int, dict]]:
    reader = csv.DictReader(lines)
    missing = [column for column in REQUIRED_COLUMNS if column not in (reader.fieldnames or [])]
    if missing:
        raise RowError(f"the header lacks ACLED's column(s) {', '.join(missing)}")
    for row in reader:
        yield reader.line_num, row


class _RollBack(Exception):
    pass


def import_rows(
    lines: Iterable[str], *, skip_bad: bool = False, dry_run: bool = False, user=None, batch_size: int = 500
) -> ImportReport:
    """Import ACLED-format CSV lines (streamed) in one transaction.

    Bad rows are reported with their line number. Without `skip_bad` any bad row rolls
    the whole import back, so nothing is half-written; with it, the good rows are kept.
    `dry_run` checks and counts everything, then rolls back.
    """
    report = ImportReport()
    resolver = _Resolver()
    try:
        with transaction.atomic():
            rows = _numbered_rows(lines)
            while batch := list(islice(rows, batch_size)):
                parsed, seen = [], set()  # a repeat in a later batch finds the row this one wrote
                for line, raw in batch:
                    try:
                        row = parse_row(raw)
                    except RowError as error:
                        report.errors.append((line, str(error)))
                        continue
                    if row.event_id in seen:
                        report.skipped["event_id_cnty repeated in the file"] += 1
                        continue
                    seen.add(row.event_id)
                    parsed.append((line, row))
                existing = _existing_incidents([row.event_id for _, row in parsed])
                for line, row in parsed:
                    try:  # a RowError is raised before the row writes anything
                        _write_row(row, existing.get(row.event_id), resolver, report, user)
                    except RowError as error:
                        report.errors.append((line, str(error)))
            if dry_run or (report.errors and not skip_bad):
                raise _RollBack
            report.written = True
    except _RollBack:
        pass
    except RowError as error:  # a header problem: no row was read
        report.errors.append((1, str(error)))
    return report


def _incident_type():
    return ContentType.objects.get_for_model(Incident)


def _existing_incidents(event_ids: list[str]) -> dict[str, Incident]:
    """The incidents imported before under these event ids; ids whose incident was deleted since are let go."""
    links = dict(ExternalId.objects.filter(scheme=Scheme.ACLED, value__in=event_ids).values_list("value", "object_id"))
    incidents = {incident.pk: incident for incident in Incident.objects.filter(pk__in=list(links.values()))}
    stale = [value for value, pk in links.items() if pk not in incidents]
    if stale:
        ExternalId.objects.filter(scheme=Scheme.ACLED, value__in=stale).delete()
    return {value: incidents[pk] for value, pk in links.items() if pk in incidents}
