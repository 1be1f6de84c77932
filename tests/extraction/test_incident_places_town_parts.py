"""Incident places: a part of a town the words name after its kind ("the southern neighbourhood of X", "the
sector of X", "the Y neighbourhood of X") is the event's place, inside the town."""

from __future__ import annotations

from .readers import place_of


def parent_name(document, name):
    places = {place["key"]: place for place in document["locations"]}
    place = next(p for p in document["locations"] if p["name"] == name)
    return places[place["parent"]]["name"] if place.get("parent") else None


def test_a_neighbourhood_a_later_sentence_says_the_attack_took_place_in_is_the_place(run):
    document = run(
        "MAIDUGURI: Gunmen killed nine traders at a market in Maiduguri on Sunday, officials said. The army sent "
        "troops to the city. The shooting took place in the eastern neighbourhood of Tovalari, witnesses said."
    )
    incident = document["incidents"][0]
    assert place_of(document, incident) == "Tovalari"
    assert parent_name(document, "Tovalari") == "Maiduguri"


def test_a_sector_of_the_town_named_in_a_later_sentence_is_the_place(run):
    document = run(
        "QUETTA: Gunmen killed two guards at a fuel depot in Quetta on Friday, police said. The attack hit the "
        "depot in the sector of Darvel Kot before dawn, a witness said."
    )
    incident = document["incidents"][0]
    assert place_of(document, incident) == "Darvel Kot"
    assert parent_name(document, "Darvel Kot") == "Quetta"


def test_the_place_named_before_neighbourhood_of_holds_the_neighbourhood():
    from incidents.extraction.model import Mention
    from incidents.extraction.places import unlisted_places

    text = "Four men were shot dead near a church in the North Varsel neighbourhood of Dovra Kaya on Monday."
    start = text.index("North Varsel")
    area = Mention(start, start + 12, "North Varsel", "city", 0, "north varsel", source="pattern")
    start = text.index("Dovra Kaya")
    part = Mention(start, start + 10, "Dovra Kaya", "city", 0, "dovra kaya", source="pattern")
    places = {p.name: p for p in unlisted_places([area, part], [], None, text)}
    assert places["Dovra Kaya"].parent is places["North Varsel"]


def test_a_neighbourhood_named_where_no_event_took_place_leaves_the_town(run):
    document = run(
        "MAIDUGURI: Gunmen killed nine traders at a market in Maiduguri on Sunday, officials said. The traders "
        "had moved there from the western neighbourhood of Tovalari a year ago, relatives said."
    )
    incident = document["incidents"][0]
    assert place_of(document, incident) == "Maiduguri"
