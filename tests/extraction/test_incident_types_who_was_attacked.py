"""Incident types told by who or what did the attacking and whom it was aimed at: an aircraft or a drone that fired
or blew up is a strike from the air; a named officeholder shot is a targeted killing, also when others died beside
them or the attackers died in a shootout with the guards."""

from __future__ import annotations

from .readers import incident_types

# ---------------------------------------------------------------- aircraft and drones


def test_helicopters_that_opened_fire_on_a_school_are_a_strike_from_the_air(run):
    document = run(
        "PESHAWAR: Army helicopters opened fire on a school in Khar on Friday, killing seven children, residents said."
    )
    assert incident_types(document) == ["air_or_drone_strike"]


def test_a_drone_of_the_army_that_bombed_a_gathering_is_a_strike_from_the_air(run):
    document = run(
        "MAIDUGURI: At least 30 villagers were killed in Bama on Sunday when a drone of the army bombed a crowd "
        "gathered for a naming ceremony, residents said."
    )
    assert incident_types(document) == ["air_or_drone_strike"]


def test_explosive_drones_that_went_off_near_a_parade_are_a_strike_from_the_air(run):
    document = run(
        "KABUL: Two explosive drones went off above a parade in Kabul on Monday, wounding nine soldiers, officials "
        "said."
    )
    assert incident_types(document) == ["air_or_drone_strike"]


def test_a_drone_that_only_filmed_gunmen_opening_fire_is_no_strike_from_the_air(run):
    document = run(
        "MAIDUGURI: Gunmen killed twelve villagers in Bama on Sunday; a police drone filmed the men as they opened "
        "fire on the market, officials said."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_a_helicopter_that_flew_the_wounded_out_is_no_strike_from_the_air(run):
    document = run(
        "PESHAWAR: A bomb exploded in a market in Khar on Friday, killing six people; a helicopter flew the "
        "wounded to Peshawar, officials said."
    )
    assert incident_types(document) == ["bombing"]


def test_a_drone_circling_while_militants_fired_is_no_strike_from_the_air(run):
    document = run(
        "PESHAWAR: A surveillance drone circled overhead as militants fired on a checkpoint in Khar on Friday, "
        "killing three soldiers, the army said."
    )
    assert incident_types(document) == ["armed_clash"]


# ---------------------------------------------------------------- a named officeholder shot


def test_a_named_mayor_who_died_after_gunmen_attacked_him_is_a_targeted_killing(run):
    document = run(
        "PESHAWAR: Khar Mayor Gul Zaman Afridi died on Sunday following an armed attack at a ribbon-cutting in Khar, "
        "and one of the gunmen was wounded in a shootout with his guards, police said."
    )
    assert incident_types(document) == ["targeted_killing"]


def test_a_named_governor_shot_dead_with_others_is_a_targeted_killing(run):
    document = run(
        "PESHAWAR: Gov. Sher Ali Wazir and four other people were shot dead on Saturday when gunmen stormed his home "
        "in Khar, police said."
    )
    assert incident_types(document) == ["targeted_killing"]


def test_a_candidate_named_before_his_office_who_was_shot_is_a_targeted_killing(run):
    document = run(
        "PESHAWAR: Sher Ali Wazir, a candidate for the provincial assembly, was shot at a rally in Khar on Saturday "
        "as dozens of supporters looked on, police said."
    )
    assert incident_types(document) == ["targeted_killing"]


def test_a_named_governor_who_only_tells_of_a_killing_is_no_targeted_killing(run):
    document = run(
        "MAIDUGURI: Governor Babagana Zulum said gunmen killed nine villagers in Bama on Sunday, and condemned the "
        "attack on the market."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_a_named_ministers_guards_shot_dead_are_no_targeted_killing_of_the_minister(run):
    document = run(
        "PESHAWAR: Militants ambushed the convoy of Minister Sher Ali Wazir near Khar on Saturday, and three of his "
        "guards were killed in the exchange of fire, police said."
    )
    assert incident_types(document) == ["armed_clash"]


def test_a_mayor_unnamed_among_the_dead_of_a_massacre_is_no_targeted_killing(run):
    document = run(
        "MAIDUGURI: Gunmen stormed a village near Bama on Sunday and killed 23 villagers, the village head among "
        "them, the mayor said."
    )
    assert incident_types(document) == ["attack_on_civilians"]
