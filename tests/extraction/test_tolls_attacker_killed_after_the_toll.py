"""An attacker's own death told after the toll, in words the lone-attacker reading did not know, is one more dead
(README "Counts": everyone the source reports killed): "before being shot dead by police", "the driver was shot
dead" in a ramming, "a fourth gunman had been killed" after three counted. Not a victim's death at the attackers'
hands, not a driver who blew himself up, not an attacker caught or fled."""

from __future__ import annotations

import pytest


def _tolls(document):
    return [i["fatalities"] for i in document["incidents"]]


# Must not fire.
@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # shot dead by the attackers: a victim, not an attacker
        ("Gunmen killed 12 villagers in Bama on Monday. A guard fought back before being shot dead by the gunmen.", 12),
        # the driver lived
        ("A truck ploughed into a crowd in Bama on Monday, killing 20 people. The driver was arrested.", 20),
        # a suicide bomber's own death is never counted
        (
            "A suicide bomber drove a car packed with explosives into the gate of a base in Bama on Monday, killing "
            "four guards. The driver was killed in the blast.",
            4,
        ),
        # the fourth gunman fled
        (
            "Gunmen seized a hotel in Bama on Monday. 20 people were killed and three gunmen were killed as troops "
            "stormed the building. Officials later said a fourth gunman had escaped.",
            23,
        ),
        ("Gunmen killed five villagers in Bama on Monday. A second gunman was wounded and arrested.", 5),
    ],
)
def test_no_attacker_death_is_added_where_none_is_told(run, text, toll):
    assert _tolls(run(text)) == [toll]


def test_an_attacker_shot_dead_by_police_after_the_toll_is_one_more_dead(run):
    document = run(
        "A man drove a lorry into a crowd in Bama on Monday, killing 30 people. He then fired a pistol before being "
        "shot dead by police."
    )
    assert _tolls(document) == [31]


def test_the_driver_of_a_ramming_shot_dead_is_one_more_dead(run):
    document = run(
        "A truck ploughed through a crowd at a market in Bama on Monday, killing 30 people. The driver was shot "
        "dead after the truck stopped."
    )
    assert _tolls(document) == [31]


def test_a_fourth_gunman_killed_after_three_counted_is_one_more_dead(run):
    document = run(
        "Gunmen seized a hotel in Bama on Monday. 20 people were killed and three gunmen were killed as troops "
        "stormed the building. Officials later said a fourth gunman had been killed."
    )
    assert _tolls(document) == [24]


def test_a_fourth_gunman_after_three_told_apart_from_the_toll_is_one_more_dead(run):
    document = run(
        "Gunmen seized a hotel in Bama on Monday and 20 people were killed, the governor said. Three gunmen were "
        "also killed, police said. The governor later said a fourth gunman had been killed."
    )
    assert _tolls(document) == [24]


def test_a_fourth_gunman_who_escaped_adds_no_one(run):
    document = run(
        "Gunmen seized a hotel in Bama on Monday and 20 people were killed, the governor said. Three gunmen were "
        "also killed, police said. The governor later said a fourth gunman had escaped."
    )
    assert _tolls(document) == [23]


def test_a_driver_shot_dead_before_a_total_toll_is_one_more_dead(run):
    document = run(
        "A truck ploughed through a crowd at a market in Bama on Monday. The driver was shot dead after the truck "
        "stopped. The interior minister said the death toll stood at 30."
    )
    assert _tolls(document) == [31]


def test_a_driver_arrested_before_a_total_toll_adds_no_one(run):
    document = run(
        "A truck ploughed through a crowd at a market in Bama on Monday. The driver was arrested after the truck "
        "stopped. The interior minister said the death toll stood at 30."
    )
    assert _tolls(document) == [30]
