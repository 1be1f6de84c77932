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


# ---------------------------------------------------------------- review cases: ordinary wordings the rules misread


def test_a_helicopter_that_exploded_after_a_rocket_hit_it_is_no_strike_from_the_air(run):
    document = run(
        "PESHAWAR: A military helicopter exploded after it was hit by a rocket fired by militants near Miranshah on "
        "Friday, killing five soldiers, the army said."
    )
    assert incident_types(document) == ["armed_clash"]


def test_a_helicopter_fired_on_by_gunmen_that_exploded_as_it_fell_is_no_strike_from_the_air(run):
    document = run(
        "CULIACAN: Cartel gunmen opened fire on a police helicopter over Sinaloa on Monday; the helicopter exploded "
        "as it hit the ground, killing four officers, officials said."
    )
    assert incident_types(document) == ["armed_clash"]


def test_a_plane_blown_up_by_a_bomb_aboard_is_a_bombing_not_a_strike_from_the_air(run):
    document = run(
        "CAIRO: A bomb hidden in a laptop went off aboard a passenger plane over Sinai on Tuesday, and the aircraft "
        "exploded in mid-air, killing all 80 people on board, officials said."
    )
    assert incident_types(document) == ["bombing"]


def test_warplanes_that_bombed_the_district_last_year_make_no_strike_from_the_air_of_a_massacre(run):
    document = run(
        "MAIDUGURI: Gunmen killed 18 villagers in Bama on Sunday, in a district where air force warplanes bombed "
        "militant camps last year, residents said."
    )
    assert incident_types(document)[0] == "attack_on_civilians"


def test_bodyguards_of_a_named_mayor_killed_are_no_targeted_killing_of_the_mayor(run):
    # (main reads this as an attack on civilians; the point here is that the mayor, unhurt, was not the one killed)
    document = run(
        "MEXICO CITY: Two bodyguards of Mayor Juan Carlos Ramirez were killed on Sunday when gunmen ambushed the "
        "mayor's convoy in Guerrero, police said."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_supporters_of_a_named_senator_shot_dead_are_no_targeted_killing(run):
    document = run(
        "PESHAWAR: Five supporters of Senator Ali Khan Jadoon were shot dead at a rally in Abbottabad on Saturday, "
        "police said."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_villagers_of_a_senators_home_district_killed_are_no_targeted_killing(run):
    document = run(
        "PESHAWAR: Twelve villagers in North Waziristan, the home district of Senator Ali Khan, were killed by gunmen "
        "on Saturday, police said."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_a_governors_past_escape_from_an_attempt_makes_no_targeted_killing_of_a_massacre(run):
    document = run(
        "MAIDUGURI: Gunmen killed nine farmers in Bama on Sunday. The attack came a year after Governor Babagana "
        "Zulum survived an assassination attempt on the same road, residents said."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_a_former_minister_who_died_of_a_heart_attack_is_no_targeted_killing(run):
    document = run(
        "PESHAWAR: Militants attacked a checkpoint in Khar on Friday, killing two soldiers, the army said. Former "
        "Minister Gul Zaman Afridi died on Saturday after a heart attack, his family said."
    )
    assert incident_types(document) == ["armed_clash"]


def test_a_councillor_killed_among_two_dozen_villagers_is_an_attack_on_civilians(run):
    document = run(
        "MAIDUGURI: Councillor Musa Ibrahim and 24 other villagers were killed on Sunday when gunmen stormed Bama, "
        "residents said."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_a_presidential_candidate_shot_at_a_rally_is_a_targeted_killing(run):
    document = run(
        "BOGOTA: Presidential candidate Miguel Uribe was shot at a campaign rally in Bogota on Saturday and is in "
        "critical condition, police said."
    )
    assert incident_types(document) == ["targeted_killing"]
