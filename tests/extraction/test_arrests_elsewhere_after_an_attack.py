"""People taken at a place of their own after an attack (or after another arrest) told elsewhere: the arrest is an
event of its own; an arrest at the attack's place, and the captives told again, stay with what was told (sentences
invented for these tests)."""

from __future__ import annotations

import datetime as dt

from .readers import place_of


def _types_and_places(document):
    return [(i["type"], place_of(document, i)) for i in document["incidents"]]


def test_arrests_in_another_town_after_an_attack_are_their_own_incident(run):
    document = run(
        "Gunmen killed 14 villagers in Bama on Saturday, June 7, officials said.\n"
        "Later, three more men linked to the gunmen were arrested in Maiduguri.",
        published=dt.date(2025, 6, 9),
    )
    assert _types_and_places(document) == [("attack_on_civilians", "Bama"), ("arrest_or_raid", "Maiduguri")]
    assert document["incidents"][1]["date"] == "2025-06-07"


def test_an_arrest_at_the_attack_place_stays_with_the_attack(run):
    document = run(
        "Gunmen killed 14 villagers in Bama on Saturday, June 7, officials said.\n"
        "One of the gunmen was arrested in Bama hours later.",
        published=dt.date(2025, 6, 9),
    )
    assert len(document["incidents"]) == 1


def test_another_arrest_elsewhere_after_an_arrest_is_its_own_incident(run):
    document = run(
        "Police arrested four members of a banned group in Peshawar on Monday, June 2.\n"
        "Another member of the group was detained in Quetta.",
        published=dt.date(2025, 6, 4),
    )
    assert [i["type"] for i in document["incidents"]] == ["arrest_or_raid", "arrest_or_raid"]
    assert [place_of(document, i) for i in document["incidents"]] == ["Peshawar", "Quetta"]


def test_the_captive_told_again_with_another_place_stays_with_the_arrest(run):
    document = run(
        "Police arrested a man planning an attack on a school in Peshawar on Monday, June 2.\n"
        "The suspect was detained at a relative's house in Quetta, officials said.",
        published=dt.date(2025, 6, 4),
    )
    assert len(document["incidents"]) == 1
