"""Locations: disambiguation by context, hierarchy, sites and regions."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from incidents.extraction.model import Mention
from incidents.extraction.name_context import place_context

from .conftest import by_name
from .readers import (
    perpetrator_names,
    place_names,
)


def test_province_word_picks_the_division_and_the_city_sits_inside_it(run):
    doc = run("A bomb exploded in Mazar-i-Sharif, the capital of Balkh province, on Monday, killing two people.")
    city = by_name(doc, "locations", "Mazār-e Sharīf")
    province = by_name(doc, "locations", "Balkh")
    assert province["kind"] == "admin1" and city["parent"] == province["key"]
    assert (city["lat"], city["lon"]) == (36.709, 67.110)
    assert city["country"] == "AF" and city["gazetteer_id"] == 12


def test_context_country_beats_a_namesake_abroad(run):
    doc = run("MAIDUGURI — Boko Haram fighters raided a village in Borno on Sunday, killing six people.")
    assert by_name(doc, "locations", "Borno")["country"] == "NG"


def test_district_word_and_named_state_pick_the_right_namesake(run):
    doc = run("Maoists killed two policemen in Chhattisgarh's Bijapur district on Sunday.")
    bijapur = next(loc for loc in doc["locations"] if "Bijapur" in [m["text"] for m in loc["mentions"]])
    assert bijapur["kind"] == "admin2" and bijapur["gazetteer_id"] == 42


def test_lone_place_in_an_unrelated_country_is_dropped(run):
    doc = run("PESHAWAR: Militants attacked a police post in Peshawar before Christmas, killing one officer.")
    assert "Christmas" not in [loc["name"] for loc in doc["locations"]]


def test_short_form_after_the_full_name_is_the_same_city(run):
    doc = run("Gunmen shot dead a cleric in Mazar-i-Sharif on Monday. Shops in Mazar stayed shut.")
    city = by_name(doc, "locations", "Mazār-e Sharīf")
    assert [m["text"] for m in city["mentions"]] == ["Mazar-i-Sharif", "Mazar"]


def test_unlisted_site_hangs_under_the_named_city(run):
    doc = run("PESHAWAR: A suicide bomber struck the Qissa Khwani mosque in Peshawar on Friday, killing 12 people.")
    site = by_name(doc, "locations", "Qissa Khwani")
    assert site["kind"] == "site" and site["aliases"] == ["Qissa Khwani mosque"]
    assert by_name(doc, "locations", "Peshawar")["key"] == site["parent"]
    assert doc["incidents"][0]["location"] == site["key"]


def test_dateline_place_is_found_and_named(run):
    doc = run("QUETTA: Two men were shot dead on Monday in Khar, officials said.")
    assert doc["source"]["dateline"] == "Quetta"
    assert "Quetta" in [loc["name"] for loc in doc["locations"]]


def test_a_name_does_not_vouch_for_its_own_country():

    from incidents.extraction.article import ArticleMeta
    from incidents.extraction.gazetteer import PlaceRecord
    from incidents.extraction.memory import MemoryGazetteer
    from incidents.extraction.pipeline import extract

    rows = [
        (1, "Israel", "country", "IL", None, 31.5, 34.8, 9_000_000),
        (2, "Jerusalem", "city", "IL", 1, 31.77, 35.21, 900_000),
        (3, "Palestine", "country", "PS", None, 31.9, 35.2, 5_000_000),
        (4, "Jenin", "admin1", "PS", 3, None, None, None),
        (5, "Janīn", "city", "PS", 4, 32.46, 35.3, 34_730),
        (6, "Qalqilya", "admin1", "PS", 3, None, None, None),
        (7, "Poland", "country", "PL", None, 52.0, 19.0, 38_000_000),
        (8, "Jenin", "city", "PL", 7, 52.6, 15.1, 1_100),
    ]
    places = [PlaceRecord(*row) for row in rows]
    gazetteer = MemoryGazetteer(places, [], {5: ("Jenin",)})
    document = extract(
        "JERUSALEM — Troops raided homes in the city of Jenin on Sunday, killing one man, and arrested two "
        "others near Qalqilya.",
        ArticleMeta(published=dt.date(2025, 3, 11)),
        gazetteer,
    )
    jenin = [p for p in document["locations"] if p["name"] in ("Janīn", "Jenin")]
    assert [p["country"] for p in jenin] == ["PS"]


def test_a_name_known_only_abroad_but_written_as_a_local_place_is_kept():
    from incidents.extraction.model import Mention
    from incidents.extraction.places import story_places

    text = "A bomb went off in the Atalaya neighbourhood of Cucuta, while Quintero said the talks had failed."
    atalaya = Mention(23, 30, "Atalaya", "place", 0, "atalaya")
    quintero = Mention(62, 70, "Quintero", "place", 0, "quintero")
    story_places(text, [atalaya, quintero])
    assert (atalaya.kind, quintero.kind) == ("city", "place")  # the lone foreign "Quintero" is still dropped


def test_a_valley_named_wadi_keeps_its_name_without_the_extra_noun():
    from incidents.extraction.places import REDUNDANT_FEATURE

    assert REDUNDANT_FEATURE.sub(r"\1", "Wadi al-Shay valley") == "Wadi al-Shay"
    assert REDUNDANT_FEATURE.sub(r"\1", "Hamrin mountains") == "Hamrin mountains"


def test_a_peoples_name_before_village_is_no_place_and_a_wadi_is_no_person(run):
    document = run(
        "QUETTA: Gunmen killed three farmers near Quetta on Sunday. The attack took place near a Palestinian "
        "village, officials said. Troops searched Wadi al-Shay for the attackers."
    )
    assert "Palestinian" not in [p["name"] for p in document["locations"]]
    assert "Wadi al-Shay" not in [p["name"] for p in document["persons"]]


def test_an_unlisted_town_sits_in_the_place_its_apposition_names(run):
    document = run(
        "QUETTA: Gunmen shot dead nine travellers on the Quetta highway in Bajaur late on Sunday. The attack "
        "took place near Zarkot, a town about 30 kilometres north of Khar, officials said."
    )
    town = by_name(document, "locations", "Zarkot")
    parent = next(p for p in document["locations"] if p["key"] == town["parent"])
    assert parent["name"] == "Khar"


def test_a_region_named_before_an_apposition_that_straddles_two_states_is_a_place(run):
    document = run(
        "MAIDUGURI: On Sunday, air force jets struck hideouts in the Sambisa Triangle, a forested area straddling "
        "Borno and Bauchi, killing 12 militants."
    )
    assert "Sambisa Triangle" in [p["name"] for p in document["locations"]]


def test_a_name_with_a_linking_vowel_between_hyphens_is_kept_whole(run):
    document = run("KABUL: A bomb killed six people in the Qala-e-Fatullah area of Kabul on Sunday.")
    assert "Qala-e-Fatullah" in place_names(document)


def test_a_quarter_the_story_introduces_is_a_place(run):
    document = run(
        "PESHAWAR: Police stormed a house in the Gulbahar district of Peshawar on Sunday, arresting two men."
    )
    assert "Gulbahar" in place_names(document)


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Gunmen raided Kolo-Dara, a farming village north of Khar, at dawn.", "Kolo-Dara", "city"),
        ("Troops reached the village of Sangota on Monday.", "Sangota", "city"),
        ("Rebels hold towns in Bajaur, Tirah and Sarwan.", "Sarwan", "region"),
        ("The convoy left Mirza Camp, a camp for displaced families, at noon.", "Mirza Camp", "site"),
        ("said Yusuf Haider, the Khar district commissioner.", "Yusuf Haider", None),
        ("identified as Laila Noor, an area committee member of the party.", "Laila Noor", None),
        ("Karim Baig told reporters in Quetta.", "Karim Baig", None),
    ],
)
def test_place_context_tells_an_unlisted_place_from_a_person(text, name, kind):
    start = text.index(name)
    assert place_context(text, start, start + len(name)) == kind


@pytest.mark.parametrize(
    "text",
    [
        "PESHAWAR: Troops deployed in Lower and Middle Bajaur after the attack.",
        "PESHAWAR: The attack was condemned in Arabic and English statements.",
    ],
)
def test_qualifiers_and_languages_are_not_unlisted_places(run, text):
    assert not [p for p in run(text)["locations"] if p["name"] in ("Lower", "Arabic", "English")]


def test_a_mountain_range_named_twice_is_one_region_and_no_person(run):
    document = run(
        "PESHAWAR: Militants attacked a check post near Khar on Sunday and fled towards the Kalpani mountains. "
        "The Kalpani range has long sheltered militants."
    )
    regions = [p for p in document["locations"] if p["name"].startswith("Kalpani")]
    assert len(regions) == 1 and len(regions[0]["mentions"]) == 2
    assert not [p for p in document["persons"] if "Kalpani" in p["name"]]


def test_a_national_park_is_a_site_and_a_self_styled_province_is_no_country(run):
    document = run(
        "KABUL: ISKP, which calls itself the Islamic State's Afghanistan Province, said its fighters killed "
        "two rangers near Khar on Sunday before retreating into the Bajaur National Park."
    )
    names = {p["name"]: p for p in document["locations"]}
    assert names.get("Bajaur National Park", {}).get("kind") == "site"
    assert "Afghanistan" not in names


def test_a_country_qualifying_a_noun_is_no_place(run):
    document = run(
        "PESHAWAR: Fighters backed by United States helicopters raided a house in Khar on Sunday, killing two "
        "militants. The United States-led coalition said it had supported the raid."
    )
    assert "United States" not in [p["name"] for p in document["locations"]]


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("MAIDUGURI: Gunmen abducted 20 people in a night raid on Kurmi village near Bama on Sunday.", "Kurmi", "city"),
        (
            "MAIDUGURI: A drone strike killed three militants in Wadi Hasra, east of Bama, on Sunday.",
            "Wadi Hasra",
            "region",
        ),
        ("MAIDUGURI: Gunmen killed two policemen in El Cardonal, near Bama, on Sunday.", "El Cardonal", "city"),
        (
            "MAIDUGURI: Troops clashed with militants in the Tagal canyon, west of Bama, on Sunday.",
            "Tagal canyon",
            "region",
        ),
        (
            "MAIDUGURI: Troops killed 30 militants at Garanda, a village in the same state, in 2019.",
            "Garanda",
            "city",
        ),
    ],
)
def test_unlisted_event_places_are_new_locations(run, text, name, kind):
    document = run(text)
    place = by_name(document, "locations", name)
    assert place["kind"] == kind
    located = {p["key"]: p["name"] for p in document["locations"]}
    assert located[document["incidents"][0]["location"]] == name


def test_small_towns_of_a_country_nothing_names_are_dropped():
    from incidents.extraction.gazetteer import PlaceRecord
    from incidents.extraction.places import _drop_isolated

    chosen = {
        "imphal": PlaceRecord(1, "Imphal", "city", "IN", None, 24.8, 93.9, 260_000),
        "india": PlaceRecord(2, "India", "country", "IN", None, 22.0, 79.0, 1_400_000_000),
        "nanao": PlaceRecord(3, "Nanao", "city", "JP", None, 37.0, 136.9, 55_000),
        "bungo": PlaceRecord(4, "Bungo", "city", "JP", None, 33.0, 131.5, 40_000),
    }
    by_name = {key: [Mention(0, 1, key, "place", 0, key, source="gazetteer")] for key in chosen}
    _drop_isolated(chosen, by_name, "IN")
    assert sorted(chosen) == ["imphal", "india"]


def test_a_foreign_dateline_does_not_make_the_storys_country(run):
    document = run(
        "QUETTA, Pakistan — Gunmen killed 12 villagers in Bama in Borno state on Sunday, residents said. "
        "Security forces later reached Bama and Maiduguri."
    )
    names = [g["name"] for g in document["groups"]]
    assert not [n for n in names if n.startswith("Pakistan")]
    located = {p["key"]: p for p in document["locations"]}
    assert located[document["incidents"][0]["location"]]["country"] == "NG"


def test_an_unlisted_township_takes_its_parent_from_the_sentence_not_the_dateline(run):
    document = run(
        "QUETTA, Pakistan — A Nigerian Army jet bombed a village in Kurmi township in Borno on Sunday, "
        "killing 11 civilians. In April 2023, an air strike on a market in Garkida village in Borno killed "
        "60 people. More than 5,500 civilians have been killed by the security forces since the takeover."
    )
    places = {p["key"]: p for p in document["locations"]}
    first, second = document["incidents"][:2]
    assert places[first["location"]]["name"] == "Kurmi"
    assert places[places[first["location"]]["parent"]]["name"] == "Borno"
    # An air strike nobody is named for: the force that struck from the air before in that country.
    assert perpetrator_names(document, 1) == ["Nigerian Army"]
    assert [i["fatalities"] for i in document["incidents"]] == [11, 60]


@pytest.mark.parametrize(
    "folded, variant",
    [
        ("deir ez zor", "deir az zor"),
        ("deir ez zor", "deir al zor"),
        ("dayr az zawr", "deir az zawr"),
        ("middle shabelle", "middle shabele"),
        ("sheikh outhman", "sheikh uthman"),
    ],
)
def test_place_names_are_also_asked_under_regular_transliteration_variants(folded, variant):
    from incidents.extraction.gazetteer_mentions import spelling_variants

    assert variant in spelling_variants(folded)


def test_short_names_get_no_variants():
    from incidents.extraction.gazetteer_mentions import spelling_variants

    assert spelling_variants("bama") == set()
    assert spelling_variants("shabaab") == set()  # one word: too many hamlets and surnames under a variant


def test_a_variant_spelling_finds_the_listed_place(run):
    document = run("PESHAWAR: Gunmen killed two policemen in Mazzar-i-Sharif on Sunday.")
    assert "Mazār-e Sharīf" in [p["name"] for p in document["locations"]]


@pytest.mark.parametrize(
    "text, name",
    [
        ("MAIDUGURI: Insurgents set fire to 30 homes in a village near Kurmi, in Borno, on Sunday.", "Kurmi"),
        ("MAIDUGURI: Gunmen abducted two fishermen off Gadara island in Borno on Sunday.", "Gadara"),
    ],
)
def test_arson_and_offshore_events_place_unlisted_names(run, text, name):
    assert name in [p["name"] for p in run(text)["locations"]]


def test_the_town_of_a_name_is_a_place_whatever_the_ner_says(run):
    document = run("MAIDUGURI: A drone struck a car near the town of Sidakan in Borno on Sunday, killing two men.")
    assert by_name(document, "locations", "Sidakan")["kind"] == "city"


@pytest.mark.parametrize(
    "second_sentence, mention, country",
    [
        # a big town of the story's country lists the neighbour's name among its alternate names
        ("The shrine honours a commander killed in a strike in Iraq four years ago.", "Iraq", "IQ"),
        # a namesake town in another country the story names
        ("Officials blamed the United States, and a militant leader praised fighters in Palestine.", "Palestine", "PS"),
        # the country by another of its names, which a town abroad also once had
        ("Officials in the United States and Turkey condemned the attack.", "Turkey", "TR"),
    ],
)
def test_a_country_named_by_any_of_its_names_is_the_country_not_a_town(run, second_sentence, mention, country):
    doc = run(f"A bomb went off near a shrine in Zahedan in Iran on Friday, killing 20 people. {second_sentence}")
    place = next(loc for loc in doc["locations"] if mention in [m["text"] for m in loc["mentions"]])
    assert (place["kind"], place["country"]) == ("country", country)


DETERMINISM_SCRIPT = """
import datetime as dt, json
from tests.extraction.conftest import make_gazetteer
from incidents.extraction.article import ArticleMeta
from incidents.extraction.pipeline import extract
text = "Gunmen killed four farmers in the village of Korvi near Sarvene on Sunday, residents said."
doc = extract(text, ArticleMeta(published=dt.date(2025, 3, 11)), make_gazetteer())
print(json.dumps(doc["locations"]))
"""


def test_places_are_the_same_in_every_process_when_nothing_tells_two_countries_apart():
    # Python salts string hashes per process: a tie between two countries must not follow a set's order.
    root = Path(__file__).resolve().parents[2]
    outputs = {
        subprocess.run(  # noqa: S603 - this interpreter on a script of this test
            [sys.executable, "-c", DETERMINISM_SCRIPT],
            cwd=root,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(1, 4)
    }
    assert len(outputs) == 1


def test_an_unlisted_village_hangs_under_a_place_of_the_story_not_a_city_abroad_in_its_sentence(run):
    doc = run(
        "Gunmen killed six people in the village of Korvi in Borno State on Sunday, an official from Kabul told "
        "reporters. Nigeria has seen such raids for years."
    )
    korvi = by_name(doc, "locations", "Korvi")
    assert korvi["country"] == "NG"
    assert korvi["parent"] == by_name(doc, "locations", "Borno")["key"]


def test_an_unlisted_village_has_no_country_when_nothing_tells_two_countries_apart(run):
    doc = run("Gunmen killed four farmers in the village of Korvi near Sarvene on Sunday, residents said.")
    assert by_name(doc, "locations", "Korvi")["country"] is None


def test_an_unlisted_quarter_written_with_its_unlisted_towns_possessive_is_in_that_town(run):
    doc = run(
        "PESHAWAR: At least 12 soldiers were killed on Thursday when a bomber rammed a convoy near Gormanu on the "
        "highway. The bombing in Gormanu's Kalarpora area in Peshawar district also left eight soldiers injured."
    )
    quarter = by_name(doc, "locations", "Kalarpora")
    assert quarter["parent"] == by_name(doc, "locations", "Gormanu")["key"]
    assert doc["incidents"][0]["location"] == quarter["key"]


def test_a_word_cut_off_at_the_end_of_an_excerpt_is_not_a_place(run):
    # The excerpt ends in mid-word: "Khar" is the start of a longer name, not the town of that name.
    doc = run("Gunmen killed two policemen in Quetta on Sunday. The attack was the third this month near Khar")
    assert "Khar" not in place_names(doc) and "Quetta" in place_names(doc)


def test_a_place_ending_a_story_with_its_full_stop_is_still_a_place(run):
    doc = run("Gunmen killed two policemen in Quetta on Sunday. The attack was the third this month near Khar.")
    assert "Khar" in place_names(doc)


def test_a_persons_surname_read_as_a_town_abroad_does_not_vote_for_that_country():
    from incidents.extraction.article import ArticleMeta
    from incidents.extraction.gazetteer import PlaceRecord
    from incidents.extraction.memory import MemoryGazetteer
    from incidents.extraction.pipeline import extract

    rows = [
        (1, "United Kingdom", "country", "GB", None, 54.0, -2.0, 66_000_000),
        (2, "Dunmore", "city", "GB", 1, 53.0, -2.0, 400_000),
        (3, "United States", "country", "US", None, 39.0, -98.0, 327_000_000),
        (4, "Dunmore", "city", "US", 3, 42.9, -71.4, 110_000),
        (5, "Fenwick", "city", "US", 3, 44.7, -117.8, 9_000),
    ]
    gazetteer = MemoryGazetteer([PlaceRecord(*row) for row in rows], [], {1: ("UK",), 3: ("US",)})
    document = extract(
        "A bomb killed six people at a concert hall in Dunmore on Monday, UK police said. Detective Paul Fenwick "
        "said the bomber had travelled alone. Fenwick added that officers from the US had offered help. "
        "Dunmore was quiet on Tuesday.",
        ArticleMeta(published=dt.date(2025, 3, 11)),
        gazetteer,
    )
    dunmore = [p for p in document["locations"] if p["name"] == "Dunmore"]
    assert [p["country"] for p in dunmore] == ["GB"]


def test_an_unlisted_town_on_the_border_with_a_neighbour_is_not_in_the_neighbour(run):
    document = run(
        "Gunmen killed four soldiers in Borno state in Nigeria on Monday. The soldiers were headed to Kalvori, "
        "a town on the border with Iraq, officials said."
    )
    kalvori = by_name(document, "locations", "Kalvori")
    assert kalvori["country"] == "NG"


def test_a_name_known_only_abroad_put_in_an_area_outside_a_town_of_the_story_is_a_local_place(run):
    document = run(
        "MAIDUGURI: Gunmen killed nine farmers on Monday in the Hollins Ford area outside Maiduguri, the capital "
        "of Borno state in Nigeria, police in the United States and Nigeria said."
    )
    assert by_name(document, "locations", "Hollins Ford")["country"] == "NG"


def test_a_name_before_the_word_mall_is_a_site_of_the_story_not_a_town_abroad(run):
    document = run("PESHAWAR: Gunmen stormed the Hollins Ford mall in Peshawar on Monday, killing six shoppers.")
    mall = by_name(document, "locations", "Hollins Ford mall")
    assert (mall["kind"], mall["country"]) == ("site", "PK")
    assert "Hollins Ford" not in place_names(document)


def test_a_broadcaster_named_after_a_place_and_a_number_is_not_that_place(run):
    document = run(
        "PESHAWAR (Balochistan 24) - A bomb killed three people in Peshawar on Monday, a local source told "
        "Balochistan 24, police said."
    )
    assert "Balochistan" not in place_names(document)


def test_a_compass_word_and_a_continent_is_a_region_not_a_country_named_like_it():
    from incidents.extraction.article import ArticleMeta
    from incidents.extraction.gazetteer import PlaceRecord
    from incidents.extraction.memory import MemoryGazetteer
    from incidents.extraction.pipeline import extract

    rows = [
        (1, "Cameroon", "country", "CM", None, 5.0, 12.0, 25_000_000),
        (2, "Central African Republic", "country", "CF", None, 7.0, 21.0, 4_600_000),
        (3, "Bamenda", "city", "CM", 1, 5.96, 10.15, 400_000),
    ]
    gazetteer = MemoryGazetteer([PlaceRecord(*row) for row in rows], [], {2: ("Central Africa",)})
    document = extract(
        "BAMENDA: Gunmen killed four people in Bamenda on Monday. Cameroon, a country in Central Africa, has "
        "fought separatists for years, as have other states of West Africa.",
        ArticleMeta(published=dt.date(2025, 3, 11)),
        gazetteer,
    )
    names = {p["name"]: p["kind"] for p in document["locations"]}
    assert "Central African Republic" not in names
    assert names.get("Central Africa") == "region" and names.get("West Africa") == "region"


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "MAIDUGURI: A bomb exploded at the St Agnes's Roman Catholic church in Bama on Sunday, killing 30 people.",
            "St Agnes's Roman Catholic",
        ),
        ("MAIDUGURI: A bomb exploded at St Agnes's church in Bama on Sunday, killing 30 people.", "St Agnes's"),
        (
            "MAIDUGURI: Five soldiers died when a suicide bomber struck outside General Kalvo military training camp "
            "in Bama.",
            "General Kalvo",
        ),
        (
            "MAIDUGURI: Twenty worshippers died on Sunday when bombs went off in the Cathedral of Our Lady of "
            "Mount Zarvel in Bama.",
            "Cathedral of Our Lady of Mount Zarvel",
        ),
    ],
)
def test_a_church_named_after_a_saint_or_a_camp_with_its_service_is_the_site_of_the_attack(run, text, site):
    document = run(text)
    places = {p["key"]: p for p in document["locations"]}
    chosen = places[document["incidents"][0]["location"]]
    assert (chosen["name"], chosen["kind"], places[chosen["parent"]]["name"]) == (site, "site", "Bama")


def test_an_unlisted_site_followed_by_its_word_and_in_an_unlisted_town_hangs_under_that_town(run):
    document = run(
        "MAIDUGURI: A bomb killed 30 worshippers in Kalvori on Sunday. Police said Musa Dauda planned the blast "
        "at the St Agnes's church in Kalvori, a town near Maiduguri."
    )
    places = {p["key"]: p for p in document["locations"]}
    chosen = places[document["incidents"][0]["location"]]
    assert (chosen["name"], places[chosen["parent"]]["name"]) == ("St Agnes's", "Kalvori")


def test_a_site_named_after_the_town_hangs_under_the_town_not_a_country_named_later():
    from incidents.extraction.model import Place
    from incidents.extraction.places import unlisted_places

    text = "The bomber struck at the Dunmore Arena as fans left, a court in the United States heard."
    town = Place("", "Dunmore", "city", "GB")
    town.mentions.append(Mention(0, 0, "Dunmore", "place", 0, "dunmore"))
    country = Place("", "United States", "country", "US")
    us = Mention(73, 86, "United States", "place", 1, "united states")
    country.mentions.append(us)
    us.place = country
    arena = Mention(25, 38, "Dunmore Arena", "site", 1, "dunmore arena")
    [site] = unlisted_places([arena, us], [town, country], "US", text)
    assert site.parent is town


def test_a_town_after_a_force_and_on_is_a_place_even_when_the_parser_runs_the_force_into_it(run):
    document = run(
        "KABUL: Rockets fired by the Taliban Armed Forces on Maiduguri, reports said on Saturday, killed 13 civilians."
    )
    assert "Maiduguri" in {p["name"] for p in document["locations"]}
