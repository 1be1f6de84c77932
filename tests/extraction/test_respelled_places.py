"""One-word place names the gazetteer spells otherwise, resolved only inside a container the sentence names."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.extraction.article import ArticleMeta
from incidents.extraction.gazetteer import PlaceRecord
from incidents.extraction.gazetteer_mentions import one_word_variants
from incidents.extraction.memory import MemoryGazetteer
from incidents.extraction.pipeline import extract

# Invented places: Kelam lies in Tarvo (Nigeria); Kelem is a like-named province of Chad.
PLACES = [
    PlaceRecord(1, "Nigeria", "country", "NG", None, 9.0, 8.0, 200_000_000),
    PlaceRecord(2, "Tarvo", "admin1", "NG", 1, 9.8, 8.9),
    PlaceRecord(3, "Kelam", "admin2", "NG", 2, 9.4, 9.9),
    PlaceRecord(4, "Chad", "country", "TD", None, 15.0, 19.0, 17_000_000),
    PlaceRecord(5, "Kelem", "admin1", "TD", 4, 14.2, 15.2),
    PlaceRecord(6, "Nepal", "country", "NP", None, 28.0, 84.0, 30_000_000),
    PlaceRecord(7, "Varusa", "admin2", "NP", 6, 26.7, 85.9),
]


@pytest.fixture(scope="module")
def run():
    gazetteer = MemoryGazetteer(PLACES, [], {})
    return lambda text: extract(text, ArticleMeta(published=dt.date(2025, 3, 11)), gazetteer)


def _resolved(doc: dict, surface: str) -> dict:
    return next(loc for loc in doc["locations"] if surface in [m["text"] for m in loc["mentions"]])


def test_respelled_district_under_the_named_state_beats_a_namesake_abroad(run):
    doc = run("Gunmen raided three villages in Kelem, in Tarvo state, on Sunday.")
    place = _resolved(doc, "Kelem")
    assert (place["name"], place["country"], place["gazetteer_id"]) == ("Kelam", "NG", 3)


def test_respelled_district_word_inside_the_named_country(run):
    doc = run("A bomb killed two men at a house in southern Nepal's Varusha district on Monday.")
    place = _resolved(doc, "Varusha")
    assert (place["name"], place["kind"], place["gazetteer_id"]) == ("Varusa", "admin2", 7)


def test_respelling_needs_a_container_in_the_sentence(run):
    doc = run("Nigeria's police said on Monday that the curfew in Tarvo held. Varusha was calm.")
    assert all(loc["gazetteer_id"] != 7 for loc in doc["locations"])


def test_one_word_variants_swap_one_vowel_and_simplify_digraphs():
    variants = one_word_variants("kanem")
    assert {"kanam", "konem", "kanim"} <= variants and "kenam" not in variants
    assert "dhanusa" in one_word_variants("dhanusha")
    assert "kanem" not in variants
