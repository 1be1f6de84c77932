"""What the extractor needs to know about places and groups, without knowing about Django.

The Django side implements `Gazetteer` over the Location and Group tables
(`incidents.services.gazetteer.DatabaseGazetteer`); tests use
`MemoryGazetteer` with a handful of records. All look-ups are by folded name
(`incidents.extraction.normalize.fold`) and batched: the extractor collects
every candidate phrase of an article first, then asks once.

A group's name may hold only for a period ("Afghan police" was the Islamic
Republic's police until 14 August 2021, the Taliban's since): `DatedGazetteer`
answers as of the article's day, so the name means the group that held it then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, replace
from typing import Protocol

from .normalize import fold


@dataclass(frozen=True)
class PlaceRecord:
    id: int
    name: str
    kind: str  # country | admin1 | admin2 | city | site | region
    country_code: str  # ISO alpha-2, "" when none
    parent_id: int | None
    latitude: float | None
    longitude: float | None
    population: int | None = None
    geonames_id: int | None = None


@dataclass(frozen=True)
class GroupRecord:
    id: int
    name: str
    kind: str  # armed_group | state_force | government | organization
    parent_id: int | None
    country_code: str = ""
    # Every name the group goes by, its canonical name included, as written.
    aliases: tuple[str, ...] = ()
    # Names that only match with this exact capitalisation (acronyms: "IS", "NC").
    case_sensitive: frozenset[str] = field(default_factory=frozenset)
    # Names that meant this group only in a period: (folded name, first day or None, last day or None). A name
    # not listed holds always.
    periods: tuple[tuple[str, dt.date | None, dt.date | None], ...] = ()

    def holds(self, folded: str, day: dt.date) -> bool:
        """Whether the name (folded) meant this group on `day`."""
        for name, first, last in self.periods:
            if name == folded:
                return (first is None or first <= day) and (last is None or day <= last)
        return True

    def as_of(self, day: dt.date) -> GroupRecord:
        """This record with only the names that meant it on `day`."""
        if not self.periods:
            return self
        aliases = tuple(a for a in self.aliases if self.holds(fold(a), day))
        return replace(self, aliases=aliases, case_sensitive=self.case_sensitive & frozenset(aliases))


class Gazetteer(Protocol):
    def places_named(self, folded_names: Collection[str]) -> Mapping[str, list[PlaceRecord]]:
        """Places whose name or alternate name folds to one of `folded_names`, keyed by that folded name."""

    def places_by_id(self, ids: Collection[int]) -> Mapping[int, PlaceRecord]:
        """Places by id (used to walk up the hierarchy)."""

    def groups_named(self, folded_names: Collection[str]) -> Mapping[str, list[GroupRecord]]:
        """Groups whose name or alias folds to one of `folded_names`, keyed by that folded name."""

    def groups_by_id(self, ids: Collection[int]) -> Mapping[int, GroupRecord]:
        """Groups by id (used to find a branch's parent)."""

    def is_loaded(self) -> tuple[bool, bool]:
        """(places loaded, groups loaded): the ingest command refuses to run blind."""


class DatedGazetteer:
    """A gazetteer's groups as of one day: a name goes only to the groups it meant that day (GroupRecord.periods),
    and each group carries only the names it went by then. Places pass through.

    `day` (the article's reference day: see `dates.reference_day`) is asked once, and only when an answer holds
    a group that has a dated name: any name of the Taliban's records asks it, a name of an undated group never."""

    def __init__(self, gazetteer: Gazetteer, day: Callable[[], dt.date]):
        self._gazetteer = gazetteer
        self._day_of = day
        self._day: dt.date | None = None
        self._records: dict[int, GroupRecord] = {}

    def day(self) -> dt.date:
        if self._day is None:
            self._day = self._day_of()
        return self._day

    def _as_of(self, record: GroupRecord) -> GroupRecord:
        if not record.periods:
            return record
        if record.id not in self._records:
            self._records[record.id] = record.as_of(self.day())
        return self._records[record.id]

    def places_named(self, folded_names: Collection[str]) -> Mapping[str, list[PlaceRecord]]:
        return self._gazetteer.places_named(folded_names)

    def places_by_id(self, ids: Collection[int]) -> Mapping[int, PlaceRecord]:
        return self._gazetteer.places_by_id(ids)

    def groups_named(self, folded_names: Collection[str]) -> Mapping[str, list[GroupRecord]]:
        found = {}
        for name, records in self._gazetteer.groups_named(folded_names).items():
            held = [self._as_of(r) for r in records if not r.periods or r.holds(name, self.day())]
            if held:
                found[name] = held
        return found

    def groups_by_id(self, ids: Collection[int]) -> Mapping[int, GroupRecord]:
        return {i: self._as_of(r) for i, r in self._gazetteer.groups_by_id(ids).items()}

    def is_loaded(self) -> tuple[bool, bool]:
        return self._gazetteer.is_loaded()
