"""Incident types: suicide bombs told by the vehicle that carried them or the vest the bomber set off, one bus as an
attack's target, and peacekeepers as a force's men (also when the toll names no one)."""

from __future__ import annotations

from .readers import incident_types


def test_a_suicide_lorry_bomb_is_a_suicide_bombing(run):
    document = run("PESHAWAR: A suicide lorry bomb tore through a market in Khar on Sunday, killing 30 people.")
    assert incident_types(document) == ["suicide_bombing"]


def test_a_suicide_motorcycle_bomber_is_a_suicide_bombing(run):
    document = run("QUETTA: A suicide motorcycle bomber struck a bus stop in Quetta on Monday, killing eight people.")
    assert incident_types(document) == ["suicide_bombing"]


def test_a_bomber_detonating_his_vest_is_a_suicide_bombing(run):
    document = run("KABUL: A bomber detonated his vest at a wedding hall in Kabul on Friday, killing 20 guests.")
    assert incident_types(document) == ["suicide_bombing"]


def test_an_ambush_on_one_bus_killing_passengers_is_an_attack_on_civilians(run):
    document = run("MAIDUGURI: Suspected rebels ambushed a bus near Bama on Sunday, killing nine passengers.")
    assert incident_types(document) == ["attack_on_civilians"]


def test_peacekeepers_under_fire_is_a_fight(run):
    document = run("MAIDUGURI: Two peacekeepers died on Sunday when their patrol came under fire near Bama.")
    assert incident_types(document) == ["armed_clash"]


def test_peacekeepers_found_dead_after_an_attack_on_a_convoy_is_a_fight(run):
    document = run(
        "MAIDUGURI: Two more peacekeepers were found dead after an attack on a convoy near Bama, officials said "
        "on Monday, bringing the death toll to three."
    )
    assert incident_types(document) == ["armed_clash"]
