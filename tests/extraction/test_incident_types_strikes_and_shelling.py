"""Incident types: a terror strike is no air strike, a suicide vehicle is a suicide bombing, a shelled town is
its people's."""

from __future__ import annotations

from .readers import incident_types


def test_a_terror_strike_is_no_air_strike(run):
    document = run(
        "PESHAWAR: A militant steered his explosives-filled sedan at an army truck in Khar on Friday, killing 20 "
        "soldiers in the deadliest terror strike the district has seen."
    )
    assert incident_types(document) == ["bombing"]


def test_a_blast_whose_bomber_drove_a_suicide_truck_is_a_suicide_bombing(run):
    document = run(
        "PESHAWAR: A lorry loaded with explosives went off beside an army convoy in Khar on Friday, killing 20 "
        "soldiers. The suicide truck had been driven by a local youth, police said."
    )
    assert incident_types(document) == ["suicide_bombing"]


def test_forces_shelling_a_town_is_an_attack_on_civilians(run):
    document = run("MAIDUGURI: Army gunners shelled the border town of Bama through Friday night.")
    assert incident_types(document) == ["attack_on_civilians"]
