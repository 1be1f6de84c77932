"""A country the article names only as an actor, by what it owns that acts or reports abroad or by what it does for
others ("Varsk's news agency reported", "help from Varsk"), is no place of the story; named once as a place, it is
one, and the story's own country always is. A country that speaks as the subject ("Varsk condemned"), backs a group or
speaks through its ministry stays: codings differ there. A country that lists, founds or brands a group ("blacklisted
by Varsk") is its government at work, each country of such a list."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.extraction.article import ArticleMeta
from incidents.extraction.gazetteer import PlaceRecord
from incidents.extraction.memory import MemoryGazetteer
from incidents.extraction.pipeline import extract

# Invented towns in real countries.
PLACES = [
    PlaceRecord(1, "Mali", "country", "ML", None, 17.0, -4.0, 22_000_000),
    PlaceRecord(2, "Tarvela", "city", "ML", 1, 12.6, -8.0, 2_800_000),
    PlaceRecord(3, "France", "country", "FR", None, 46.0, 2.0, 68_000_000),
    PlaceRecord(4, "Spain", "country", "ES", None, 40.0, -4.0, 47_000_000),
    PlaceRecord(5, "Iran", "country", "IR", None, 32.0, 53.0, 85_000_000),
    PlaceRecord(6, "Norway", "country", "NO", None, 61.0, 8.0, 5_400_000),
    PlaceRecord(7, "Kelvik", "city", "NO", 6, 59.9, 10.7, 700_000),
]


@pytest.fixture(scope="module")
def run():
    gazetteer = MemoryGazetteer(PLACES, [], {})
    return lambda text: extract(text, ArticleMeta(published=dt.date(2025, 3, 11)), gazetteer)


def _places(document: dict) -> set[str]:
    return {p["name"] for p in document["locations"]}


def test_a_country_whose_news_agency_reports_is_no_place(run):
    document = run(
        "Gunmen kill four in Tarvela\n\nGunmen shot dead four traders at a market in Tarvela, Mali, on Monday, "
        "Spain's state news agency reported."
    )
    assert "Tarvela" in _places(document)
    assert "Spain" not in _places(document)


def test_a_country_whose_ministry_speaks_or_that_backs_a_group_stays(run):
    document = run(
        "Gunmen kill four in Tarvela\n\nGunmen shot dead four traders at a market in Tarvela, Mali, on Monday. "
        "Spain's foreign ministry said one of them was a Spanish citizen. A militia backed by Iran denied a part."
    )
    assert "Spain" in _places(document)
    assert "Iran" in _places(document)


def test_a_country_that_helps_is_no_place(run):
    document = run(
        "Soldiers killed in Tarvela\n\nMilitants killed six soldiers at an army post in Tarvela, Mali, on Sunday. "
        "The army has fought the militants with help from France for a decade."
    )
    assert "Mali" in _places(document)
    assert "France" not in _places(document)


def test_a_country_that_condemns_stays(run):
    document = run(
        "Soldiers killed in Tarvela\n\nMilitants killed six soldiers at an army post in Tarvela, Mali, on Sunday. "
        "Iran condemned the attack in a short statement."
    )
    assert "Iran" in _places(document)


def test_a_country_also_named_as_a_place_stays(run):
    document = run(
        "Soldiers killed in Tarvela\n\nMilitants killed six soldiers at an army post in Tarvela, Mali, on Sunday. "
        "France condemned the attack. Two of the militants had trained in France, officials said."
    )
    assert "France" in _places(document)


def test_the_storys_own_country_stays_though_its_leader_speaks(run):
    document = run(
        "Gunman kills two in Kelvik\n\nA gunman shot dead two people outside a bar in Kelvik on Friday night. "
        "Norway's prime minister told reporters the attack was an act of terror."
    )
    assert "Kelvik" in _places(document)
    assert "Norway" in _places(document)


def _government_mentions(document: dict) -> set[str]:
    return {m["text"] for g in document["groups"] if g["kind"] == "government" for m in g["mentions"]}


def test_a_country_that_listed_or_founded_a_group_is_its_government(run):
    document = run(
        "Gunmen kill four in Tarvela\n\nGunmen shot dead four traders at a market in Tarvela, Mali, on Monday. The "
        "Tarvela Brigade, a militia established by Iran, has been blacklisted by Norway."
    )
    assert {"Iran", "Norway"} <= _government_mentions(document)


def test_each_state_of_a_list_that_brands_a_group_is_its_government(run):
    document = run(
        "Gunmen kill four in Tarvela\n\nGunmen shot dead four traders at a market in Tarvela, Mali, on Monday. The "
        "Tarvela Brigade is considered a terrorist group by France, the European Union and Spain."
    )
    assert {"France", "Spain"} <= _government_mentions(document)


def test_a_country_that_designated_or_founded_a_group_is_its_government(run):
    document = run(
        "Gunmen kill four in Tarvela\n\nGunmen shot dead four traders at a market in Tarvela, Mali, on Monday. The "
        "Tarvela Brigade, a militia founded by Iran in 2015, has been designated a terrorist group by Norway."
    )
    assert {"Iran", "Norway"} <= _government_mentions(document)


def test_a_country_that_blacklisted_a_group_at_the_sentence_start_is_its_government(run):
    document = run(
        "Gunmen kill four in Tarvela\n\nGunmen shot dead four traders at a market in Tarvela, Mali, on Monday. "
        "Blacklisted by Iran, the Tarvela Brigade denied any role."
    )
    assert "Iran" in _government_mentions(document)


def test_a_country_that_owns_the_doer_or_made_a_thing_is_no_government(run):
    document = run(
        "Gunmen kill four in Tarvela\n\nGunmen shot dead four traders at a market in Tarvela, Mali, on Monday. "
        "Officials cited the danger posed by Iran's hired fighters. The bridge, created by Norway in 1950, was shut."
    )
    assert not {"Iran", "Norway"} & _government_mentions(document)
