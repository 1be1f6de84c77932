"""A country named as an owner ("Varsk's army said") gives way only to a place the later words tie to the event itself
("the attack took place in", "the bomb went off near ... in"); a place named as someone's base, origin, training,
movement or another event ("operates in", "trained in", "fled towards", "similar to attacks in") leaves it standing.
The texts are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.extraction.article import ArticleMeta
from incidents.extraction.gazetteer import PlaceRecord
from incidents.extraction.memory import MemoryGazetteer
from incidents.extraction.pipeline import extract

# id, name, kind, country, parent, lat, lon, population, aliases
ROWS = [
    (1, "Türkiye", "country", "TR", None, 39.0, 35.0, 85_000_000, ("Turkey",)),
    (2, "Mardin", "admin1", "TR", 1, None, None, None, ()),
    (3, "Germany", "country", "DE", None, 51.0, 10.0, 83_000_000, ()),
    (4, "Syria", "country", "SY", None, 35.0, 38.0, 22_000_000, ()),
    (5, "Azaz", "city", "SY", 4, 36.58, 37.05, 60_000, ()),
    (6, "Idlib", "admin1", "SY", 4, None, None, None, ()),
    (7, "Mali", "country", "ML", None, 17.0, -4.0, 22_000_000, ()),
    (8, "Niger", "country", "NE", None, 17.0, 8.0, 25_000_000, ()),
    (9, "Nigeria", "country", "NG", None, 9.0, 8.0, 220_000_000, ()),
    (10, "Cameroon", "country", "CM", None, 6.0, 12.0, 28_000_000, ()),
    (11, "Chad", "country", "TD", None, 15.0, 19.0, 17_000_000, ()),
    (12, "Egypt", "country", "EG", None, 27.0, 30.0, 110_000_000, ()),
    (13, "Libya", "country", "LY", None, 27.0, 17.0, 7_000_000, ()),
    (14, "DR Congo", "country", "CD", None, -3.0, 23.0, 100_000_000, ("Congo",)),
    (15, "Uganda", "country", "UG", None, 1.0, 32.0, 47_000_000, ()),
    (16, "Mexico", "country", "MX", None, 23.0, -102.0, 128_000_000, ()),
    (17, "United States", "country", "US", None, 39.0, -98.0, 330_000_000, ()),
    (18, "Somalia", "country", "SO", None, 6.0, 46.0, 17_000_000, ()),
    (19, "Yemen", "country", "YE", None, 15.0, 48.0, 33_000_000, ()),
    (20, "India", "country", "IN", None, 22.0, 79.0, 1_400_000_000, ()),
    (21, "Pakistan", "country", "PK", None, 30.0, 70.0, 220_000_000, ()),
]


@pytest.fixture(scope="module")
def run():
    places = [PlaceRecord(i, n, k, c, p, la, lo, pop) for i, n, k, c, p, la, lo, pop, _ in ROWS]
    gazetteer = MemoryGazetteer(places, [], {row[0]: row[8] for row in ROWS})
    return lambda text: extract(text, ArticleMeta(published=dt.date(2024, 5, 6)), gazetteer)


def _place_of(document: dict, incident: dict) -> tuple[str | None, str | None]:
    place = {p["key"]: p for p in document["locations"]}.get(incident["location"])
    return (place["name"], place["country"]) if place else (None, None)


# must fire: the later place is tied to the event itself
def test_an_owner_country_yields_to_where_the_attack_took_place(run):
    document = run(
        "Gunmen opened fire on a wedding party on Saturday, killing nine guests. Turkey's state-run Anadolu news "
        "agency said the attack took place in the southeastern province of Mardin."
    )
    [attack] = document["incidents"]
    assert _place_of(document, attack) == ("Mardin", "TR")


def test_an_owner_country_yields_to_where_the_bomb_went_off(run):
    document = run(
        "A blast killed seven people on Monday. Syria's state news agency SANA said the bomb went off near a bakery "
        "in Azaz."
    )
    [blast] = document["incidents"]
    assert _place_of(document, blast) == ("Azaz", "SY")


# must not fire: 'natives of' names where the dead are from, and here also where they died
def test_natives_of_a_place_do_not_hide_it(run):
    document = run("Heavy shelling killed 10 natives of Idlib on Monday, a monitor said.")
    [shelling] = document["incidents"]
    assert _place_of(document, shelling)[0] == "Idlib"


# must not fire: a place the later words tie to someone's base, origin, training, movement or another event
def test_an_owner_country_stays_when_the_attackers_fled_towards_another(run):
    document = run(
        "Gunmen ambushed a patrol on Sunday, killing nine soldiers. Mali's army said the attackers fled towards Niger."
    )
    [ambush] = document["incidents"]
    assert _place_of(document, ambush)[1] == "ML"


def test_an_owner_country_stays_when_the_group_also_operates_elsewhere(run):
    document = run(
        "A suicide bomber killed nine soldiers on Tuesday. Nigeria's army said the bomber was a teenage girl sent by "
        "Boko Haram, which also operates in Cameroon and Chad."
    )
    [bombing] = document["incidents"]
    assert _place_of(document, bombing)[1] == "NG"


def test_an_owner_country_stays_when_the_gunman_had_lived_elsewhere(run):
    document = run(
        "A gunman killed three people on Tuesday. Turkey's state-run Anadolu news agency said the gunman had lived in "
        "Germany for years."
    )
    [shooting] = document["incidents"]
    assert _place_of(document, shooting)[1] == "TR"


def test_an_owner_country_stays_when_the_gunmen_had_trained_elsewhere(run):
    document = run(
        "Gunmen killed 12 worshippers at a church on Sunday. Egypt's interior ministry said the attack resembled the "
        "group's earlier attacks on Christians, and that the gunmen had trained in Libya."
    )
    [attack] = document["incidents"]
    assert _place_of(document, attack)[1] == "EG"


def test_where_the_rebels_originated_is_not_the_place(run):
    document = run(
        "Rebels killed 30 civilians in a night raid on Tuesday. Congo's army said the ADF rebels, who originated in "
        "Uganda, were responsible."
    )
    [raid] = document["incidents"]
    assert _place_of(document, raid)[1] != "UG"


def test_an_owner_country_stays_when_routes_run_into_another(run):
    document = run(
        "Gunmen killed six people at a bar on Saturday night. Mexico's attorney general said the cartel also controls "
        "drug routes into the United States."
    )
    [attack] = document["incidents"]
    assert _place_of(document, attack)[1] == "MX"


def test_an_owner_country_stays_when_the_militants_trained_elsewhere(run):
    document = run(
        "An attack killed five soldiers on Monday. Somalia's army said the militants, trained in Yemen, had stormed "
        "the base at dawn."
    )
    [attack] = document["incidents"]
    assert _place_of(document, attack)[1] == "SO"


def test_an_owner_country_stays_when_the_blast_is_compared_with_attacks_elsewhere(run):
    document = run(
        "An explosion killed six people on Friday. India's home ministry said the blast was similar to attacks in "
        "Pakistan."
    )
    [blast] = document["incidents"]
    assert _place_of(document, blast)[1] == "IN"
