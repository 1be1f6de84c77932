"""A listed group's common-words alias in another country's story, and a listed government shown as an insurgency
(entities, collective_actors)."""

from __future__ import annotations

import datetime as dt

from incidents.extraction.article import ArticleMeta
from incidents.extraction.gazetteer import GroupRecord, PlaceRecord
from incidents.extraction.memory import MemoryGazetteer
from incidents.extraction.pipeline import extract

from .conftest import GROUPS, PLACES
from .readers import group_names, perpetrator_names


def _run_with(records: list[GroupRecord], text: str) -> dict:
    places = [PlaceRecord(i, n, k, c, p, la, lo, pop) for i, n, k, c, p, la, lo, pop, _ in PLACES]
    gazetteer = MemoryGazetteer(places, [*GROUPS, *records], {row[0]: row[8] for row in PLACES})
    return extract(text, ArticleMeta(published=dt.date(2025, 3, 11)), gazetteer)


# An island group the list files under the common words "communist rebels" too.
ISLAND_REDS = GroupRecord(97, "Island Red Army", "armed_group", None, "IT", ("Island Red Army", "communist rebels"))


def test_common_words_of_another_countrys_group_are_the_storys_own_fighters():
    document = _run_with(
        [ISLAND_REDS],
        "MAIDUGURI: Communist rebels stormed a police post near Bama on Tuesday, killing nine officers.",
    )
    assert "Island Red Army" not in group_names(document)
    assert perpetrator_names(document) == ["Communist rebels"]


def test_common_words_of_a_group_of_the_storys_country_name_it():
    names = ("Northern Red Army", "communist rebels")
    northern = GroupRecord(97, "Northern Red Army", "armed_group", None, "NG", names)
    document = _run_with(
        [northern],
        "MAIDUGURI: Communist rebels stormed a police post near Bama on Tuesday, killing nine officers.",
    )
    assert perpetrator_names(document) == ["Northern Red Army"]


# A movement the list files as a government (it rules now), in a story of its insurgent years.
EMIRATE = GroupRecord(98, "Green Emirate", "government", None, "NG", ("Green Emirate",))


def test_a_listed_government_told_as_an_insurgency_is_an_armed_group():
    document = _run_with(
        [EMIRATE],
        "MAIDUGURI: Green Emirate fighters stormed an army base near Bama on Tuesday, killing 12 soldiers, officials "
        "said.\n\nElsewhere, a Green Emirate ambush near Maiduguri on Monday killed six policemen, a spokesman said.",
    )
    emirate = next(g for g in document["groups"] if g["name"] == "Green Emirate")
    assert emirate["kind"] == "armed_group"
    assert perpetrator_names(document, 1) == ["Green Emirate"]


def test_a_listed_government_that_rules_stays_a_government():
    document = _run_with(
        [EMIRATE],
        "MAIDUGURI: Gunmen shot dead four traders near Bama on Tuesday. The Green Emirate ordered an inquiry into "
        "the killings.",
    )
    emirate = next(g for g in document["groups"] if g["name"] == "Green Emirate")
    assert emirate["kind"] == "government"
