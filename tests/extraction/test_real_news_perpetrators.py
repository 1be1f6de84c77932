"""Perpetrators in real news: the force that ends an attack or a siege did not do it."""

from __future__ import annotations

import pytest

from .readers import perpetrator_names


def test_the_police_who_shot_the_attacker_dead_are_not_the_doers(run):
    document = run(
        "PESHAWAR: A gunman opened fire on shoppers at a market in Khar on Sunday, killing three people, officials "
        "said. The attacker, who was shot dead by the Pakistan Police, was named as a TTP member."
    )
    assert "Pakistan Police" not in perpetrator_names(document)


@pytest.mark.parametrize(
    "siege_end",
    ["There were no more hostages after", "The last hostages were led out after", "No hostages remained after"],
)
def test_troops_who_stormed_a_hotel_after_gunmen_seized_it_did_not_seize_it(run, siege_end):
    document = run(
        "MAIDUGURI: Nigerian Army commandos stormed a hotel in Bama on Sunday after gunmen seized dozens of guests "
        f"in a siege that left nine people dead. {siege_end} the Nigerian Army took the building, an official said."
    )
    assert perpetrator_names(document) == []


def test_the_armys_operations_told_beside_a_bombing_did_not_do_the_bombing(run):
    document = run(
        "MAIDUGURI: A car bomb killed eight people at a market in Bama on Sunday, but the region has been the focus "
        "of Nigerian Army operations against insurgents for a decade."
    )
    assert perpetrator_names(document) == []


def test_a_fight_told_of_the_place_gives_no_doers_to_a_bombing(run):
    document = run(
        "PESHAWAR: Seven villagers were killed in an explosion in Khar, which has endured repeated clashes between "
        "militants and the Pakistan Army over recent months, a police officer said on Friday."
    )
    assert perpetrator_names(document) == []


def test_groups_listed_beside_the_outfits_that_claimed_an_attack_are_its_doers(run):
    document = run(
        "PESHAWAR: Six soldiers were killed in an ambush on a patrol near Khar on Friday, officials said. Two "
        "factions operating nearby — the TTP and the Jaish-e-Mohammed — claimed responsibility for the joint assault."
    )
    assert sorted(perpetrator_names(document)) == ["Jaish-e-Mohammed", "Tehreek-e-Taliban Pakistan"]


def test_a_group_joined_to_claimed_before_the_event_noun_claimed_it(run):
    document = run(
        "PESHAWAR: A bomb killed 12 people at a bus stand in Khar on Sunday, police said. Jaish-e-Mohammed members "
        "were arrested in Quetta last week.\n\nIS-claimed bombing kills 12 at Khar bus stand"
    )
    assert perpetrator_names(document) == ["Islamic State"]


def test_members_of_a_group_killed_in_a_siege_of_another_year_did_not_do_this_attack(run):
    document = run(
        "MAIDUGURI: An explosion hit a Sunday morning mass at a church in Bama, killing four worshippers, police "
        "said. This is the first major attack in Bama after the 2016 siege that left the town in ruins and nearly a "
        "thousand members of Boko Haram dead."
    )
    incident = next(i for i in document["incidents"] if i["date"] == "2025-03-09")
    names = {g["key"]: g["name"] for g in document["groups"]}
    assert [names[k] for k in incident["perpetrators"]] == []
