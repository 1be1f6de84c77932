"""A compass word written small before a name ("northern Ireland") is the place the article names with it
capitalised elsewhere ("Northern Ireland"), not the bare name's place; alone, the bare name keeps its reading."""

from __future__ import annotations

import pytest

from .conftest import extractor, make_gazetteer

EXTRA = [
    (930, "Ireland", "country", "IE", None, 53.1, -7.0, 4_800_000, ()),
    (931, "United Kingdom", "country", "GB", None, 54.0, -2.0, 66_000_000, ()),
    (932, "Northern Ireland", "admin1", "GB", 931, 54.6, -6.3, None, ()),
    (933, "Belfast", "city", "GB", 932, 54.6, -5.9, 270_000, ()),
]


@pytest.fixture(scope="module")
def run():
    return extractor(make_gazetteer(extra_places=EXTRA))


def _names(document: dict) -> set[str]:
    return {loc["name"] for loc in document["locations"]}


def test_the_small_compass_word_joins_the_capitalised_place(run):
    document = run(
        "Tension in northern Ireland rose on Monday after a bomb was found under a car in Belfast, police said. "
        "Dissident groups in Northern Ireland have attacked officers before."
    )
    assert "Northern Ireland" in _names(document)
    assert "Ireland" not in _names(document)


def test_the_bare_name_alone_keeps_its_place(run):
    document = run("A bomb killed two soldiers near a farm in Ireland on Monday, police said.")
    assert "Ireland" in _names(document)
