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


def test_a_bomber_setting_off_or_triggering_his_vest_is_a_suicide_bombing(run):
    for text in (
        "KABUL: A bomber set off his vest beside a ticket office in Kabul on Friday, killing 11 travellers.",
        "KABUL: A woman detonates her belt beside a ticket office in Kabul, killing 11 travellers, police say.",
        "KABUL: A teenager triggered his vest beside a ticket office in Kabul on Friday, killing 11 travellers.",
    ):
        assert incident_types(run(text)) == ["suicide_bombing"], text


def test_a_suicide_rickshaw_bomber_is_a_suicide_bombing(run):
    document = run("PESHAWAR: A suicide rickshaw bomber rammed a fruit stall in Khar on Sunday, killing six shoppers.")
    assert incident_types(document) == ["suicide_bombing"]


def test_an_ambush_on_one_bus_killing_passengers_is_an_attack_on_civilians(run):
    document = run("MAIDUGURI: Suspected rebels ambushed a bus near Bama on Sunday, killing nine passengers.")
    assert incident_types(document) == ["attack_on_civilians"]


def test_peacekeepers_under_fire_is_a_fight(run):
    document = run("MAIDUGURI: Two peacekeepers died on Sunday when their patrol came under fire near Bama.")
    assert incident_types(document) == ["armed_clash"]


def test_peacekeepers_found_dead_after_a_convoy_came_under_fire_is_a_fight(run):
    # the toll names no one: the peacekeepers the lead tells dead are its dead
    document = run(
        "MAIDUGURI: Three peacekeepers were found dead on Tuesday after raiders fired on a supply convoy outside "
        "Bama, taking the death toll to seven."
    )
    assert incident_types(document) == ["armed_clash"]


def test_a_force_only_named_as_a_source_is_not_the_dead_of_a_toll_naming_no_one(run):
    # "police told reporters": the force tells the toll, its men are not the dead; the van's people were attacked
    document = run(
        "MAIDUGURI: Gunmen ambushed a van near Bama on Sunday, police told reporters, bringing the death toll in the "
        "ambush to five."
    )
    assert incident_types(document) == ["attack_on_civilians"]
