"""A news agency quoted as a source is no place, even when the gazetteer holds a town of its name."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.extraction.article import ArticleMeta
from incidents.extraction.gazetteer import PlaceRecord
from incidents.extraction.memory import MemoryGazetteer
from incidents.extraction.pipeline import extract

from .conftest import GROUPS, PLACES
from .readers import place_names

# Two towns whose names are also those of news agencies in the stories below.
AGENCY_TOWNS = [
    (950, "Kelnua", "city", "PK", 7, 30.1, 66.9, 5_000, ()),
    (951, "Tarsaba", "city", "PK", 7, 30.2, 66.8, 3_000, ()),
]


@pytest.fixture(scope="module")
def agency_run():
    rows = PLACES + AGENCY_TOWNS
    gazetteer = MemoryGazetteer(
        [PlaceRecord(i, n, k, c, p, la, lo, pop) for i, n, k, c, p, la, lo, pop, _ in rows],
        GROUPS,
        {row[0]: row[8] for row in rows},
    )
    return lambda text: extract(text, ArticleMeta(published=dt.date(2025, 3, 11)), gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed three traders in Quetta, Pakistan, on Monday, a witness told Kelnua.",
        "Gunmen killed three traders in Quetta on Monday, Pakistan's state-run Kelnua said.",
        "Gunmen killed three traders in Quetta on Monday, state news agency Tarsaba said.",
    ],
)
def test_an_agency_told_or_quoted_is_no_place(agency_run, text):
    names = place_names(agency_run(text))
    assert "Quetta" in names
    assert not names & {"Kelnua", "Tarsaba"}


def test_a_town_that_is_told_of_stays_a_place(agency_run):
    document = agency_run("Gunmen killed three traders in Kelnua, Pakistan, on Monday, police told reporters.")
    assert "Kelnua" in place_names(document)
