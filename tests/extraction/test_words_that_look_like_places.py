"""Words that look like a listed place but are not one: a country's initials written as a common word ("Car" in a
headline's title case), a place that names a news outlet ("Tarvel News"), a compass word joined to another
("South-west"), a faith's church named by its people ("the Nigerian Orthodox Church"), and a church named for
its patron that runs on into the next sentence."""

from __future__ import annotations

import pytest

from .conftest import extractor, make_gazetteer
from .readers import place_names

# As real gazetteers hold them: a country known by its initials, a division of some country called "South".
LOOKALIKES = (
    (100, "Varskan Coastal Republic", "country", "CF", None, 6.6, 20.9, 5_000_000, ("VCR", "Van")),
    (101, "South", "admin1", "CM", None, None, None, None, ()),
)


@pytest.fixture(scope="module")
def run_with_lookalikes():
    return extractor(make_gazetteer(extra_places=LOOKALIKES))


def test_a_countrys_initials_in_title_case_are_a_common_word(run_with_lookalikes):
    document = run_with_lookalikes(
        "Van Bomb In Pakistan's Khar Kills Six\n\nA van packed with explosives blew up at a market in Khar on "
        "Monday, killing six people, police said."
    )
    assert "Varskan Coastal Republic" not in place_names(document)
    assert all(place["country"] != "CF" for place in document["locations"])


def test_a_countrys_initials_in_capitals_are_the_country(run_with_lookalikes):
    document = run_with_lookalikes("Gunmen killed four traders on Monday near the VCR border town, officials said.")
    assert "Varskan Coastal Republic" in place_names(document)


def test_a_place_naming_a_news_outlet_is_not_a_place_of_the_story(run_with_lookalikes):
    document = run_with_lookalikes(
        "A bomb killed three guards at a checkpoint in Quetta on Sunday, according to Iran News, which cited officials."
    )
    assert "Iran" not in place_names(document)


def test_a_street_naming_a_newspaper_is_not_a_site(run_with_lookalikes):
    document = run_with_lookalikes(
        "Gunmen shot dead two guards in Peshawar on Sunday, the Harrow Street Journal reported."
    )
    assert not any("Harrow" in name for name in place_names(document))


def test_a_compass_word_joined_to_another_is_a_bearing(run_with_lookalikes):
    document = run_with_lookalikes(
        "A man stabbed three people to death in Quetta, South-west Pakistan, on Sunday, police said."
    )
    assert "South" not in place_names(document)


def test_a_church_named_by_its_people_and_faith_is_a_body(run_with_lookalikes):
    document = run_with_lookalikes(
        "Gunmen killed a priest in Khar on Sunday; the Nigerian Orthodox Church said he had served there for years."
    )
    assert not any("Orthodox" in name for name in place_names(document))


def test_a_church_named_for_its_patron_ends_with_its_sentence(run_with_lookalikes):
    document = run_with_lookalikes(
        "Gunmen in Quetta opened fire on Sunday on the Church of the Holy Lantern. The attackers fled in a car."
    )
    names = place_names(document)
    assert "Church of the Holy Lantern" in names
    assert not any(name.endswith("The") for name in names)
