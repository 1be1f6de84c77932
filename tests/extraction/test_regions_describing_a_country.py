"""A region of several countries named right before a noun for a country ("the Gulf sultanate", "a Sahel state",
"Pacific nations") tells which country the story means; it is no place of the story. Named on its own, the region
stays a place."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.extraction.article import ArticleMeta
from incidents.extraction.gazetteer import PlaceRecord
from incidents.extraction.memory import MemoryGazetteer
from incidents.extraction.pipeline import extract

from .conftest import GROUPS, PLACES
from .readers import place_names


@pytest.fixture(scope="module")
def with_namesakes():
    """The test gazetteer, with towns that share the names of wide regions (as real gazetteers hold)."""
    rows = [PlaceRecord(i, n, k, c, p, la, lo, pop) for i, n, k, c, p, la, lo, pop, _ in PLACES]
    rows.append(PlaceRecord(97, "Gulf", "admin1", "IT", 30, None, None, None))
    rows.append(PlaceRecord(98, "Sahel", "admin1", "IT", 30, None, None, None))
    gazetteer = MemoryGazetteer(rows, GROUPS, {row[0]: row[8] for row in PLACES})

    def _run(text: str) -> dict:
        return extract(text, ArticleMeta(published=dt.date(2025, 3, 11)), gazetteer)

    return _run


LEAD = "Gunmen killed four guards at a market in Maiduguri, Borno State, on Tuesday"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        pytest.param(
            f"{LEAD}; envoys of the Gulf sultanate were among the first to send word.", "Gulf", id="lower-case-noun"
        ),
        pytest.param(f"{LEAD}. Sahel nations sent their condolences.", "Sahel", id="lower-case-plural-noun"),
        # Written capitalised, the noun makes the region one word of a longer name ("Gulf" of "Gulf States"): the
        # gazetteer reader drops it as such, before the country-noun rule (case-blind) is read.
        pytest.param(
            f"{LEAD}. Envoys of the Gulf States sent their condolences.",
            "Gulf",
            id="capitalised-noun-ends-a-longer-name",
        ),
    ],
)
def test_a_region_before_a_noun_for_countries_is_no_place(with_namesakes, text, region):
    assert region not in place_names(with_namesakes(text))


def test_a_region_named_on_its_own_stays_a_place(with_namesakes):
    document = with_namesakes("Gunmen who crossed the Sahel killed four guards at a market in Maiduguri, Borno State.")
    assert "Sahel" in place_names(document)
