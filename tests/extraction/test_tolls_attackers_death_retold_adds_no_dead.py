"""An attacker's death told after the toll in other words ("before being shot dead by police", "the driver was shot
dead", "a fourth gunman had been killed") adds no dead: such lines more often restate a death already
counted (the toll names the driver, a second attacker told twice) or deny it than add one, so they add nothing new."""

from __future__ import annotations

import pytest


def _tolls(document):
    return [i["fatalities"] for i in document["incidents"]]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # the third gunman is one of the three the toll holds
        (
            "Gunmen stormed a hotel in Mogadishu, Somalia, on Friday. Twenty people, including three gunmen, were "
            "killed, police said. A third gunman was killed on the roof after a five-hour siege.",
            21,
        ),
        # the second attacker already counted once
        (
            "Two suicide bombers attacked a police station in Quetta, Pakistan, on Monday, killing 11 people. One "
            "attacker blew himself up at the gate, and a second attacker was killed by guards before he could "
            "detonate his vest.",
            12,
        ),
        # a denied or doubted fourth gunman
        (
            "Gunmen seized a hotel in Mogadishu, Somalia, on Friday, killing 20 people, and three gunmen were killed "
            "as troops stormed the building. It was unclear whether a fourth gunman was killed or escaped.",
            24,
        ),
        (
            "Gunmen seized a hotel in Mogadishu, Somalia, on Friday, killing 20 people, and three gunmen were killed "
            "as troops stormed the building. Officials denied reports that a fourth gunman had been killed.",
            23,
        ),
        # the second militant is one of the two counted
        (
            "Militants attacked an army base in Bannu, Pakistan, on Tuesday, killing seven soldiers. Two militants "
            "were killed. One was shot at the gate and a second militant was killed inside the compound.",
            9,
        ),
        # the toll names the driver already
        (
            "A man drove a car into a crowd in Magdeburg, Germany, on Friday. Police said six people, including the "
            "driver, were killed. The driver was shot dead by officers at the scene.",
            6,
        ),
        # the bus driver is one of the nine
        (
            "Gunmen ambushed a bus on the Maiduguri-Damboa road in Borno state, Nigeria, on Monday, killing nine "
            "people. The driver was shot dead at the wheel, survivors said.",
            9,
        ),
        # a suicide truck's driver
        (
            "A truck packed with explosives rammed a checkpoint in Mogadishu, Somalia, on Saturday, killing 14 "
            "soldiers. The driver was killed in the explosion, police said.",
            14,
        ),
        # one of the three robbers the police killed
        (
            "Police killed three suspected robbers in a shootout in Lagos, Nigeria, on Monday. One of them fired at "
            "officers before being shot dead by police, a spokesman said.",
            3,
        ),
        # a protester among the five, not an attacker
        (
            "Police opened fire on protesters in Khartoum, Sudan, on Monday, killing five people. One man was beaten "
            "before being shot dead by security forces, witnesses said.",
            5,
        ),
    ],
)
def test_an_attackers_death_told_after_the_toll_adds_nothing_new(run, text, toll):
    assert _tolls(run(text)) == [toll]
