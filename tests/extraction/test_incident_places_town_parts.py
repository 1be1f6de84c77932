"""Incident places: a part of a town the words name after its kind ("the southern neighbourhood of X", "the
sector of X", "the Y neighbourhood of X") is the event's place, inside the town, when the sentence tells the event
there; not where people lived, were buried or were sent."""

from __future__ import annotations

import pytest

from incidents.extraction.model import Mention
from incidents.extraction.places import unlisted_places

from .readers import place_of

LEAD = "MAIDUGURI: Gunmen killed nine traders at a market in Maiduguri on Sunday, officials said. "


def parent_name(document, name):
    places = {place["key"]: place for place in document["locations"]}
    place = next(p for p in document["locations"] if p["name"] == name)
    return places[place["parent"]]["name"] if place.get("parent") else None


def test_a_neighbourhood_a_later_sentence_says_it_happened_in_is_the_place(run):
    document = run(
        LEAD + "The army sent troops to the city. According to witnesses, it all happened in the eastern "
        "neighbourhood of Tovalari, close to a bus depot."
    )
    incident = document["incidents"][0]
    assert place_of(document, incident) == "Tovalari"
    assert parent_name(document, "Tovalari") == "Maiduguri"


def test_a_sector_of_the_town_a_later_sentence_tells_the_shooting_in_is_the_place(run):
    document = run(
        "QUETTA: Gunmen killed two guards at a fuel depot in Quetta on Friday, police said. Both guards were "
        "shot near the gate inside the sector of Darvel Kot, a witness said."
    )
    incident = document["incidents"][0]
    assert place_of(document, incident) == "Darvel Kot"
    assert parent_name(document, "Darvel Kot") == "Quetta"


def test_a_part_of_a_town_named_later_leaves_the_quarter_the_lead_names(run):
    # only a town has parts: the quarter the lead already names is finer than "the sector of X" told later
    document = run(
        "MAIDUGURI: Gunmen killed nine traders in the Gwange Kura area of Maiduguri on Sunday, officials said. "
        "Both guards were shot near the gate inside the sector of Darvel Kot, a witness said."
    )
    incident = document["incidents"][0]
    assert place_of(document, incident) == "Gwange Kura"


def test_the_town_named_before_neighbourhood_of_holds_the_quarter_named_after():
    # "the Y neighbourhood of X": Y (Alverno) is the town, X (Kessel Hill) the quarter
    text = "Four men were shot dead near a church in the Alverno neighbourhood of Kessel Hill on Monday."
    start = text.index("Alverno")
    town = Mention(start, start + 7, "Alverno", "city", 0, "alverno", source="pattern")
    start = text.index("Kessel Hill")
    quarter = Mention(start, start + 11, "Kessel Hill", "city", 0, "kessel hill", source="pattern")
    places = {p.name: p for p in unlisted_places([town, quarter], [], None, text)}
    assert places["Kessel Hill"].parent is places["Alverno"]


@pytest.mark.parametrize(
    "later",
    [
        "Most of the traders sold cloth in the western neighbourhood of Tovalari.",
        "Relatives said the nine traders killed on Sunday had all lived in the western neighbourhood of Tovalari.",
        "On Monday the families buried several of the dead in the eastern suburb of Tovalari.",
        "Two days after the attack, soldiers were deployed in the northern sector of Tovalari.",
        "Funerals for five of the victims followed in the western neighbourhood of Tovalari.",
    ],
)
def test_a_part_of_the_town_where_no_event_took_place_leaves_the_town(run, later):
    document = run(LEAD + later)
    incident = document["incidents"][0]
    assert place_of(document, incident) == "Maiduguri"
