"""A victim and his or her companion killed together ("X and her driver were murdered", "killing the mayor and his
wife"): two dead, though neither is numbered. Not when the pair was wounded, arrested or only shot at, nor when the
companion is the subject of another verb, nor when the pair is a part of a larger count."""

from __future__ import annotations

import pytest

from .readers import killed_values


@pytest.mark.parametrize(
    "text",
    [
        "Valk and her driver were murdered on March 3, 2019.",
        "The mayor of Delsk, Irina Valk, and her driver were shot dead on Friday near the town hall.",
        "Senator Ana Brell and her husband, Piet Brell, were shot and killed at their home overnight.",
        "The judge and his bodyguard were gunned down outside the court in Lorvik.",
        "Two former officers confessed to killing the Korva politician and her driver Tomas Ruud in 2018.",
        "Gunmen shot dead Senator Ana Brell and her husband in Lorvik on Friday.",
    ],
)
def test_a_victim_and_his_or_her_companion_killed_are_two_dead(text):
    assert killed_values(text) == [2]


@pytest.mark.parametrize(
    "text",
    [
        # the wounded, the arrested, the shot at
        "Brell and her driver were wounded in the attack on Friday.",
        "Brell and her husband were arrested on Friday in Lorvik.",
        "A gunman shot and wounded Senator Piet Lorn and his wife at their home in Delsk.",
        "Gunmen tried to assassinate the Korva politician and her driver near the town hall.",
        # the companion is the subject of another verb
        "Gunmen killed the mayor's guard and her driver was wounded.",
    ],
)
def test_a_pair_not_killed_is_no_toll_of_two(text):
    assert 2 not in killed_values(text)


def test_a_pair_inside_a_larger_count_adds_nothing():
    assert killed_values("Six people, among them the mayor and her driver, were killed in the blast.") == [6]
    assert killed_values("The blast killed six people, including the mayor and her driver.") == [6]


def test_the_pair_is_the_events_toll(run):
    document = run("KORVA: Senator Ana Brell and her husband were shot dead at their home in Lorvik on Friday.")
    assert [i["fatalities"] for i in document["incidents"]] == [2]


@pytest.mark.parametrize(
    "text",
    [
        "A deputy minister and his wife were killed along with four guards when fighters stormed a hotel in Delsk.",
        "Gunmen shot dead Senator Ana Brell and her husband, together with three of her guards, in Lorvik.",
        "The judge and his bodyguard were gunned down as well as two passers-by outside the court.",
    ],
)
def test_a_pair_killed_along_with_others_is_not_a_toll_of_two(text):
    # the pair is a part of a toll whose other part counts do not add to it
    assert 2 not in killed_values(text)
