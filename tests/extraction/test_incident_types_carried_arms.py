"""Incident types: bombs named only among the arms men carried with their guns are no blast."""

from __future__ import annotations

from .readers import incident_types


def test_rebels_attacking_a_post_with_guns_and_explosives_in_a_clash_are_a_fight(run):
    document = run(
        "MAIDUGURI: Rebels hit an army post near Bama with rifles and explosives on Friday; the clash left five "
        "soldiers and two rebels dead."
    )
    assert incident_types(document) == ["armed_clash"]


def test_gunmen_wielding_pistols_and_bombs_who_hold_staff_hostage_are_an_abduction(run):
    document = run(
        "MAIDUGURI: Masked men wielding pistols, rifles and homemade bombs took over a radio station in Bama on "
        "Friday. They held the presenter hostage for three hours until police freed him."
    )
    assert incident_types(document) == ["abduction"]


def test_attackers_armed_with_guns_and_suicide_vests_are_no_suicide_bombing(run):
    document = run(
        "MAIDUGURI: Gunmen armed with rifles, grenades and suicide vests killed 14 guests at a hotel in Maiduguri on "
        "Friday, police said."
    )
    assert incident_types(document) == ["attack_on_civilians"]
