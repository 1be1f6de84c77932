"""Places on real news, second round: islands, country lists, a country's part, a site's apposition."""

from __future__ import annotations

import datetime as dt

from incidents.extraction.article import ArticleMeta
from incidents.extraction.gazetteer import PlaceRecord
from incidents.extraction.memory import MemoryGazetteer
from incidents.extraction.pipeline import extract

from .conftest import GROUPS, PLACES, by_name
from .readers import place_of

# A country whose name a neighbour's state shares (as Niger and Nigeria's Niger State).
EXTRA_PLACES = [
    (100, "Morvania", "country", "MV", None, 14.0, 9.0, 24_000_000, ()),
    (101, "Morvania", "admin1", "NG", 20, None, None, None, ("Morvania State",)),
    (102, "Cameroon", "country", "CM", None, 6.0, 12.0, 27_000_000, ()),
]


def _run(text: str) -> dict:
    rows = PLACES + EXTRA_PLACES
    places = [PlaceRecord(i, n, k, c, p, la, lo, pop) for i, n, k, c, p, la, lo, pop, _ in rows]
    gazetteer = MemoryGazetteer(places, GROUPS, {row[0]: row[8] for row in rows})
    return extract(text, ArticleMeta(published=dt.date(2025, 3, 11)), gazetteer)


def test_a_name_listed_among_countries_is_the_country_not_a_neighbours_state():
    document = _run(
        "Boko Haram fighters killed 20 soldiers at a base in Bama on Monday. The marshes around the lake, where "
        "the borders of Cameroon, Morvania and Nigeria meet, shelter the fighters."
    )
    morvania = by_name(document, "locations", "Morvania")
    assert morvania["kind"] == "country" and morvania["country"] == "MV"


def test_the_island_of_a_name_is_a_region_of_the_country_not_a_village_of_the_town(run):
    document = run(
        "Gunmen killed two soldiers in Khar, Bajaur district, on the northern island of Velmora on Sunday. "
        "Pakistan's army said the attackers escaped."
    )
    island = by_name(document, "locations", "Velmora")
    country = by_name(document, "locations", "Pakistan")
    assert island["kind"] == "region" and island["parent"] == country["key"]
    assert place_of(document, document["incidents"][0]) == "Khar"


def test_an_event_on_the_island_of_a_name_is_placed_on_the_island(run):
    document = run("PESHAWAR: Police arrested four militants in separate raids on the island of Velmora in June.")
    assert place_of(document, document["incidents"][0]) == "Velmora"


def test_a_country_named_with_its_remote_north_is_where_the_event_was_not_its_neighbours(run):
    document = run(
        "In February, nine soldiers were killed in an ambush in a forest in Nigeria's remote north bordering "
        "troubled Afghanistan and Pakistan."
    )
    assert place_of(document, document["incidents"][0]) == "Nigeria"


def test_a_country_owning_its_northeast_is_a_place_before_a_later_town(run):
    document = run(
        "Militants killed four soldiers in an ambush in Nigeria's northeast on Sunday. "
        "The attackers had trained in Kabul, officials said."
    )
    assert place_of(document, document["incidents"][0]) == "Nigeria"


def test_a_site_named_after_one_town_is_where_its_apposition_puts_it(run):
    document = run(
        "A bomb exploded at the Khar Mosque, an old landmark in Peshawar's centre, on Friday, killing three "
        "worshippers. Pakistan's police said traders from Khar had been warned."
    )
    site = by_name(document, "locations", "Khar Mosque")
    assert site["parent"] == by_name(document, "locations", "Peshawar")["key"]
