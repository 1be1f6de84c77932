"""Unlisted villages the small model tags as organisations: a lone unknown word right after "at", "in", "near" or
"outside" in an event sentence is a place, unless the gazetteer knows a group by that name."""

from __future__ import annotations

import datetime as dt

from incidents.extraction.article import ArticleMeta
from incidents.extraction.gazetteer import GroupRecord, PlaceRecord
from incidents.extraction.memory import MemoryGazetteer
from incidents.extraction.pipeline import extract

from .conftest import GROUPS, PLACES
from .readers import place_names, place_of


def test_a_lone_name_tagged_an_organisation_after_at_in_an_event_sentence_is_the_place(run):
    document = run("PESHAWAR: Gunmen killed two policemen at Kelvorra on Monday, police said.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Kelvorra"


def test_a_lone_name_tagged_an_organisation_before_and_is_a_place_of_the_arrest(run):
    document = run("QUETTA: Police said they arrested two militants at Kelvorra and seized four rifles.")
    assert "Kelvorra" in place_names(document)


def test_a_group_the_gazetteer_knows_is_not_read_as_a_village():
    places = [PlaceRecord(i, n, k, c, p, la, lo, pop) for i, n, k, c, p, la, lo, pop, _ in PLACES]
    aliases = {row[0]: row[8] for row in PLACES}
    group = GroupRecord(99, "Kelvorra", "armed_group", None, "PK", ("Kelvorra",))
    gazetteer = MemoryGazetteer(places, [*GROUPS, group], aliases)
    document = extract(
        "PESHAWAR: Gunmen killed two policemen at Kelvorra on Monday, police said.",
        ArticleMeta(published=dt.date(2025, 3, 11)),
        gazetteer,
    )
    assert "Kelvorra" not in place_names(document)


def test_a_lone_name_before_city_is_the_place(run):
    document = run("QUETTA: A roadside bomb killed three soldiers in Kelvorra city on Sunday, police said.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Kelvorra"
