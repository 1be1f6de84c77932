"""What the extractor needs to know about places and groups, without knowing about Django.

The Django side implements `Gazetteer` over the Location and Group tables
(`incidents.services.gazetteer.DatabaseGazetteer`); tests use
`MemoryGazetteer` with a handful of records. All look-ups are by folded name
(`incidents.extraction.normalize.fold`) and batched: the extractor collects
every candidate phrase of an article first, then asks once.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Protocol


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
