"""A line that tells a violent act with dead of its own at a place no gazetteer lists, apart from the event told,
is an incident of its own when it also calls that place a village or town of its own, tells another kind of act,
or marks another event ("Meanwhile", "in a separate attack"); a line that points back at the event told, retells
its toll, or retells one bombing at its site is not (sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.parametrize(
    "second",
    [
        # the place called a town of its own
        "Three policemen were killed in a roadside bomb in Kuduri town, some 40 km from here, police said.",
        # another kind of act than the lead's
        "Gunmen ambushed an army convoy near Wandali village and killed five soldiers, officials said.",
        # another event marked
        "Meanwhile, gunmen shot dead two farmers in Kafiyanti village, residents said.",
    ],
)
def test_a_line_with_its_own_act_and_dead_at_an_unlisted_place_apart_is_another_event(run, second):
    document = run(
        f"A car bomb exploded at a checkpoint in Bama on Tuesday, killing six soldiers.\n{second}",
        published=dt.date(2025, 5, 14),
    )
    assert len(document["incidents"]) == 2


def test_one_bombing_retold_at_its_named_site_in_the_lead_town_is_one_event(run):
    document = run(
        "A suicide bomber killed 12 people in Maiduguri on Monday.\n"
        "Five traders died at the Kasuwa Gana market, where a bomber detonated his vest, police said.",
        published=dt.date(2025, 5, 13),
    )
    assert len(document["incidents"]) == 1


def test_one_bombing_retold_at_its_named_site_in_a_district_of_the_lead_town_is_one_event(run):
    document = run(
        "A suicide bomber killed 12 people in Maiduguri on Friday, police said.\n"
        "Seven traders were killed at the Gamboru Kasuwa market in Gwange district, where a woman set off "
        "explosives strapped to her body, witnesses said.",
        published=dt.date(2025, 5, 17),
    )
    assert len(document["incidents"]) == 1


def test_a_follow_up_line_repeating_the_toll_is_the_event_told(run):
    document = run(
        "Gunmen killed six villagers in Bama on Sunday.\n"
        "Six villagers were killed in Kuduri village when gunmen opened fire on a market, a resident said.",
        published=dt.date(2025, 5, 13),
    )
    assert len(document["incidents"]) == 1


def test_a_line_pointing_back_at_the_attack_with_a_village_is_the_event_told(run):
    document = run(
        "Gunmen killed six villagers in Bama on Sunday.\n"
        "The attack also left two herders dead in Kuduri village, police said.",
        published=dt.date(2025, 5, 13),
    )
    assert len(document["incidents"]) == 1


def test_a_line_naming_the_bomber_is_the_event_told(run):
    document = run(
        "A car bomb exploded at a checkpoint in Bama on Tuesday, killing six soldiers.\n"
        "The bomber had also shot dead a guard in Kuduri town before driving on, police said.",
        published=dt.date(2025, 5, 14),
    )
    assert len(document["incidents"]) == 1


def test_bodies_found_in_a_village_of_an_attack_on_several_villages_are_the_event_told(run):
    document = run(
        "Gunmen on motorbikes have attacked villages near Bama, killing at least 30 people.\n"
        "Villagers counted 20 or more bodies in the village of Kuduri, a farmer said.",
        published=dt.date(2025, 5, 13),
    )
    assert len(document["incidents"]) == 1


def test_a_line_opened_by_the_same_week_is_another_event(run):
    document = run(
        "A gunman shot dead four shoppers at a market in Bama on Tuesday.\n"
        "The same week, a gunman shot dead nine shoppers in a Kuduri mall, injuring 20.",
        published=dt.date(2025, 5, 14),
    )
    assert len(document["incidents"]) == 2
