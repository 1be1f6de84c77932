"""Incident types: a fight of two armed sides, and a force's men among the dead, make an armed clash."""

from __future__ import annotations

from .readers import incident_types


def test_a_long_battle_between_an_army_and_militants_is_a_clash(run):
    document = run(
        "MAIDUGURI: Bama was ruined in 2016 by a battle between the army and jihadist militants, which left 800 "
        "dead, including some civilians."
    )
    assert incident_types(document) == ["armed_clash"]


def test_a_massacre_told_as_tribal_fighting_is_a_clash(run):
    document = run(
        "MAIDUGURI: Police fear that 40 men died on Friday in a massacre near Bama. "
        "They were gunned down in a dawn ambush, the bloodiest tribal fighting the district has known."
    )
    assert incident_types(document) == ["armed_clash"]


def test_a_policeman_fired_on_at_his_checkpoint_is_a_clash(run):
    document = run(
        "MAIDUGURI: Masked men fired at a lone policeman guarding a checkpoint near Bama on Friday and wounded "
        "him in the leg."
    )
    assert incident_types(document) == ["armed_clash"]


def test_police_officers_named_among_dead_first_told_as_people_is_a_clash(run):
    document = run(
        "MAIDUGURI: Officials said seven people died on Friday in militant attacks near Bama. "
        "A barn was set alight first, and a police unit drove out to help the farmers. "
        "The militants then opened fire, killing four police officers and three locals."
    )
    assert incident_types(document) == ["armed_clash"]
