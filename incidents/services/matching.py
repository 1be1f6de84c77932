"""Resolve extracted entities and incidents against existing rows.

Persistence asks here, one entity at a time, "is this already in the database?"
and creates a record only on None. Kept in one module on purpose: better
matching (fuzzy names, cross-source incident matching) is improved here
without touching persistence.

Each function takes the entity's dict from the extraction document
(`incident-extraction/1`) and returns an existing row or None.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.db.models import Q

from incidents.extraction.normalize import fold
from incidents.models import Group, GroupAlias, Incident, Location, Person, PersonAlias, Source


def entity_names(entity: dict) -> list[str]:
    """The entity's name then its aliases, as written, without repeats (by folded form)."""
    seen: set[str] = set()
    names = []
    for name in [entity.get("name"), *(entity.get("aliases") or [])]:
        if isinstance(name, str) and fold(name) and fold(name) not in seen:
            seen.add(fold(name))
            names.append(name)
    return names


def match_group(entity: dict, *, known: Mapping[int, Group] | None = None) -> Group | None:
    """By gazetteer id; else a group whose name or alias folds like the entity's name or an alias.

    Case-sensitive aliases (acronyms such as "IS") match only when written the same way.
    `known`: rows already loaded by id (persistence loads a document's in one query).
    """
    group = _by_id(Group, entity.get("gazetteer_id"), known)
    if group:
        return group
    names = entity_names(entity)
    folded = [fold(n) for n in names]
    if not folded:
        return None
    group = Group.objects.filter(name_folded__in=folded).order_by("-reviewed", "pk").first()
    if group:
        return group
    for alias in GroupAlias.objects.filter(name_folded__in=folded).select_related("group").order_by("pk"):
        if not alias.case_sensitive or alias.name in names:
            return alias.group
    return None


def match_person(entity: dict) -> Person | None:
    """By exact folded name or alias, but never on a single word alone ("Ihsani" is many people).

    Returns a person only when exactly one matches, so two namesakes are not merged by guess.
    """
    folded = [fold(n) for n in entity_names(entity)]
    folded = [f for f in folded if len(f.split()) >= 2]
    if not folded:
        return None
    ids = set(Person.objects.filter(name_folded__in=folded).values_list("pk", flat=True))
    ids |= set(PersonAlias.objects.filter(name_folded__in=folded).values_list("person_id", flat=True))
    if len(ids) != 1:
        return None
    return Person.objects.get(pk=ids.pop())


def match_location(
    entity: dict, *, parent: Location | None = None, known: Mapping[int, Location] | None = None
) -> Location | None:
    """A gazetteer row by id; else a place added earlier under the same name and parent.

    Places outside the gazetteer (sites, neighbourhoods) are matched only within
    their parent, so "Central Market" in two cities stays two places.
    """
    location = _by_id(Location, entity.get("gazetteer_id"), known)
    if location:
        return location
    folded = fold(entity.get("name") or "")
    if not folded:
        return None
    if parent is None and not entity.get("country"):
        return None
    scope = Q(parent=parent) if parent is not None else Q(parent__isnull=True, country_code=entity["country"])
    named = Q(name_folded=folded) | Q(alternate_names__name_folded=folded)
    return Location.objects.filter(scope & named).order_by("pk").first()


def match_incident(
    entity: dict,
    *,
    source: Source,
    location: Location | None = None,
    groups: Mapping[str, Group] | None = None,
    candidates: list[Incident] | tuple = (),
) -> Incident | None:
    """An incident this extracted one is already recorded as, or None to create it.

    `location` is the entity's place resolved to a row, `groups` the document's
    group keys resolved to rows (for perpetrators), so cross-source matching can
    compare type, place, date and actors without resolving anything again.

    For now only a re-ingest of the same source matches: `candidates` are the
    incidents of `source` that were kept (an analyst reviewed or edited them).
    The best candidate shares the type and place (the analyst may have fixed
    either, so the extraction key of the same source is a fallback).
    Matching across sources is future work.
    """
    best, best_score = None, 0
    for incident in candidates:
        link = next((s for s in incident.source_links.all() if s.source_id == source.pk), None)
        score = 0
        if incident.type == entity.get("type"):
            score += 2
        if location is not None and incident.location_id == location.pk:
            score += 2
        if link is not None and link.extraction_key and link.extraction_key == entity.get("key"):
            score += 1
        if (incident.date_text or "") == (entity.get("date_text") or ""):
            score += 1
        if score >= 3 and score > best_score:
            best, best_score = incident, score
    return best


def _by_id(model, gazetteer_id, known):
    pk = _as_int(gazetteer_id)
    if pk is None:
        return None
    if known is not None and pk in known:
        return known[pk]
    return model.objects.filter(pk=pk).first()


def rows_by_gazetteer_id(model, entities: list[dict]) -> dict:
    """The rows a document's entities name by `gazetteer_id`, in one query."""
    ids = {_as_int(e.get("gazetteer_id")) for e in entities} - {None}
    return model.objects.in_bulk(ids) if ids else {}


def _as_int(value) -> int | None:
    if isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
