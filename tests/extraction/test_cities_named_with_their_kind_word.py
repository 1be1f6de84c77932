"""A town written with its capitalised kind word ("Tarvo City") is the gazetteer's town of that name, in its own
country: a name that specific is no misreading, and a country named beside it in the sentence is not its parent."""

from __future__ import annotations

import pytest

from .conftest import by_name, extractor, make_gazetteer

EXTRA = [
    (900, "Kuwait", "country", "KW", None, 29.3, 47.6, 4_000_000, ()),
    (901, "Al Asimah", "admin1", "KW", 900, None, None, None, ()),
    (902, "Kuwait City", "city", "KW", 901, 29.37, 47.97, 60_000, ()),
    (903, "France", "country", "FR", None, 46.0, 2.0, 67_000_000, ()),
    # A small town abroad that the story names bare: still an unlisted place of the story when misread.
    (904, "Harlow", "city", "KW", 901, 29.1, 47.9, 2_000, ()),
]


@pytest.fixture(scope="module")
def run():
    return extractor(make_gazetteer(extra_places=EXTRA))


def test_a_city_named_with_its_kind_word_keeps_its_own_country_beside_another(run):
    document = run("Bombs exploded on Friday at a cafe in France and at a mosque in Kuwait City, killing 12 people.")
    city = by_name(document, "locations", "Kuwait City")
    assert city["gazetteer_id"] == 902
    france = by_name(document, "locations", "France")
    assert city.get("parent") != france["key"]


def test_a_city_named_with_its_kind_word_alone_is_kept(run):
    document = run("A suicide bomber killed 27 worshippers at a mosque in Kuwait City on Friday, officials said.")
    assert by_name(document, "locations", "Kuwait City")["gazetteer_id"] == 902


def test_a_bare_small_town_abroad_is_still_not_the_gazetteer_namesake(run):
    document = run("Bombs exploded on Friday at a cafe in France and at a market in Harlow, killing 12 people.")
    town = [loc for loc in document["locations"] if loc["name"] == "Harlow"]
    assert not town or town[0]["gazetteer_id"] != 904
