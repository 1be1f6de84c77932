"""A country named as a modifier (an ally's, an envoy's, an embassy's, a border's, a compound adjective's) is not
where the event was; a town told again as "the <adjectives> city" is the one named just before."""

from __future__ import annotations

from .readers import location_name


def _countries_of(document: dict, incident: dict) -> set[str]:
    places = {p["key"]: p for p in document["locations"]}
    place = places.get(incident["location"])
    return {place["country"]} if place else set()


def test_a_border_the_attack_was_near_is_the_neighbours_not_the_place(run):
    document = run(
        "Police in Peshawar said on Saturday that gunmen had killed six guards in a night raid near the "
        "Afghanistan border."
    )
    [incident] = document["incidents"]
    assert "AF" not in _countries_of(document, incident)


def test_the_country_of_an_ambassador_is_not_where_the_bomb_went_off(run):
    document = run(
        "A car bomb killed nine people on Friday outside the hotel where the United States ambassador was staying."
    )
    [bombing] = document["incidents"]
    assert "US" not in _countries_of(document, bombing)


def test_a_country_opening_a_compound_adjective_is_not_the_place(run):
    document = run("A bomb killed four guards on Monday at the gate of a Türkiye-built school, police said.")
    [bombing] = document["incidents"]
    assert "TR" not in _countries_of(document, bombing)


def test_the_city_told_again_with_adjectives_is_the_town_named_before(run):
    document = run(
        "Gunmen killed two farmers near Bama on Sunday, police said. Residents blamed the jihadists. A year earlier "
        "twin bombs struck the busy northeastern city, killing 30 people, an Afghanistan ally said."
    )
    earlier = next(i for i in document["incidents"] if i["fatalities"] == 30)
    assert location_name(document, earlier) == "Bama"
