"""Who was attacked, read from the sentence's own words: an attack verb in every one of its forms takes what it hit as
its object ("insurgents ambushing farmers", "rebels are raiding an army base")."""

from __future__ import annotations

from .readers import incident_types


def test_insurgents_ambushing_farmers_is_an_attack_on_civilians(run):
    document = run(
        "MAIDUGURI: Insurgents came back to Bama on Sunday, ambushing farmers at harvest and beheading three men."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_insurgents_ambushing_an_army_patrol_stays_a_clash(run):
    document = run(
        "MAIDUGURI: On Sunday, insurgents returned to Bama, this time ambushing an army patrol and killing three "
        "soldiers."
    )
    assert incident_types(document) == ["armed_clash"]


def test_insurgents_ambushing_a_police_convoy_stays_a_clash(run):
    document = run("MAIDUGURI: On Sunday, insurgents ambushing a police convoy near Bama killed three men.")
    assert incident_types(document) == ["armed_clash"]


def test_rebels_raiding_an_army_base_is_a_clash(run):
    document = run(
        "MAIDUGURI: Rebels are raiding an army base near Bama, killing five people, officials said on Sunday."
    )
    assert incident_types(document) == ["armed_clash"]


def test_gunmen_raiding_a_village_stays_an_attack_on_civilians(run):
    document = run("MAIDUGURI: Gunmen raiding a village near Bama on Sunday killed seven villagers.")
    assert incident_types(document) == ["attack_on_civilians"]
