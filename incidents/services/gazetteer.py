"""The extractor's Gazetteer, answered from the Location and Group tables.

The extractor asks in batches (every candidate phrase of an article at once),
so each method runs a few `name_folded IN (...)` queries, chunked to stay under
SQLite's limit on query variables. Answers are cached per instance: one
instance serves one ingest run, and analysts' edits show up in the next.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping

from django.db import connection

from incidents.choices import Origin
from incidents.extraction.gazetteer import GroupRecord, PlaceRecord
from incidents.models import Group, GroupAlias, Location, LocationName

_PLACE_FIELDS = (
    "id", "name", "name_folded", "kind", "country_code", "parent_id",
    "latitude", "longitude", "population", "geonames_id",
)  # fmt: skip


def _chunks(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _chunk_size() -> int:
    # SQLite's default limit is 999 variables per statement.
    return 900 if connection.vendor == "sqlite" else 5000


_KIND_RANK = {"country": 0, "admin1": 1, "city": 2, "admin2": 3}


def _rank(place: PlaceRecord) -> tuple:
    """Likelier readings first when the context does not decide: countries, provinces, then
    places by size, then districts (which are often named after their seat), then the rest."""
    return (_KIND_RANK.get(place.kind, 4), -(place.population or 0), place.id)


class DatabaseGazetteer:
    """Implements `incidents.extraction.gazetteer.Gazetteer` over the database.

    Look-ups drop the models' default ordering: callers rank the rows themselves, and a
    sort on every look-up is wasted work on the extraction's hot path.
    """

    def __init__(self):
        self._places: dict[int, PlaceRecord] = {}
        self._place_ids_by_name: dict[str, list[int]] = {}
        self._groups: dict[int, GroupRecord] = {}
        self._group_ids_by_name: dict[str, list[int]] = {}
        self._loaded: tuple[bool, bool] | None = None

    # ------------------------------------------------------------ places

    def places_named(self, folded_names: Collection[str]) -> Mapping[str, list[PlaceRecord]]:
        missing = [n for n in set(folded_names) if n and n not in self._place_ids_by_name]
        if missing:
            found: dict[str, set[int]] = defaultdict(set)
            for chunk in _chunks(missing, _chunk_size()):
                for row in Location.objects.filter(name_folded__in=chunk).order_by().values_list(*_PLACE_FIELDS):
                    self._remember_place(row)
                    found[row[2]].add(row[0])
                for folded, location_id in (
                    LocationName.objects.filter(name_folded__in=chunk)
                    .order_by()
                    .values_list("name_folded", "location_id")
                ):
                    found[folded].add(location_id)
            self.places_by_id({i for ids in found.values() for i in ids})
            for name in missing:
                ids = sorted(found.get(name, ()), key=lambda i: _rank(self._places[i]))
                self._place_ids_by_name[name] = ids
        return {
            name: [self._places[i] for i in self._place_ids_by_name[name]]
            for name in folded_names
            if self._place_ids_by_name.get(name)
        }

    def places_by_id(self, ids: Collection[int]) -> Mapping[int, PlaceRecord]:
        missing = [i for i in set(ids) if i is not None and i not in self._places]
        for chunk in _chunks(missing, _chunk_size()):
            for row in Location.objects.filter(pk__in=chunk).order_by().values_list(*_PLACE_FIELDS):
                self._remember_place(row)
        return {i: self._places[i] for i in ids if i in self._places}

    def _remember_place(self, row) -> None:
        pk, name, _folded, kind, country_code, parent_id, lat, lng, population, geonames_id = row
        self._places[pk] = PlaceRecord(
            id=pk,
            name=name,
            kind=kind,
            country_code=country_code,
            parent_id=parent_id,
            latitude=lat,
            longitude=lng,
            population=population,
            geonames_id=geonames_id,
        )

    # ------------------------------------------------------------ groups

    def groups_named(self, folded_names: Collection[str]) -> Mapping[str, list[GroupRecord]]:
        missing = [n for n in set(folded_names) if n and n not in self._group_ids_by_name]
        if missing:
            found: dict[str, set[int]] = defaultdict(set)
            for chunk in _chunks(missing, _chunk_size()):
                groups = Group.objects.filter(name_folded__in=chunk).order_by()
                for folded, pk in groups.values_list("name_folded", "pk"):
                    found[folded].add(pk)
                for folded, pk in (
                    GroupAlias.objects.filter(name_folded__in=chunk).order_by().values_list("name_folded", "group_id")
                ):
                    found[folded].add(pk)
            self.groups_by_id({i for ids in found.values() for i in ids})
            for name in missing:
                self._group_ids_by_name[name] = sorted(found.get(name, ()))
        return {
            name: [self._groups[i] for i in self._group_ids_by_name[name]]
            for name in folded_names
            if self._group_ids_by_name.get(name)
        }

    def groups_by_id(self, ids: Collection[int]) -> Mapping[int, GroupRecord]:
        missing = [i for i in set(ids) if i is not None and i not in self._groups]
        for chunk in _chunks(missing, _chunk_size()):
            aliases: dict[int, list[tuple[str, bool]]] = defaultdict(list)
            periods: dict[int, list[tuple]] = defaultdict(list)  # names that held only for a period
            for group_id, name, folded, case_sensitive, first, last in GroupAlias.objects.filter(
                group_id__in=chunk
            ).values_list("group_id", "name", "name_folded", "case_sensitive", "valid_from", "valid_until"):
                aliases[group_id].append((name, case_sensitive))
                if first or last:
                    periods[group_id].append((folded, first, last))
            for pk, name, kind, parent_id, country_code in Group.objects.filter(pk__in=chunk).values_list(
                "pk", "name", "kind", "parent_id", "country_code"
            ):
                names = [name, *(a for a, _ in sorted(aliases[pk]) if a != name)]
                self._groups[pk] = GroupRecord(
                    id=pk,
                    name=name,
                    kind=kind,
                    parent_id=parent_id,
                    country_code=country_code,
                    aliases=tuple(names),
                    case_sensitive=frozenset(a for a, sensitive in aliases[pk] if sensitive),
                    periods=tuple(sorted(periods[pk], key=lambda p: p[0])),
                )
        return {i: self._groups[i] for i in ids if i in self._groups}

    # ------------------------------------------------------------ state

    def is_loaded(self) -> tuple[bool, bool]:
        if self._loaded is None:
            self._loaded = (
                Location.objects.filter(provenance=Origin.GAZETTEER).exists(),
                Group.objects.filter(provenance=Origin.CURATED).exists(),
            )
        return self._loaded
