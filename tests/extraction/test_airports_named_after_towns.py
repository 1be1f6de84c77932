"""An airport named after the listed town it serves ("Quetta International Airport", "Mazar Airport" under the
gazetteer's other name of the town the story writes "Mazar-i-Sharif", a great city's "Kabul airport") hangs under that
town, so that the place chain and the matcher both see the town. An airport named after a person whose name opens with
a town's, a country's airline, a town of that name abroad, a street named after a town and a small town's name written
only before "airport" are not read that way."""

from __future__ import annotations

from .readers import place_names


def _location(document: dict, name: str) -> dict:
    return next(loc for loc in document["locations"] if loc["name"] == name)


def _parent(document: dict, location: dict) -> dict | None:
    return next((loc for loc in document["locations"] if loc["key"] == location.get("parent")), None)


# Must not fire.


def test_an_airport_named_after_a_person_whose_name_opens_with_a_towns_is_not_under_that_town(run):
    document = run(
        "A rocket hit the Khar Sultan International Airport in Pakistan on Sunday, killing two guards, officials said."
    )
    assert "Khar" not in place_names(document)


def test_a_countrys_airline_names_no_airport_site(run):
    document = run(
        "A Pakistan Airways plane was hit by gunfire as it landed on Sunday, wounding two passengers, officials said."
    )
    assert not [loc for loc in document["locations"] if loc["kind"] == "site"]


def test_an_airport_named_like_a_town_abroad_is_not_in_that_country(run):
    document = run(
        "MAIDUGURI: Gunmen attacked Borno Airport on Sunday, killing three guards, the Nigerian army said. Soldiers "
        "chased the attackers into the bush outside Maiduguri."
    )
    assert not [loc for loc in document["locations"] if loc.get("country") == "IT"]


def test_a_street_named_after_a_town_is_not_under_that_town(run):
    document = run(
        "PESHAWAR: A car bomb exploded on Quetta Road near the airport on Monday, killing four people, police said."
    )
    assert "Quetta" not in place_names(document)


def test_an_airport_in_another_listed_town_is_not_under_the_town_it_is_named_like(run):
    document = run(
        "A car bomb exploded outside Quetta International Airport in Peshawar on Sunday, killing three people, police "
        "said."
    )
    assert "Quetta" not in place_names(document)


def test_an_airport_only_a_title_case_line_names_names_no_town(run):
    document = run(
        "Blast At Quetta International Airport Terminal Kills Five Travellers\nA bomb exploded at an airport "
        "terminal in Pakistan on Sunday, killing five travellers, police said."
    )
    assert "Quetta" not in place_names(document)


# Must fire.


def test_an_airport_named_after_a_listed_town_hangs_under_the_town(run):
    document = run(
        "Two bombs exploded outside Quetta International Airport in south-western Pakistan on Sunday, killing five "
        "travellers, police said."
    )
    site = _location(document, "Quetta International Airport")
    assert _parent(document, site)["name"] == "Quetta"
    assert site["country"] == "PK"


def test_an_airport_named_by_another_name_of_the_story_town_hangs_under_it(run):
    document = run(
        "A bomb exploded at Mazar Airport on Monday, killing six travellers. Police in Mazar-i-Sharif said the "
        "attackers fled on motorcycles."
    )
    site = _location(document, "Mazar Airport")
    parent = _parent(document, site)
    assert parent is not None and parent["name"] == "Mazār-e Sharīf"
    assert len([loc for loc in document["locations"] if loc["name"] == "Mazār-e Sharīf"]) == 1


def test_a_great_citys_airport_written_only_before_airport_hangs_under_the_city(run):
    document = run("Twin blasts outside Kabul airport killed 13 people on Thursday, a Taliban official said.")
    site = _location(document, "Kabul airport")
    parent = _parent(document, site)
    assert parent is not None and parent["name"] == "Kabul" and parent["kind"] == "city"
    assert site["country"] == "AF"
