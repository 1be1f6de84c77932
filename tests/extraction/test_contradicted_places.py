"""A gazetteer namesake that the text puts inside a place it is not in is an unlisted place of the story."""

from __future__ import annotations

import pytest

from .conftest import by_name, extractor, make_gazetteer

# A hamlet the gazetteer knows only in Balochistan, hundreds of km from Peshawar.
NAMESAKE = (60, "Dara Kalay", "city", "PK", 7, 30.05, 67.1, 800, ())


@pytest.fixture(scope="module")
def run_with_namesake():
    return extractor(make_gazetteer(extra_places=(NAMESAKE,)))


def test_a_namesake_outside_the_place_the_text_names_becomes_a_place_there(run_with_namesake):
    document = run_with_namesake(
        "Gunmen ambushed a police patrol on Sunday in the village of Dara Kalay in Peshawar, killing 14 policemen."
    )
    village = by_name(document, "locations", "Dara Kalay")
    assert village["gazetteer_id"] is None
    assert village["parent"] == by_name(document, "locations", "Peshawar")["key"]


def test_a_town_inside_the_place_the_text_names_keeps_its_gazetteer_record(run_with_namesake):
    document = run_with_namesake("Gunmen ambushed a police patrol on Sunday in Khar in Bajaur, killing 14 policemen.")
    assert by_name(document, "locations", "Khar")["gazetteer_id"] == 6


def test_a_namesake_the_text_does_not_contradict_keeps_its_record(run_with_namesake):
    document = run_with_namesake(
        "QUETTA: Gunmen ambushed a police patrol near Dara Kalay on Sunday, killing 14 policemen."
    )
    assert by_name(document, "locations", "Dara Kalay")["gazetteer_id"] == 60


def test_an_unlisted_village_sits_in_the_place_its_apposition_names(run_with_namesake):
    document = run_with_namesake(
        "Gunmen killed 25 civilians on Sunday in the village of Kili Mando, in Balochistan, a week after an attack in "
        "Peshawar."
    )
    village = by_name(document, "locations", "Kili Mando")
    assert village["parent"] == by_name(document, "locations", "Balochistan")["key"]


def test_an_unlisted_village_sits_in_the_division_its_comma_chain_names(run_with_namesake):
    document = run_with_namesake(
        "Troops shot dead a militant on Sunday in Kili Mando Village, Upper Kach District, Balochistan, "
        "a week after an attack in Peshawar."
    )
    village = by_name(document, "locations", "Kili Mando Village")
    assert village["parent"] == by_name(document, "locations", "Balochistan")["key"]


def test_a_namesake_outside_the_place_that_owns_it_becomes_a_place_there(run_with_namesake):
    document = run_with_namesake(
        "PESHAWAR: Gunmen ambushed a police patrol on Sunday at Peshawar’s Dara Kalay, killing 14 policemen."
    )
    village = by_name(document, "locations", "Dara Kalay")
    assert village["gazetteer_id"] is None
    assert village["parent"] == by_name(document, "locations", "Peshawar")["key"]


def test_a_town_followed_by_another_country_is_an_unlisted_town_of_that_country(run_with_namesake):
    document = run_with_namesake(
        "Raiders burned a truck stop at Dara Kalay, Afghanistan, in 2019, leaving nine drivers dead. Traders in "
        "Peshawar said the route was closed."
    )
    assert by_name(document, "locations", "Dara Kalay")["gazetteer_id"] is None
