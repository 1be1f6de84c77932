"""A bare division name that several countries' divisions share, with nothing in the story to say which, is the
division of the larger country (a state of a big country, not a small territory's municipality of that name); the
story's words still decide when they point to one."""

from __future__ import annotations

import pytest

from .conftest import by_name, extractor, make_gazetteer

# The small territory's division has the lower id, as the gazetteer's load order may give it.
EXTRA = [
    (920, "Puerto Rico", "country", "PR", None, 18.2, -66.5, 3_200_000, ()),
    (921, "Florida", "admin1", "PR", 920, 18.36, -66.56, None, ()),
    (922, "Florida", "admin1", "US", 50, 27.6, -81.5, None, ()),
    (923, "Venezuela", "country", "VE", None, 8.0, -66.0, 28_000_000, ()),
    (924, "Caracas", "city", "VE", 923, 10.5, -66.9, 3_000_000, ()),
    (925, "Colombia", "country", "CO", None, 4.0, -72.0, 50_000_000, ()),
    # A big city abroad that lists the bare name among its alternate names.
    (926, "Floridablanca", "city", "CO", 925, 7.06, -73.08, 267_000, ("Florida",)),
]


@pytest.fixture(scope="module")
def run():
    return extractor(make_gazetteer(extra_places=EXTRA))


def test_a_bare_shared_division_name_is_the_larger_countrys(run):
    document = run("Two gunmen shot dead four men at a bar in Florida on Sunday, police said.")
    assert by_name(document, "locations", "Florida")["gazetteer_id"] == 922


def test_the_story_naming_the_small_country_still_decides(run):
    document = run("Two gunmen shot dead four men at a bar in Florida, Puerto Rico, on Sunday, police said.")
    assert by_name(document, "locations", "Florida")["gazetteer_id"] == 921


def test_a_lone_division_name_abroad_falls_back_to_the_larger_countrys(run):
    document = run(
        "Gunmen shot dead four guards in Caracas on Sunday. The Venezuelan president blamed financial backers in "
        "Florida for the attack."
    )
    assert by_name(document, "locations", "Florida")["gazetteer_id"] == 922
