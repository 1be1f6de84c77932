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


# ---------------------------------------------------------------- ordinary wordings the rules must not misread


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


# -------------------------------------------- more wordings the rules must not misread, and ones they keep


def test_helicopters_that_then_fired_on_fleeing_bandits_make_no_strike_from_the_air_of_a_massacre(run):
    document = run(
        "GUSAU: Bandits killed 30 villagers in Maru on Saturday, and air force helicopters then opened fire on the "
        "fleeing bandits, residents said."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_a_lawmaker_killed_by_a_stray_bullet_during_clashes_is_no_targeted_killing(run):
    document = run(
        "LIMA: Lawmaker Rosa Quispe was killed by a stray bullet on Thursday during clashes between police and "
        "protesters in Puno, officials said."
    )
    assert "targeted_killing" not in incident_types(document)


def test_a_shadow_governor_killed_in_clashes_with_forces_is_an_armed_clash(run):
    document = run(
        "KABUL: Governor Mullah Abdul Salam, a Taliban shadow governor, was killed in clashes with Afghan forces in "
        "Kunduz on Monday, the army said."
    )
    assert incident_types(document) == ["armed_clash"]


def test_reports_that_a_mayor_was_shot_told_false_are_no_targeted_killing(run):
    document = run(
        "MEXICO CITY: Prosecutors said on Tuesday that reports that Mayor Ana Ruiz was shot on Sunday were false and "
        "that she was unharmed."
    )
    assert "targeted_killing" not in incident_types(document)


def test_a_minister_killed_when_his_car_collided_with_a_lorry_is_no_targeted_killing(run):
    document = run(
        "KARACHI: Minister Ali Shah was killed on Wednesday when his car collided with a lorry on the Super Highway, "
        "police said."
    )
    assert "targeted_killing" not in incident_types(document)


def test_a_senator_killed_with_eleven_others_on_a_bus_is_an_attack_on_civilians(run):
    document = run(
        "LAGOS: Senator Ike Eze and 11 others were killed when gunmen attacked a bus on the Enugu highway on Friday, "
        "police said."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_fighter_jets_of_an_air_force_that_bombed_a_camp_are_a_strike_from_the_air(run):
    document = run(
        "MOGADISHU: Fighter jets of the Kenyan air force bombed an al-Shabaab camp in Gedo on Saturday, killing 40 "
        "militants, the Kenyan military said."
    )
    assert incident_types(document) == ["air_or_drone_strike"]


def test_a_senator_who_survived_an_assassination_attempt_is_a_targeted_killing(run):
    document = run(
        "MANILA: Sen. Juan Dela Cruz survived an assassination attempt on Monday when gunmen fired at his convoy in "
        "Cavite, police said."
    )
    assert incident_types(document) == ["targeted_killing"]


def test_a_governor_shot_at_by_gunmen_who_escaped_unhurt_is_a_targeted_killing(run):
    document = run("NAIROBI: Governor Jane Mwangi was shot at by gunmen on Saturday but escaped unhurt, police said.")
    assert incident_types(document) == ["targeted_killing"]


def test_a_governor_killed_in_a_firefight_after_rebels_attacked_his_convoy_is_a_targeted_killing(run):
    document = run(
        "BOGOTA: Governor Carlos Ramirez was killed on Thursday in a firefight between his bodyguards and rebels who "
        "had attacked his convoy in Cauca, the army said."
    )
    assert incident_types(document) == ["targeted_killing"]
