"""Which record a place name means when the gazetteer holds namesakes: the story's countries, the division a
city is the seat of, the words before a country's name."""

from __future__ import annotations

import datetime as dt

from incidents.extraction.article import ArticleMeta
from incidents.extraction.gazetteer import PlaceRecord
from incidents.extraction.memory import MemoryGazetteer
from incidents.extraction.pipeline import extract

ROWS = [
    (1, "Kelmaria", "country", "TD", None, 13.0, 19.0, 15_000_000),
    (2, "Varskia", "country", "CD", None, -3.0, 23.0, 90_000_000),
    (3, "Dorvu", "city", "CD", 2, -5.8, 13.05, 300_000),
    (4, "Ostrava Lake", "admin1", "TD", 1, None, None, None),
    (5, "Tolvekgrad", "city", "CD", 2, -4.3, 15.3, 2_500_000),
    (6, "Kelvar", "admin1", "TD", 1, None, None, None),
    (7, "Kelvar", "city", "TD", 6, 12.10, 15.04, 1_500_000),
    (8, "Omra Town", "city", "TD", 6, 12.15, 15.08, 400_000),
    (9, "Kelmaria", "admin2", "CO", None, None, None, None),
    (10, "Dorskaya Respublika", "admin1", "CD", 2, None, None, None),
    (11, "Dorsk", "city", "UA", None, 49.0, 30.0, 1_300),
]


def _run(text: str) -> dict:
    gazetteer = MemoryGazetteer([PlaceRecord(*row) for row in ROWS], [], {10: ("Dorsk",)})
    return extract(text, ArticleMeta(published=dt.date(2025, 3, 11)), gazetteer)


def _place(document: dict, written: str) -> dict:
    return next(p for p in document["locations"] if written in [m["text"] for m in p["mentions"]])


def _isolated(chosen: dict, text: str) -> dict:
    from incidents.extraction.model import Mention
    from incidents.extraction.places import _drop_isolated

    by_name = {}
    for key, record in chosen.items():
        start = text.index(key.title())
        candidates = [record] + [
            PlaceRecord(*row) for row in ROWS if row[1].startswith(key.title()) and row[0] != record.id
        ]
        by_name[key] = [Mention(start, start + len(key), key.title(), "place", 0, key, places=candidates, ner="GPE")]
    _drop_isolated(chosen, by_name, None, text)
    return by_name


def test_a_namesake_in_a_country_the_story_never_names_is_a_town_of_the_story():
    text = "Gunmen raided an army base in Dorvu on Monday, the army of Kelmaria said."
    records = {row[0]: PlaceRecord(*row) for row in ROWS}
    chosen = {"dorvu": records[3], "kelmaria": records[1]}
    by_name = _isolated(chosen, text)
    assert "dorvu" not in chosen and by_name["dorvu"][0].kind == "city" and by_name["dorvu"][0].places == []


def test_a_lone_village_abroad_that_shares_a_provinces_name_is_the_province():
    text = "Fighters who trained in Dorsk attacked a post in Kelmaria on Monday."
    records = {row[0]: PlaceRecord(*row) for row in ROWS}
    chosen = {"dorsk": records[11], "kelmaria": records[1]}
    _isolated(chosen, text)
    assert chosen["dorsk"].id == 10


def test_a_district_of_the_seat_city_hangs_under_that_city():
    document = _run("A bomb killed four people in Omra Town on Friday. Kelvar has seen several attacks in Kelmaria.")
    omra, kelvar = _place(document, "Omra Town"), _place(document, "Kelvar")
    assert kelvar["kind"] == "city" and omra["parent"] == kelvar["key"]


def test_a_kind_word_before_a_country_does_not_make_it_a_division():
    document = _run("Rockets were fired from the territory of Kelmaria at a market in Dorvu, Varskia, on Monday.")
    assert _place(document, "Kelmaria")["kind"] == "country"
