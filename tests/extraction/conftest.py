"""A small in-memory gazetteer and groups list for the extraction tests (no database)."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.extraction.article import ArticleMeta
from incidents.extraction.gazetteer import GroupRecord, PlaceRecord
from incidents.extraction.memory import MemoryGazetteer
from incidents.extraction.pipeline import extract

# id, name, kind, country, parent, lat, lon, population, aliases
PLACES = [
    (1, "Pakistan", "country", "PK", None, 30.0, 70.0, 220_000_000, ()),
    (2, "Khyber Pakhtunkhwa", "admin1", "PK", 1, None, None, None, ("KP", "Khyber-Pakhtunkhwa")),
    (3, "Peshawar District", "admin2", "PK", 2, None, None, None, ("Peshawar",)),
    (4, "Peshawar", "city", "PK", 3, 34.008, 71.578, 1_900_000, ()),
    (5, "Bājaur", "admin2", "PK", 2, None, None, None, ("Bajaur", "Bajaur District")),
    (6, "Khar", "city", "PK", 5, 34.73, 71.52, 20_000, ()),
    (7, "Balochistan", "admin1", "PK", 1, None, None, None, ("Baluchistan",)),
    (8, "Quetta", "city", "PK", 7, 30.18, 66.97, 1_000_000, ()),
    # A hamlet the gazetteer places only in the country, as many small records are.
    (9, "Sarkot", "city", "PK", 1, 32.2, 70.1, 3_000, ()),
    (10, "Afghanistan", "country", "AF", None, 33.0, 65.0, 38_000_000, ()),
    (11, "Balkh", "admin1", "AF", 10, None, None, None, ("Balkh Province",)),
    (12, "Mazār-e Sharīf", "city", "AF", 11, 36.709, 67.110, 500_000, ("Mazar-i-Sharif", "Mazar-e-Sharif", "Mazar")),
    (13, "Balkh", "city", "AF", 11, 36.757, 66.897, 114_000, ()),
    (14, "Kabul", "admin1", "AF", 10, None, None, None, ()),
    (15, "Kabul", "city", "AF", 14, 34.528, 69.172, 4_000_000, ()),
    (20, "Nigeria", "country", "NG", None, 9.0, 8.0, 200_000_000, ()),
    (21, "Borno", "admin1", "NG", 20, None, None, None, ("Borno State",)),
    (22, "Maiduguri", "city", "NG", 21, 11.846, 13.160, 1_100_000, ()),
    (23, "Bama", "city", "NG", 21, 11.52, 13.69, 118_000, ()),
    (30, "Italy", "country", "IT", None, 42.8, 12.8, 60_000_000, ()),
    (31, "Lombardy", "admin1", "IT", 30, None, None, None, ()),
    (32, "Borno", "city", "IT", 31, 45.94, 10.2, 2_500, ()),
    (40, "India", "country", "IN", None, 22.0, 79.0, 1_400_000_000, ()),
    (41, "Chhattīsgarh", "admin1", "IN", 40, None, None, None, ("Chhattisgarh",)),
    (42, "Bijāpur", "admin2", "IN", 41, None, None, None, ("Bijapur", "Bijapur District")),
    (43, "Karnātaka", "admin1", "IN", 40, None, None, None, ("Karnataka",)),
    (44, "Vijayapura", "city", "IN", 43, 16.83, 75.71, 327_000, ("Bijapur",)),
    (45, "Raipur", "city", "IN", 41, 21.25, 81.63, 1_000_000, ()),
    (50, "United States", "country", "US", None, 39.8, -98.6, 330_000_000, ()),
    (51, "Christmas", "city", "US", 50, 28.5, -81.0, 1_200, ()),
    (60, "Iran", "country", "IR", None, 32.0, 53.0, 88_000_000, ()),
    (61, "Markazi", "admin1", "IR", 60, None, None, None, ()),
    # A big city whose alternate names include a neighbouring country's name, as some gazetteer records do.
    (62, "Arāk", "city", "IR", 61, 34.09, 49.69, 520_000, ("Arak", "Iraq")),
    (63, "Zahedan", "city", "IR", 60, 29.5, 60.86, 590_000, ()),
    (70, "Iraq", "country", "IQ", None, 33.0, 44.0, 44_000_000, ()),
    (71, "Palestine", "country", "PS", None, 31.9, 35.2, 5_000_000, ()),
    (72, "Texas", "admin1", "US", 50, None, None, None, ()),
    (73, "Palestine", "city", "US", 72, 31.76, -95.63, 18_000, ()),
    (80, "Türkiye", "country", "TR", None, 39.5, 32.3, 85_000_000, ("Turkey",)),
    (81, "Hollins Ford", "city", "US", 72, 40.7, -74.4, 12_000, ("Turkey",)),  # a town once called that
    # Two hamlets of one name in two countries the stories below never name: nothing tells them apart.
    (90, "Sarvene", "city", "NG", 21, 11.2, 13.4, 1_500, ()),
    (91, "Sarvene", "city", "IT", 31, 45.6, 10.1, 1_500, ()),
    # Towns the stories name only inside the name of an institution of theirs ("Telvaro University").
    (92, "Telvaro", "city", "NG", 21, 11.9, 13.3, 60_000, ()),
    (93, "Brennach", "city", "PK", 7, 29.9, 66.5, 40_000, ()),
    # A district of a city the gazetteer files beside the city, under the province, not inside it.
    (94, "Oskandar", "admin2", "PK", 2, 34.0, 71.6, None, ()),
]
GROUPS = [
    GroupRecord(
        1,
        "Islamic State",
        "armed_group",
        None,
        "",
        ("Islamic State", "ISIS", "Islamic State group", "IS"),
        frozenset({"IS"}),
    ),
    GroupRecord(
        2,
        "Islamic State Khorasan Province",
        "armed_group",
        1,
        "AF",
        ("Islamic State Khorasan Province", "ISKP", "ISIS-K", "IS-K", "Daesh-K", "Daesh-Khorasan"),
        frozenset({"ISKP"}),
    ),
    GroupRecord(
        3,
        "Tehreek-e-Taliban Pakistan",
        "armed_group",
        None,
        "PK",
        ("Tehreek-e-Taliban Pakistan", "TTP", "Tehrik-i-Taliban Pakistan", "Pakistani Taliban"),
        frozenset({"TTP"}),
    ),
    GroupRecord(4, "Pakistan Army", "state_force", None, "PK", ("Pakistan Army", "Pakistani Army")),
    GroupRecord(5, "Nigerian Army", "state_force", None, "NG", ("Nigerian Army",)),
    GroupRecord(6, "Boko Haram", "armed_group", None, "NG", ("Boko Haram", "JAS")),
    GroupRecord(7, "Pakistan Police", "state_force", None, "PK", ("Pakistan Police",)),
    GroupRecord(8, "National Conference", "organization", None, "IN", ("National Conference", "NC"), frozenset({"NC"})),
    GroupRecord(
        9,
        "Communist Party of India (Maoist)",
        "armed_group",
        None,
        "IN",
        ("Communist Party of India (Maoist)", "CPI (Maoist)", "Maoists"),
    ),
    GroupRecord(11, "400 Mawozo", "armed_group", None, "HT", ("400 Mawozo", "400 Mawozo gang")),
    GroupRecord(12, "Jaish-e-Mohammed", "armed_group", None, "PK", ("Jaish-e-Mohammed", "JeM"), frozenset({"JeM"})),
    # A movement's armed wing in the movement's own country (not a branch abroad).
    GroupRecord(
        13,
        "People's Liberation Guerrilla Army",
        "armed_group",
        9,
        "IN",
        ("People's Liberation Guerrilla Army", "PLGA"),
        frozenset({"PLGA"}),
    ),
    # A province's police, a part of the country's forces (not named after the whole country).
    GroupRecord(14, "Sindh Police", "state_force", 7, "PK", ("Sindh Police",)),
]


def make_gazetteer(extra_groups: tuple[GroupRecord, ...] = (), extra_places: tuple[tuple, ...] = ()) -> MemoryGazetteer:
    """The test gazetteer (PLACES and GROUPS), with a test file's own places and groups added."""
    rows = [*PLACES, *extra_places]
    places = [PlaceRecord(i, n, k, c, p, la, lo, pop) for i, n, k, c, p, la, lo, pop, _ in rows]
    aliases = {row[0]: row[8] for row in rows}
    return MemoryGazetteer(places, [*GROUPS, *extra_groups], aliases)


def extractor(gazetteer: MemoryGazetteer, published: dt.date | None = dt.date(2025, 3, 11)):
    """Extract a text with this gazetteer, as published on a date (default: a Tuesday, 2025-03-11)."""

    def _run(text: str, published: dt.date | None = published, **meta) -> dict:
        return extract(text, ArticleMeta(published=published, **meta), gazetteer)

    return _run


@pytest.fixture(scope="session")
def gazetteer() -> MemoryGazetteer:
    return make_gazetteer()


@pytest.fixture(scope="session")
def run(gazetteer):
    """Extract a text as published on a date (default: a Tuesday, 2025-03-11)."""
    return extractor(gazetteer)


def by_name(document: dict, kind: str, name: str) -> dict:
    matches = [e for e in document[kind] if e["name"] == name]
    assert matches, f"no {kind} named {name!r} in {[e['name'] for e in document[kind]]}"
    return matches[0]
