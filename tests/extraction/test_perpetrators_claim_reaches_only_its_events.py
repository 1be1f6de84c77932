"""A claim or blame told apart from the event: a group followed by "linked/backed/allied ... to/with/by"
is the one blamed, described by the next; a claim of "the attack" after another event is told is not the first
event's; "the attacks in PLACE" are only that place's; a past event's suspicion and analysts' guesses give no doer."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.extraction.gazetteer import GroupRecord

from .conftest import extractor, make_gazetteer
from .readers import perpetrator_names

PUBLISHED = dt.date(2023, 5, 15)
# The stories' places and groups beside the shared ones (rows as in conftest.PLACES)
MORE_PLACES = [
    (200, "Democratic Republic of the Congo", "country", "CD", None, -2.9, 23.6, 100_000_000, ("DR Congo",)),
    (201, "North Kivu", "admin1", "CD", 200, None, None, None, ()),
    (202, "Beni", "city", "CD", 201, 0.49, 29.47, 230_000, ()),
    (210, "Israel", "country", "IL", None, 31.5, 34.9, 9_000_000, ()),
    (211, "Metula", "city", "IL", 210, 33.28, 35.58, 1_700, ()),
    (212, "Lebanon", "country", "LB", None, 33.9, 35.9, 5_000_000, ()),
    (220, "Somalia", "country", "SO", None, 6.0, 46.0, 17_000_000, ()),
    (221, "Mogadishu", "city", "SO", 220, 2.04, 45.34, 2_500_000, ()),
    (230, "Kandahār", "admin1", "AF", 10, None, None, None, ("Kandahar", "Kandahar province")),
    (231, "Kunduz", "admin1", "AF", 10, None, None, None, ("Kunduz province",)),
    (240, "Zamfara", "admin1", "NG", 20, None, None, None, ("Zamfara state",)),
    (250, "Istanbul", "city", "TR", 80, 41.01, 28.98, 15_000_000, ()),
    (260, "North Wazīristān District", "admin2", "PK", 2, None, None, None, ("North Waziristan",)),
    (261, "Dera Ismail Khan", "city", "PK", 2, 31.83, 70.9, 200_000, ()),
]
MORE_GROUPS = [
    GroupRecord(200, "Allied Democratic Forces", "armed_group", None, "CD", ("Allied Democratic Forces", "ADF")),
    GroupRecord(201, "Hezbollah", "armed_group", None, "LB", ("Hezbollah",)),
    GroupRecord(202, "al-Shabaab", "armed_group", None, "SO", ("al-Shabaab", "Shabaab")),
    GroupRecord(203, "al-Qaeda", "armed_group", None, "", ("al-Qaeda", "Al Qaeda")),
    GroupRecord(204, "Taliban", "armed_group", None, "AF", ("Taliban",)),
    GroupRecord(205, "Kurdistan Workers' Party", "armed_group", None, "TR", ("Kurdistan Workers' Party", "PKK")),
]


@pytest.fixture(scope="module")
def run():
    return extractor(make_gazetteer(extra_groups=MORE_GROUPS, extra_places=MORE_PLACES), published=PUBLISHED)


# must fire: the group before "allied with / linked to / backed by" is the one blamed
@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "A bomb exploded at a church in Beni on Sunday, killing nine people, police said.\n\n"
            "The army blamed the attack on the ADF allied with the Islamic State.",
            "Allied Democratic Forces",
        ),
        (
            "A bomb blamed on the Allied Democratic Forces linked to the Islamic State exploded at a church in Beni "
            "on Sunday, killing nine people.",
            "Allied Democratic Forces",
        ),
        (
            "A rocket fired from Lebanon killed two people in the town of Metula on Sunday, officials said.\n\n"
            "Israel blamed the attack on Hezbollah backed by Iran.",
            "Hezbollah",
        ),
        (
            "A car bomb exploded at a busy market in Mogadishu on Sunday, killing nine people, police said.\n\n"
            "Officials blamed the attack on al-Qaeda linked al-Shabaab.",
            "al-Shabaab",
        ),
    ],
)
def test_the_group_before_allied_with_linked_to_backed_by_is_the_one_blamed(run, text, doer):
    document = run(text, published=PUBLISHED)
    assert perpetrator_names(document) == [doer]


def test_a_claim_of_the_attack_in_kunduz_is_not_the_earlier_kandahar_bombings(run):
    document = run(
        "A roadside bomb killed three police officers in Kandahar province on Sunday, officials said.\n\n"
        "In Kunduz, gunmen stormed a checkpoint and killed 10 soldiers on Sunday.\n\n"
        "The Taliban claimed responsibility for the attack in Kunduz.",
        published=PUBLISHED,
    )
    assert [perpetrator_names(document, n) for n in range(len(document["incidents"]))] == [[], ["Taliban"]]


def test_a_claim_of_the_attack_after_a_second_event_is_told_is_not_the_first_events(run):
    document = run(
        "A roadside bomb killed three police officers in Kandahar province on Sunday, officials said.\n\n"
        "In Kunduz province, gunmen stormed a checkpoint and killed 10 soldiers on Sunday.\n\n"
        "The Taliban claimed responsibility for the attack.",
        published=PUBLISHED,
    )
    assert [perpetrator_names(document, n) for n in range(len(document["incidents"]))] == [[], ["Taliban"]]


def test_a_claim_after_last_months_blast_is_told_is_not_sundays_bombings(run):
    document = run(
        "A suicide bomber blew himself up at a school in western Kabul on Sunday, killing 20 students, police "
        "said.\n\nThe area has been hit repeatedly. Last month, a blast at a wrestling club killed 10 people. The "
        "Islamic State group claimed responsibility for the attack.",
        published=PUBLISHED,
    )
    assert perpetrator_names(document, 0) == []


def test_a_claim_after_mondays_temple_attack_is_told_is_not_sundays_bombings(run):
    document = run(
        "A bomb killed four people at a bus stop in Kabul on Sunday, police said.\n\n"
        "On Monday, gunmen attacked a Sikh temple in the city, killing two. The Islamic State group claimed "
        "responsibility for the attack.",
        published=PUBLISHED,
    )
    assert perpetrator_names(document, 0) == []


def test_a_claim_of_the_attacks_in_borno_is_not_zamfaras(run):
    document = run(
        "Gunmen killed 18 villagers in Zamfara state on Sunday, police said.\n\n"
        "Also on Sunday, a suicide bomber killed 12 people at a mosque in Maiduguri, Borno state.\n\n"
        "Boko Haram claimed responsibility for the attacks in Borno.",
        published=PUBLISHED,
    )
    assert [perpetrator_names(document, n) for n in range(len(document["incidents"]))] == [[], ["Boko Haram"]]


def test_a_suspicion_that_fell_in_a_bombing_years_ago_is_not_todays(run):
    document = run(
        "A car bomb exploded at a busy market in Mogadishu on Sunday, killing nine people, police said.\n\n"
        "When a bomb hit the same market two years ago, suspicion fell on al-Shabaab.",
        published=PUBLISHED,
    )
    assert perpetrator_names(document) == []


def test_analysts_guess_that_suspicion_would_fall_on_a_group_gives_no_doer(run):
    document = run(
        "A bomb exploded on a crowded shopping street in Istanbul on Sunday, killing 11 people.\n\n"
        "Analysts said suspicion would fall on the PKK, though Kurdish militants have avoided civilian targets in "
        "recent years, and the Islamic State group has also struck the city.",
        published=PUBLISHED,
    )
    assert perpetrator_names(document) == []


def test_the_attacks_blamed_on_a_group_after_a_roundup_are_each_events(run):
    document = run(
        "A bomb killed five soldiers in North Waziristan on Sunday.\n\n"
        "On Saturday, gunmen killed seven police officers in Dera Ismail Khan.\n\n"
        "The attacks were blamed on the Pakistani Taliban.",
        published=PUBLISHED,
    )
    assert [perpetrator_names(document, n) for n in range(len(document["incidents"]))] == [
        ["Tehreek-e-Taliban Pakistan"],
        ["Tehreek-e-Taliban Pakistan"],
    ]
