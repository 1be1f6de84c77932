"""A faith or church written as an adjective ("a Mormon family", "a Baptist pastor") is no place, whatever small town
lists the word among its alternate names."""

from __future__ import annotations

import pytest

from .conftest import extractor, make_gazetteer

# A small town in the United States (50) that lists faith words among its alternate names.
EXTRA = [
    (910, "Harrow Springs", "city", "US", 50, 39.8, -120.4, 1_900, ("Mormon", "Baptist", "Coptic")),
    (911, "Mexico", "country", "MX", None, 23.0, -102.0, 126_000_000, ()),
    (912, "Ondo Falls", "city", "US", 50, 38.0, -121.0, 2_400, ()),
]


@pytest.fixture(scope="module")
def run():
    return extractor(make_gazetteer(extra_places=EXTRA))


def _names(document: dict) -> set[str]:
    return {loc["name"] for loc in document["locations"]}


@pytest.mark.parametrize("faith", ["Mormon", "Baptist", "Coptic"])
def test_a_faith_adjective_is_no_place(run, faith):
    document = run(
        f"Nine United States citizens who lived in a {faith} settlement in Mexico were shot dead on Monday. "
        f"The {faith} settlers had farmed there for decades."
    )
    assert "Harrow Springs" not in _names(document)
    assert "Mexico" in _names(document)


def test_a_small_us_town_named_as_a_place_is_still_found(run):
    document = run("Nine United States citizens were shot dead on Monday in Ondo Falls, police said.")
    assert "Ondo Falls" in _names(document)
