"""Places the gazetteer lacks, named after a described kind word ("the remote border village of X")."""

from __future__ import annotations

from .conftest import by_name
from .readers import place_names, place_of


def test_a_village_described_before_its_kind_word_is_the_events_place(run):
    document = run(
        "Gunmen stormed the remote northern border village of Tarvelo in Balochistan on Sunday, killing three "
        "farmers, police said."
    )
    village = by_name(document, "locations", "Tarvelo")
    assert village["kind"] == "city"
    assert place_of(document, document["incidents"][0]) == "Tarvelo"


def test_a_day_after_a_described_town_is_not_part_of_its_name(run):
    document = run(
        "Gunmen stormed the small coastal town of Tarvelo Friday in Balochistan, killing three farmers, police said."
    )
    names = place_names(document)
    assert "Tarvelo" in names and "Tarvelo Friday" not in names


def test_a_nearby_town_is_beside_the_town_named_not_inside_it(run):
    document = run(
        "A rocket struck a market in Quetta on Monday and a second one reached the nearby town of Dovrani, "
        "killing two children."
    )
    town = by_name(document, "locations", "Dovrani")
    quetta = by_name(document, "locations", "Quetta")
    assert town["parent"] != quetta["key"]
