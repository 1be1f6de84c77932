"""Countries named by words that do not place anything, and a town whose written country outranks a namesake."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.extraction.article import ArticleMeta
from incidents.extraction.gazetteer import PlaceRecord
from incidents.extraction.memory import MemoryGazetteer
from incidents.extraction.pipeline import extract

from .conftest import GROUPS, PLACES, by_name

# A hamlet the gazetteer knows only in Pakistan.
NAMESAKE = (60, "Dara Kalay", "city", "PK", 7, 30.05, 67.1, 800, ())


@pytest.fixture(scope="module")
def run():
    rows = [*PLACES, NAMESAKE]
    gazetteer = MemoryGazetteer(
        [PlaceRecord(i, n, k, c, p, la, lo, pop) for i, n, k, c, p, la, lo, pop, _ in rows],
        GROUPS,
        {row[0]: row[8] for row in rows},
    )

    def _run(text: str) -> dict:
        return extract(text, ArticleMeta(published=dt.date(2025, 3, 11)), gazetteer)

    return _run


def _names(document: dict) -> set[str]:
    return {place["name"] for place in document["locations"]}


def test_a_town_followed_by_another_country_is_an_unlisted_town_of_that_country(run):
    document = run(
        "Raiders burned a truck stop at Dara Kalay, Afghanistan, in 2019, leaving nine drivers dead. Traders in "
        "Peshawar said the route was closed."
    )
    assert by_name(document, "locations", "Dara Kalay")["gazetteer_id"] is None


def test_a_country_as_a_likeness_is_no_place(run):
    document = run(
        "Hikers crowded the green slopes that guides advertise as a mini Italy when gunmen opened fire in Kashmir "
        "on Monday, killing six tourists."
    )
    assert "Italy" not in _names(document)


def test_the_country_of_a_region_is_a_figure_not_a_place(run):
    document = run(
        "The lakeside resort, long sold as the Italy of Asia, was hit by a bomb in Kashmir on Monday that killed "
        "four guests."
    )
    assert "Italy" not in _names(document)


def test_a_country_named_only_at_its_border_is_not_the_story_country(run):
    document = run(
        "Gunmen stormed the Kelvar Boarding School near the Iran border on Friday, killing nine pupils. The school "
        "stands two km from the Iran border. Police in Afghanistan blamed smugglers crossing from the Iran border."
    )
    assert by_name(document, "locations", "Kelvar Boarding School")["country"] == "AF"
