"""A force telling what its men did ("the X Unit said today its commandos shot him") is the doer, not the generic
force the lead named (perpetrators)."""

from __future__ import annotations

import datetime as dt

from incidents.extraction.article import ArticleMeta
from incidents.extraction.gazetteer import GroupRecord, PlaceRecord
from incidents.extraction.memory import MemoryGazetteer
from incidents.extraction.pipeline import extract

from .conftest import GROUPS, PLACES
from .readers import perpetrator_names

# An elite unit the list knows by its name and acronym.
RAPID_UNIT = GroupRecord(
    96, "Rapid Response Unit", "state_force", None, "PK", ("Rapid Response Unit", "RRU"), frozenset({"RRU"})
)


def test_a_named_force_telling_its_officers_fired_is_the_doer():
    places = [PlaceRecord(i, n, k, c, p, la, lo, pop) for i, n, k, c, p, la, lo, pop, _ in PLACES]
    gazetteer = MemoryGazetteer(places, [*GROUPS, RAPID_UNIT], {row[0]: row[8] for row in PLACES})
    document = extract(
        "PESHAWAR: Police in Pakistan have shot dead a suspected militant at a checkpoint in Peshawar.\n\n"
        "The elite Rapid Response Unit (RRU) said today its commandos shot the driver as he sped toward the "
        "barrier with a load of explosives.",
        ArticleMeta(published=dt.date(2025, 3, 11)),
        gazetteer,
    )
    assert perpetrator_names(document) == ["Rapid Response Unit"]
