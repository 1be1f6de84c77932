"""A continent, a part of one or a region of several countries is no place of one country: not the small town or
the province a gazetteer spells like it, not a place of the story's country, never an event's place."""

from __future__ import annotations

import pytest

from .conftest import by_name, extractor, make_gazetteer

# Namesakes as real gazetteers hold them: a small US town called "Middle East", a town with "Europe" among its
# alternate names, a province of one country named like a region of several.
NAMESAKES = (
    (80, "Middle East", "city", "US", 50, 40.1, -75.2, 1_900, ()),
    (81, "Kelmar", "city", "IT", 30, 45.0, 10.0, 4_000, ("Europe", "Africa")),
    (82, "Maghreb", "admin1", "NG", 20, None, None, None, ()),
)


@pytest.fixture(scope="module")
def run_with_namesakes():
    return extractor(make_gazetteer(extra_places=NAMESAKES))


def _region(document: dict, name: str) -> dict:
    place = by_name(document, "locations", name)
    assert place["kind"] == "region"
    assert place["country"] is None and place["parent"] is None and place["gazetteer_id"] is None
    return place


def test_a_region_of_several_countries_is_not_a_town_spelled_like_it(run_with_namesakes):
    document = run_with_namesakes(
        "Gunmen killed nine villagers near Quetta on Sunday, in one of the deadliest raids the Middle East and "
        "South Asia have seen this year."
    )
    _region(document, "Middle East")
    assert not any(place["country"] == "US" for place in document["locations"])
    assert by_name(document, "locations", "Quetta")["key"] == document["incidents"][0]["location"]


def test_a_continent_is_not_a_town_whose_alternate_name_it_is(run_with_namesakes):
    document = run_with_namesakes(
        "A bomb exploded at a bus stop in Peshawar on Monday, killing six people, weeks after similar attacks in "
        "Europe."
    )
    _region(document, "Europe")
    assert not any(place["country"] == "IT" for place in document["locations"])


def test_a_region_of_several_countries_is_not_a_province_of_one(run_with_namesakes):
    document = run_with_namesakes(
        "Militants attacked an army post in Khar on Tuesday, killing four soldiers; such groups also operate across "
        "the Maghreb."
    )
    _region(document, "Maghreb")
    assert not any(place["country"] == "NG" for place in document["locations"])


def test_a_part_of_a_continent_with_its_compass_word_in_lower_case(run_with_namesakes):
    document = run_with_namesakes(
        "Fighters stormed a checkpoint outside Quetta on Friday, killing two guards, as the group recruits in "
        "north Africa."
    )
    _region(document, "north Africa")


def test_a_continent_is_never_the_place_of_the_event(run_with_namesakes):
    document = run_with_namesakes(
        "Smugglers crossing Europe were blamed.\n\nGunmen opened fire on a wedding party on Saturday, killing "
        "seven guests, officials said."
    )
    incident = document["incidents"][0]
    assert incident["location"] != by_name(document, "locations", "Europe")["key"]
