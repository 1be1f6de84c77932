"""Which namesake a place name means: not the one whose record happens to be spelled as written ('St.' for 'Saint',
'Alder' for 'City of Alder'), the one of the nation the sentence names by its people, and a lone town's province in
the town's own country."""

from __future__ import annotations

import datetime as dt

from incidents.extraction.article import ArticleMeta
from incidents.extraction.gazetteer import PlaceRecord
from incidents.extraction.memory import MemoryGazetteer
from incidents.extraction.model import Mention
from incidents.extraction.pipeline import extract
from incidents.extraction.places import _drop_isolated, same_name

ROWS = [
    (1, "Saint Varnobourg", "city", "RU", None, 59.9, 30.3, 3_000_000),
    (2, "St. Varnobourg", "city", "US", None, 27.7, -82.6, 200_000),
    (3, "City of Tarvenmoor", "city", "GB", None, 51.5, -0.1, 250_000),
    (4, "Tarvenmoor", "city", "US", None, 39.8, -105.0, 120_000),
    (5, "Ostrelo", "admin1", "PY", None, None, None, None),
    (6, "Ostrelo", "admin2", "CO", None, None, None, None),
    (7, "Kelmaria", "country", "GB", None, 54.0, -2.0, 60_000_000),
    (8, "Varskia", "country", "US", None, 39.0, -98.0, 300_000_000),
    (9, "Dorvania", "country", "CO", None, 4.0, -73.0, 50_000_000),
    (10, "Paravia", "country", "PY", None, -23.0, -58.0, 7_000_000),
    (11, "Qandir", "city", "AF", None, 34.5, 69.2, 4_000_000),
    (12, "Candir", "city", "US", None, 37.1, -92.1, 2_000),
    (13, "Torvel", "city", "US", None, 38.9, -77.0, 700_000),
]
ALIASES = {1: ("St Varnobourg",), 3: ("Tarvenmoor",), 12: ("Qandir",)}


def _run(text: str) -> dict:
    gazetteer = MemoryGazetteer([PlaceRecord(*row) for row in ROWS], [], ALIASES)
    return extract(text, ArticleMeta(published=dt.date(2025, 3, 11)), gazetteer)


def _country(document: dict, written: str) -> str:
    return next(p for p in document["locations"] if written in [m["text"] for m in p["mentions"]])["country"]


def test_saint_written_short_is_the_same_name():
    assert same_name("Saint Varnobourg", "st varnobourg")
    assert same_name("City of Tarvenmoor", "tarvenmoor")
    assert not same_name("Tarvenmoor Heights", "tarvenmoor")


def test_a_big_city_written_with_st_is_not_a_smaller_namesake_spelled_that_way():
    document = _run("A bomb went off in a metro station of St. Varnobourg on Monday, killing 14 people.")
    assert _country(document, "St. Varnobourg") == "RU"


def test_a_city_the_gazetteer_calls_city_of_is_not_a_smaller_namesake():
    document = _run(
        "A driver ploughed into pedestrians on a bridge in Tarvenmoor on Wednesday, killing four people. Leaders in "
        "Kelmaria and Varskia condemned the attack."
    )
    assert _country(document, "Tarvenmoor") == "GB"


def test_the_nation_the_sentence_names_picks_the_namesake():
    document = _run(
        "An ambush on Saturday in the northern department of Ostrelo left eight Paraguayan soldiers dead, "
        "Paravia's army said. The rebels are said to copy the guerrillas of Dorvania, whose war in Dorvania lasted "
        "decades."
    )
    assert _country(document, "Ostrelo") == "PY"


def test_a_lone_towns_province_is_the_one_of_its_own_country():
    text = "He said he was radicalised by the war in Gaza, the court in Varnsted heard."
    town = PlaceRecord(10, "Gazra", "city", "PS", None, 31.5, 34.4, 400_000)
    far = PlaceRecord(11, "Gazra", "admin1", "MZ", None, None, None, None)
    near = PlaceRecord(12, "Gazra", "admin1", "PS", None, None, None, None)
    start = text.index("Gaza")
    mention = Mention(start, start + 4, "Gaza", "place", 0, "gazra", places=[far, near, town], ner="GPE")
    chosen = {"gazra": town}
    _drop_isolated(chosen, {"gazra": [mention]}, None, text)
    assert chosen["gazra"].id == 12


def test_a_metropolis_under_its_own_name_is_not_a_village_of_the_storys_country_that_lists_it():
    document = _run("In Torvel, officials condemned the bombing in Qandir that killed 13 people on Monday.")
    assert _country(document, "Qandir") == "AF"
