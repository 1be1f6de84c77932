"""Location entities on real news: a country's initials used as its adjective, a wire service's name however
hyphenated, half of a hyphenated listed name, two named sites sharing one plural site word, a people's adjective
before "the island of", a county written before its name."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.extraction.article import ArticleMeta
from incidents.extraction.gazetteer import PlaceRecord
from incidents.extraction.memory import MemoryGazetteer
from incidents.extraction.pipeline import extract

# Invented places but for the countries; Dovrano is a hamlet of Italy, half of the Tajik "Dovrano-Kelsh".
PLACES = [
    PlaceRecord(1, "United States", "country", "US", None, 39.8, -98.6, 330_000_000),
    PlaceRecord(2, "United Kingdom", "country", "GB", None, 54.0, -2.0, 67_000_000),
    PlaceRecord(3, "France", "country", "FR", None, 46.0, 2.0, 68_000_000),
    PlaceRecord(4, "Mali", "country", "ML", None, 17.0, -4.0, 22_000_000),
    PlaceRecord(5, "Tarvela", "city", "ML", 4, 12.6, -8.0, 2_800_000),
    PlaceRecord(6, "Tajikistan", "country", "TJ", None, 39.0, 71.0, 10_000_000),
    PlaceRecord(7, "Dovrano-Kelsh", "admin1", "TJ", 6, 37.4, 71.9),
    PlaceRecord(8, "Vashgir", "city", "TJ", 7, 37.5, 71.6, 30_000),
    PlaceRecord(9, "Italy", "country", "IT", None, 42.8, 12.8, 60_000_000),
    PlaceRecord(10, "Dovrano", "city", "IT", 9, 45.9, 9.8, 1_800),
    PlaceRecord(11, "New Zealand", "country", "NZ", None, -41.0, 174.0, 5_000_000),
    PlaceRecord(12, "Ashbury", "city", "GB", 2, 55.8, -4.5, 8_600),  # a namesake of the mosque below
    PlaceRecord(13, "Indonesia", "country", "ID", None, -2.0, 118.0, 270_000_000),
    PlaceRecord(14, "Pelakar", "city", "ID", 13, -5.1, 119.4, 1_400_000),
]
ALIASES = {1: ("U.S.", "US"), 2: ("UK", "Britain")}


@pytest.fixture(scope="module")
def run():
    gazetteer = MemoryGazetteer(PLACES, [], ALIASES)
    return lambda text: extract(text, ArticleMeta(published=dt.date(2025, 3, 11)), gazetteer)


def _places(document: dict) -> set[str]:
    return {p["name"] for p in document["locations"]}


def _aliases(document: dict, name: str) -> set[str]:
    return {a for p in document["locations"] if p["name"] == name for a in p["aliases"]}


# ----------------------------------------------------------------- a country's initials as its adjective
def test_initials_before_a_common_noun_are_the_countrys_adjective(run):
    document = run(
        "Gunmen kill two in Tarvela\n\nGunmen shot dead a U.S. aid worker and a driver in Tarvela, Mali, on Monday. "
        "A UK court later jailed one of the men, the UK-based charity said."
    )
    assert "Tarvela" in _places(document)
    assert "United States" not in _places(document)
    assert "United Kingdom" not in _places(document)


def test_initials_standing_as_a_noun_or_before_a_part_of_its_land_stay_a_place(run):
    document = run(
        "Attack in Tarvela\n\nA gunman who had lived in the U.S. for years shot two guards in Tarvela, Mali, on "
        "Monday. Weeks earlier he had been stopped at the UK border."
    )
    assert {"United States", "United Kingdom", "Tarvela"} <= _places(document)


# ----------------------------------------------------------------- a wire service's name
def test_a_country_inside_a_wire_service_name_hyphenated_after_the_first_word_is_no_place(run):
    document = run(
        "Blast in Tarvela\n\nA car bomb killed six soldiers at a checkpoint in Tarvela, Mali, on Sunday. "
        "Agence-France Presse quoted a local official as saying the toll could rise."
    )
    assert "France" not in _places(document)
    assert "Tarvela" in _places(document)


# ----------------------------------------------------------------- half of a hyphenated listed name
def test_half_of_a_hyphenated_listed_name_is_not_a_namesake_town(run):
    document = run(
        "Clashes in Vashgir\n\nTroops killed eleven fighters in Vashgir, Dovrano-Kelsh Autonomous Region of "
        "Tajikistan, officials said on Tuesday."
    )
    assert "Dovrano" not in _places(document)
    assert "Vashgir" in _places(document)


# ----------------------------------------------------------------- two sites sharing a plural site word
def test_two_names_before_one_plural_site_word_are_two_sites(run):
    document = run(
        "Metro blast\n\nThe bomb went off as the train ran from Vorota Rynok to Zarechny Dvor stations in "
        "Tarvela, Mali, on Monday, killing nine people."
    )
    assert {"Vorota Rynok", "Zarechny Dvor"} <= _places(document)


def test_a_listed_name_the_text_never_writes_alone_is_the_site_before_a_plural_site_word(run):
    document = run(
        "Mosque attacks remembered\n\nThe shootings at the Al Baraka and Ashbury mosques in New Zealand killed "
        "dozens of worshippers in 2019."
    )
    assert {"Al Baraka", "Ashbury"} <= _places(document)
    assert "Ashbury mosque" in _aliases(document, "Ashbury")
    assert not any(p["country"] == "GB" for p in document["locations"])


def test_faiths_before_a_plural_site_word_are_not_sites(run):
    document = run("Attacks in Tarvela\n\nGunmen attacked Sunni and Shia mosques in Tarvela, Mali, on Friday.")
    assert _places(document) == {"Tarvela", "Mali"}


# ----------------------------------------------------------------- a people's adjective before "island of"
def test_a_peoples_adjective_may_come_before_the_island_of(run):
    document = run(
        "Church bombing\n\nA bomber wounded twelve people outside a church in Pelakar on the Indonesian island of "
        "Kerawesi on Sunday, police said."
    )
    assert "Kerawesi" in _places(document)


# ----------------------------------------------------------------- a county written before its name
def test_a_county_written_before_its_name_is_a_place(run):
    document = run(
        "Officer wounded\n\nA bomb exploded under a police officer's car in Ballyvane, Co Larrow, on Friday. "
        "Two men were later arrested in County Dunmore."
    )
    assert {"Co Larrow", "County Dunmore"} <= _places(document)


def test_a_companys_co_is_not_a_county(run):
    document = run(
        "Blast in Tarvela\n\nA bomb killed two guards in Tarvela, Mali. The depot belongs to Harlow & Co. Ltd, a "
        "firm from Pelakar."
    )
    assert not any(name.startswith("Co") for name in _places(document))
