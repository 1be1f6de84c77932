"""A listed place written with the Arabic article in lower case ("the town of al-Qarwan") is the place named with
it; the same name before a site's noun ("the al-Qarwan market") stays the site's."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.extraction.article import ArticleMeta
from incidents.extraction.gazetteer import PlaceRecord
from incidents.extraction.memory import MemoryGazetteer
from incidents.extraction.pipeline import extract

# Invented places: the town of Al-Qarwan in the province of Varsa.
PLACES = [
    PlaceRecord(1, "Iraq", "country", "IQ", None, 33.0, 44.0, 44_000_000),
    PlaceRecord(2, "Varsa", "admin1", "IQ", 1, 34.1, 44.6),
    PlaceRecord(3, "Al-Qarwan", "city", "IQ", 2, 34.3, 44.9, 40_000),
]


@pytest.fixture(scope="module")
def run():
    gazetteer = MemoryGazetteer(PLACES, [], {})
    return lambda text: extract(text, ArticleMeta(published=dt.date(2025, 3, 11)), gazetteer)


def test_a_town_written_with_a_small_article_is_the_listed_town(run):
    document = run(
        "A car bomb killed nine people in Varsa province on Saturday. The blast tore through a market in the town "
        "of al-Qarwan, police said."
    )
    [town] = [p for p in document["locations"] if p["name"] == "Al-Qarwan"]
    assert [m["text"] for m in town["mentions"]] == ["al-Qarwan"]
    [incident] = document["incidents"]
    assert incident["location"] == town["key"]


def test_the_name_before_a_site_noun_stays_the_site(run):
    document = run("A roadside bomb exploded in the al-Qarwan market in Varsa province on Saturday, killing four.")
    assert "Al-Qarwan" not in {p["name"] for p in document["locations"]}
