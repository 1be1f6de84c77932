"""Incident types: a strike told with shelling or rockets that hit, and no aircraft or drone in that line, is fire
from the ground (README "Types": shelling of civilians is an attack on them)."""

from __future__ import annotations

from .readers import incident_types


def test_a_strike_told_with_artillery_shelling_that_hit_homes_is_an_attack_on_civilians(run):
    document = run(
        "MAIDUGURI: A strike levelled a row of homes in Bama on Sunday, killing nine people in their sleep. "
        "Rebel artillery shelling hit two more streets of the town."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_aerial_attacks_told_as_shelling_that_hit_homes_are_an_attack_on_civilians(run):
    document = run(
        "MAIDUGURI: Officials said on Monday that aerial attacks overnight killed two people in Bama. "
        "The governor said artillery shells struck two blocks of flats in the town."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_a_drone_strike_beside_rockets_fired_stays_a_drone_strike(run):
    document = run(
        "MAIDUGURI: A drone strike on a market in Bama killed eight people on Sunday. "
        "Rebels also fired rockets at the town, and the strike hit its busiest stall."
    )
    assert incident_types(document) == ["air_or_drone_strike"]


def test_an_air_strike_told_with_shelling_in_the_same_line_stays_an_air_strike(run):
    document = run("MAIDUGURI: Air strikes and shelling hit Bama on Sunday, killing eight villagers, residents said.")
    assert incident_types(document) == ["air_or_drone_strike"]
