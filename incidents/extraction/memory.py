"""An in-memory `Gazetteer`, for tests and scripts: every name and alias indexed by its folded form."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping

from .gazetteer import GroupRecord, PlaceRecord
from .normalize import fold


class MemoryGazetteer:
    def __init__(
        self,
        places: Iterable[PlaceRecord] = (),
        groups: Iterable[GroupRecord] = (),
        place_aliases: Mapping[int, Iterable[str]] | None = None,
    ):
        """`place_aliases` maps a place id to its alternate names (the canonical name is always indexed)."""
        self._places: dict[int, PlaceRecord] = {}
        self._place_index: dict[str, list[PlaceRecord]] = defaultdict(list)
        self._groups: dict[int, GroupRecord] = {}
        self._group_index: dict[str, list[GroupRecord]] = defaultdict(list)
        place_aliases = place_aliases or {}
        for place in places:
            self._places[place.id] = place
            for name in {fold(n) for n in (place.name, *place_aliases.get(place.id, ()))} - {""}:
                self._place_index[name].append(place)
        for group in groups:
            self._groups[group.id] = group
            for name in {fold(n) for n in (group.name, *group.aliases)} - {""}:
                self._group_index[name].append(group)

    def places_named(self, folded_names: Collection[str]) -> Mapping[str, list[PlaceRecord]]:
        return {n: list(self._place_index[n]) for n in folded_names if n in self._place_index}

    def places_by_id(self, ids: Collection[int]) -> Mapping[int, PlaceRecord]:
        return {i: self._places[i] for i in ids if i in self._places}

    def groups_named(self, folded_names: Collection[str]) -> Mapping[str, list[GroupRecord]]:
        return {n: list(self._group_index[n]) for n in folded_names if n in self._group_index}

    def groups_by_id(self, ids: Collection[int]) -> Mapping[int, GroupRecord]:
        return {i: self._groups[i] for i in ids if i in self._groups}

    def is_loaded(self) -> tuple[bool, bool]:
        return bool(self._places), bool(self._groups)
