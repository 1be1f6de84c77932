"""Places on real news pages: datelines below headline lines, headlines run into the story, long country names."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.extraction.article import ArticleMeta
from incidents.extraction.dateline import find_dateline
from incidents.extraction.gazetteer import PlaceRecord
from incidents.extraction.memory import MemoryGazetteer
from incidents.extraction.pipeline import extract

from .conftest import GROUPS, PLACES
from .readers import place_names, place_of

CONGO_PLACES = [
    (900, "Democratic Republic of the Congo", "country", "CD", None, -2.9, 23.6, 90_000_000, ("DRC", "DR Congo")),
    (901, "North Kivu", "admin1", "CD", 900, None, None, None, ()),
    (902, "Goma", "city", "CD", 901, -1.68, 29.22, 670_000, ()),
    (910, "Congo", "country", "CG", None, -0.7, 15.2, 5_000_000, ("Republic of the Congo",)),
]


@pytest.fixture(scope="module")
def congo_run():
    rows = PLACES + CONGO_PLACES
    gazetteer = MemoryGazetteer(
        [PlaceRecord(i, n, k, c, p, la, lo, pop) for i, n, k, c, p, la, lo, pop, _ in rows],
        GROUPS,
        {row[0]: row[8] for row in rows},
    )
    return lambda text: extract(text, ArticleMeta(published=dt.date(2025, 3, 11)), gazetteer)


def test_a_dateline_below_a_repeated_headline_is_found():
    text = "Raiders hit a border town\nRaiders hit a border town\nLAGOS, Nigeria – Gunmen killed three guards."
    dateline = find_dateline(text)
    assert (dateline.text, dateline.country_text) == ("LAGOS", "Nigeria")


def test_a_dateline_below_a_byline_and_a_date_line_is_found():
    text = "Bomb hits market\nBy Ann Tester\nMarch 3, 2025\nMAIDUGURI – A bomb killed two traders."
    assert find_dateline(text).text == "MAIDUGURI"


def test_no_dateline_is_looked_for_past_the_first_paragraph():
    text = "Gunmen killed two guards on Monday.\nKANO – Police said more would follow."
    assert find_dateline(text) is None


def test_the_dateline_below_headline_lines_is_not_the_place_of_the_attack(run):
    document = run(
        "Militants attack police post\nMilitants attack police post\n"
        "PESHAWAR, Pakistan – Militants killed three policemen on Friday in an attack on a post in Khar."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Khar"


def test_a_headline_run_into_the_first_sentence_is_not_read_as_a_place(run):
    title = "Hospital Blast In Pakistan Leaves Dozens Dead"
    document = run(
        f"{title} Most of the dead were lawyers.\n\nA bomb killed 40 people at a market in Quetta on Monday.",
        title=title,
    )
    assert not any("Bombing" in name for name in place_names(document))
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Quetta"


def test_the_democratic_republic_of_congo_without_the_article_is_not_the_other_congo(congo_run):
    document = congo_run(
        "Rebels kill 12 in eastern Congo\n\nRebels killed 12 civilians in Goma in northeast Democratic Republic "
        "of Congo on Sunday, officials said. Eastern Congo has seen such raids for years."
    )
    countries = {p["name"]: p.get("country") for p in document["locations"]}
    assert "CG" not in countries.values()
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Goma"


def test_a_quarter_the_lead_puts_inside_the_city_is_the_place(run):
    document = run(
        "PESHAWAR: A bomb hit a mosque in Gulbahar area of Peshawar on Friday, killing 20 worshippers. The blast "
        "shook homes across Peshawar."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Gulbahar"


def test_a_sentence_opening_with_an_unlisted_village_places_the_event(run):
    document = run("QUETTA: In Tarnoka, a bomb killed two militiamen on Monday.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Tarnoka"


def test_the_city_of_an_unlisted_name_is_a_place(run):
    document = run("Gunmen attacked the city of Varnak in Bajaur on Sunday, killing five people.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Varnak"


def test_a_village_called_by_name_is_the_more_specific_place(run):
    document = run(
        "MAIDUGURI: Jihadists killed 12 soldiers in Borno State on Sunday. The attack happened in a village "
        "called Dorvesh, the sources said."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Dorvesh"


def test_a_body_found_in_an_unlisted_village_is_placed_there(run):
    document = run("BAGHDAD: A dumped body was discovered in Tarnoka on Monday.")
    assert "Tarnoka" in place_names(document)


def test_a_river_named_after_the_town_is_not_the_more_specific_place(run):
    document = run("PESHAWAR: Police raided houses in Khar, across the Swat river, and arrested 14 men on Monday.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Khar"


def test_an_unlisted_place_before_as_is_the_place(run):
    document = run("QUETTA: Police killed a militant in Tarnoka as he tried to plant a bomb on Monday.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Tarnoka"


def test_a_named_roundabout_is_a_site_with_its_word(run):
    document = run("PESHAWAR: A car bomb exploded near the Gulzar roundabout in Khar on Monday, killing three people.")
    assert "Gulzar roundabout" in place_names(document)
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Gulzar roundabout"


def test_a_town_the_attackers_stormed_by_name_is_the_place(run):
    document = run("MAIDUGURI: Gunmen stormed Dorvesh in Borno State on Sunday, killing nine traders.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Dorvesh"


def test_a_village_named_after_at_is_the_place(run):
    document = run("MAIDUGURI: Jihadists ambushed troops at Dorvesh village in Borno State on Sunday, killing 12.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Dorvesh"


def test_the_first_word_of_a_republic_of_name_is_not_a_town_of_that_name():
    # A town called "Republic" elsewhere: the word opens "the Republic of Varsk", a longer name the list lacks.
    rows = [*PLACES, (950, "Republic", "city", "US", 50, 37.1, -93.5, 18_000, ())]
    gazetteer = MemoryGazetteer(
        [PlaceRecord(i, n, k, c, p, la, lo, pop) for i, n, k, c, p, la, lo, pop, _ in rows],
        GROUPS,
        {row[0]: row[8] for row in rows},
    )
    document = extract(
        "Gunmen killed three police officers on Monday in eastern Iran's Republic of Varsk. The attack took place "
        "in the regional capital, Zahedan, officials said.",
        ArticleMeta(published=dt.date(2025, 3, 11)),
        gazetteer,
    )
    assert "Republic" not in place_names(document)
    assert place_of(document, document["incidents"][0]) == "Zahedan"
