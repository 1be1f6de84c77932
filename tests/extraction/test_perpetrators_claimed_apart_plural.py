"""A plural claim told apart ("X claimed responsibility for the attacks"): not the story's first event when an event
of another day, or one told "separately", comes between them; "the attacks in/near PLACE" read only a place's name
(not "in Telegram posts")."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import extractor, make_gazetteer
from .readers import location_name, perpetrator_names_of

PUBLISHED = dt.date(2024, 3, 11)
MORE_PLACES = [
    (300, "Kawuri", "city", "NG", 21, 11.93, 13.53, 5_000, ()),
    (301, "Konduga", "city", "NG", 21, 11.65, 13.42, 20_000, ()),
    (302, "Kaduna", "admin1", "NG", 20, None, None, None, ("Kaduna State",)),
    (310, "Baghdad", "city", "IQ", 70, 33.34, 44.4, 7_000_000, ()),
    (311, "Mosul", "city", "IQ", 70, 36.34, 43.13, 1_700_000, ()),
    (320, "Jalalabad", "city", "AF", 10, 34.43, 70.45, 350_000, ()),
    (330, "Ruvani", "city", "NG", 21, 11.8, 13.3, 4_000, ()),
    (331, "Tamsa", "city", "NG", 21, 11.7, 13.2, 4_000, ()),
]


@pytest.fixture(scope="module")
def run():
    return extractor(make_gazetteer(extra_places=MORE_PLACES), published=PUBLISHED)


def doers_by_place(document) -> dict[str, list[str]]:
    return {location_name(document, i): perpetrator_names_of(document, i) for i in document["incidents"]}


# must not fire: the claim follows an event of another day, told between
def test_a_claim_of_the_attacks_after_last_weeks_raids_is_not_sundays_killing(run):
    document = run(
        "Gunmen killed eight farmers in the village of Kawuri in Borno State on Sunday, residents said.\n\n"
        "Last week, fighters stormed three villages near Konduga, burning homes and killing at least 20 people. "
        "Boko Haram claimed responsibility for the attacks."
    )
    doers = doers_by_place(document)
    assert doers["Kawuri"] == []
    assert doers["Konduga"] == ["Boko Haram"]


def test_a_claim_of_these_attacks_after_last_weeks_raids_is_not_sundays_killing(run):
    document = run(
        "Gunmen killed eight farmers in the village of Kawuri in Borno State on Sunday, residents said.\n\n"
        "The killings came a week after a string of raids on villages near Konduga. Last week, fighters stormed "
        "three villages near Konduga, burning homes and killing at least 20 people.\n\n"
        "Boko Haram claimed responsibility for these attacks in a video released on Friday."
    )
    assert doers_by_place(document)["Kawuri"] == []


def test_a_claim_of_the_attacks_near_another_place_is_not_the_first_events(run):
    document = run(
        "Gunmen killed eight farmers in the village of Kawuri in Borno State on Sunday, residents said.\n\n"
        "Last week, fighters stormed three villages near Konduga, burning homes and killing at least 20 people.\n\n"
        "Boko Haram claimed responsibility for the attacks near Konduga in a video released on Friday."
    )
    assert doers_by_place(document)["Kawuri"] == []


def test_an_invented_claim_after_an_earlier_raid_elsewhere_is_not_the_first_events(run):
    document = run(
        "Gunmen shot dead five traders at a market in the town of Ruvani in Borno State on Sunday, police said.\n\n"
        "On Thursday, militants raided the village of Tamsa in Borno State, killing 12 villagers. Boko Haram "
        "claimed responsibility for the attacks."
    )
    assert doers_by_place(document)["Ruvani"] == []


# must not fire: an event told "separately" between them
def test_a_claim_of_the_attacks_after_a_separately_told_bombing_is_not_the_abductions(run):
    document = run(
        "Gunmen abducted 30 students from a school in Kaduna State on Sunday, police said.\n\n"
        "Separately, a bomb exploded at a mosque in Maiduguri on Sunday evening, killing six worshippers.\n\n"
        "Boko Haram claimed responsibility for the attacks."
    )
    assert doers_by_place(document)["Kaduna"] == []


# must fire: two events of one day, claimed together
def test_a_claim_of_the_attacks_in_two_cities_of_one_day_is_both_events(run):
    document = run(
        "A bomb killed seven people at a bus station in Kabul on Sunday, police said. Hours later, a second bomb "
        "killed four people near a mosque in Jalalabad.\n\n"
        "ISIS-K claimed responsibility for the attacks in Kabul and Jalalabad."
    )
    doers = doers_by_place(document)
    assert doers["Kabul"] == ["Islamic State Khorasan Province"]
    assert doers["Jalalabad"] == ["Islamic State Khorasan Province"]


# must fire: "in Telegram posts" names no place
def test_a_claim_of_the_attacks_in_telegram_posts_is_each_events_of_the_day(run):
    document = run(
        "Two bombs exploded in a market in Baghdad on Sunday, killing 11 people, police said.\n\n"
        "Hours later, a roadside bomb killed four soldiers near Mosul.\n\n"
        "The Islamic State claimed responsibility for the attacks in Telegram posts late on Sunday."
    )
    assert doers_by_place(document)["Baghdad"] == ["Islamic State"]
