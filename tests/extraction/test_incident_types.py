"""Incident types: attack on civilians, armed clash, targeted killing, strikes, bombings, raids."""

from __future__ import annotations

from .readers import (
    incident_types,
)


def test_militants_attacking_a_police_station_is_a_clash(run):
    document = run(
        "PESHAWAR: Militants attacked a police station in Khar late on Sunday, killing six policemen. "
        "They also threw hand grenades at the building."
    )
    assert incident_types(document) == ["armed_clash"]


def test_gunmen_storming_a_school_and_killing_schoolboys_is_an_attack_on_civilians(run):
    document = run("MAIDUGURI: In March 2014, Boko Haram gunmen stormed a school in Bama and killed 59 schoolboys.")
    assert incident_types(document) == ["attack_on_civilians"]


def test_many_people_shot_dead_at_once_are_no_targeted_killing(run):
    document = run("QUETTA: Gunmen shot dead nine men at a bus stop near Quetta on Sunday.")
    assert incident_types(document) == ["attack_on_civilians"]


def test_security_forces_killing_in_an_operation_is_a_clash(run):
    document = run("PESHAWAR: Security forces killed 11 khawarij in an intelligence-based operation near Khar.")
    assert incident_types(document) == ["armed_clash"]


def test_a_quadcopter_dropping_explosives_is_a_drone_strike(run):
    document = run(
        "PESHAWAR: On Sunday, a quadcopter dropped an explosive device on a house in Khar, killing two children."
    )
    assert incident_types(document) == ["air_or_drone_strike"]


def test_soldiers_shooting_dead_militants_is_a_fight(run):
    document = run("MAIDUGURI, Nigeria — Nigerian Army soldiers shot dead two militants near Bama on Sunday.")
    incident = document["incidents"][0]
    assert incident["type"] == "armed_clash"


def test_gunmen_shooting_dead_a_chief_stays_a_targeted_killing(run):
    document = run("MAIDUGURI, Nigeria — Gunmen shot dead a village chief near Bama on Sunday.")
    assert document["incidents"][0]["type"] == "targeted_killing"


def test_a_night_raid_that_kills_villagers_is_no_arrest(run):
    document = run("MAIDUGURI: Gunmen killed 20 villagers in a night raid on a village near Bama on Sunday.")
    assert document["incidents"][0]["type"] == "attack_on_civilians"


def test_the_toll_of_an_attack_on_a_village_is_an_attack_on_civilians(run):
    document = run(
        "MAIDUGURI: The death toll from an attack by Boko Haram rebels on a village near Bama has risen to 27, "
        "officials said on Thursday."
    )
    assert document["incidents"][0]["type"] == "attack_on_civilians"


def test_blowing_up_a_vehicle_is_a_bombing(run):
    document = run("RAIPUR: Maoists blew up a police vehicle near Raipur on Sunday, killing seven policemen.")
    assert [(i["type"], i["fatalities"]) for i in document["incidents"]] == [("bombing", 7)]


def test_an_ambush_the_next_sentence_tells_as_a_roadside_bomb_is_a_bombing(run):
    document = run(
        "MAIDUGURI: Five soldiers were killed on Sunday in an ambush near Bama that the army blamed on Boko Haram. "
        "A roadside bomb exploded as their convoy drove past."
    )
    assert incident_types(document) == ["bombing"]


def test_an_ambush_fought_with_guns_stays_a_clash(run):
    document = run(
        "MAIDUGURI: Five soldiers were killed on Sunday in an ambush near Bama that the army blamed on Boko Haram. "
        "The attackers opened fire from the bush."
    )
    assert incident_types(document) == ["armed_clash"]


def test_a_killing_with_people_taken_as_well_stays_the_killing(run):
    document = run(
        "MAIDUGURI: On Sunday, gunmen on motorbikes attacked Bama, killing nine persons. "
        "The gunmen looted shops and are also said to have kidnapped some villagers."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_a_shootout_between_armed_groups_is_a_clash_though_it_counts_people(run):
    document = run("MAIDUGURI: A shootout between two armed groups near Bama on Sunday left nine people dead.")
    assert incident_types(document) == ["armed_clash"]


def test_one_unnamed_civilian_shot_dead_is_an_attack_on_civilians(run):
    document = run("MAIDUGURI: On Sunday, a motorcyclist was shot dead in Bama, officials said.")
    assert incident_types(document) == ["attack_on_civilians"]


def test_a_mass_toll_with_no_fight_told_is_an_attack_on_civilians(run):
    document = run("MOSCOW: On Saturday, officials said the death toll in the concert hall attack had risen to 133.")
    assert incident_types(document) == ["attack_on_civilians"]


def test_forces_shooting_dead_an_alleged_member_of_a_group_is_a_fight(run):
    document = run("MAIDUGURI: On Sunday, Nigerian Army soldiers shot dead an alleged member of Boko Haram near Bama.")
    assert incident_types(document) == ["armed_clash"]


def test_state_forces_killing_during_a_raid_is_a_raid(run):
    document = run(
        "PESHAWAR: Pakistan Army soldiers killed nine people during a raid on a village near Khar on Sunday."
    )
    assert incident_types(document) == ["arrest_or_raid"]


def test_gunmen_killing_during_a_raid_stay_an_attack(run):
    document = run("MAIDUGURI: Gunmen killed 20 villagers during a raid on a village near Bama on Sunday.")
    assert incident_types(document) == ["attack_on_civilians"]


def test_militants_killed_in_a_police_raid_with_grenades_is_a_raid(run):
    document = run(
        "DHAKA: Police raided a militant hideout in Sylhet on Monday, killing three suspected militants. "
        "They hurled grenades at the officers before the building caught fire."
    )
    assert incident_types(document) == ["arrest_or_raid"]


def test_an_explosion_during_a_raid_by_troops_is_a_raid(run):
    document = run("NABLUS: A house exploded during a raid by Israeli troops in Nablus on Tuesday, killing two men.")
    assert incident_types(document) == ["arrest_or_raid"]


def test_rebels_raiding_a_police_post_is_no_security_force_raid(run):
    document = run("MAIDUGURI: Rebels raided a police post in Bama on Sunday, killing four policemen.")
    assert incident_types(document) != ["arrest_or_raid"]


def test_an_attack_on_a_security_point_stays_a_clash_when_a_later_line_names_a_bomb(run):
    document = run(
        "YALA: Twelve people were killed in an attack by suspected rebels on a security point in Yala on Tuesday. "
        "Soldiers later found a small explosive device beside the road."
    )
    assert incident_types(document) == ["armed_clash"]


def test_attackers_activating_explosive_belts_is_a_suicide_bombing(run):
    document = run(
        "KABUL: Two attackers activated their explosive belts in a crowd near a shrine in Herat on Friday, "
        "killing 20 people."
    )
    assert incident_types(document) == ["suicide_bombing"]


def test_an_event_tied_to_an_earlier_one_takes_the_type_of_the_earlier_one(run):
    document = run(
        "ADEN: Rebels killed two soldiers in a drone strike on an army post in Lahij on Sunday. "
        "The drone strike came only days after rebels hit a government brigade in Abyan on Wednesday, sparking clashes "
        "that left three soldiers dead."
    )
    assert incident_types(document) == ["air_or_drone_strike", "armed_clash"]


def test_one_person_killed_by_an_attacker_at_a_school_is_an_attack_on_civilians(run):
    document = run("LYON: An attacker with a knife killed one person and wounded three others at a school in Lyon.")
    assert incident_types(document) == ["attack_on_civilians"]


def test_police_killing_a_militant_who_was_planting_a_bomb_is_a_clash(run):
    document = run("BAGHDAD: Police killed a militant in Baquba as he tried to plant a bomb on Monday.")
    assert incident_types(document) == ["armed_clash"]


def test_forces_operating_to_apprehend_a_cell_is_a_raid_even_when_they_kill(run):
    document = run(
        "NABLUS: Troops were operating in Balata camp on Monday to apprehend a cell of gunmen and killed two "
        "militants in an exchange of fire."
    )
    assert incident_types(document) == ["arrest_or_raid"]


def test_bombings_in_the_plural_are_bombings(run):
    document = run("BAGHDAD: Twin car bombings killed 30 people at a market in Karbala on Monday.")
    assert incident_types(document) == ["bombing"]


def test_kidnappings_in_the_plural_are_abductions(run):
    document = run(
        "LAGOS: A wave of kidnappings on the Kaduna highway on Sunday left 12 travellers in the hands of gunmen."
    )
    assert incident_types(document) == ["abduction"]


def test_a_strike_by_a_state_on_a_house_is_an_air_strike(run):
    document = run("GAZA: An Israeli strike on a house in Rafah killed 12 people on Monday.")
    assert incident_types(document) == ["air_or_drone_strike"]


def test_a_hunger_strike_is_no_air_strike(run):
    document = run("KABUL: Two prisoners on a hunger strike were shot dead by guards in Kabul on Monday.")
    assert "air_or_drone_strike" not in incident_types(document)


def test_pirates_hijacking_a_vessel_at_sea_is_an_abduction(run):
    document = run(
        "MOGADISHU: Pirates hijacked a fishing vessel off Eyl on Monday and took its 20 crew members ashore."
    )
    assert incident_types(document) == ["abduction"]


def test_police_firing_on_protesters_is_an_attack_on_civilians(run):
    document = run("LAGOS: Police fired tear gas and live rounds at protesters in Lagos on Monday, killing four.")
    assert incident_types(document) == ["attack_on_civilians"]


def test_an_ambush_by_a_suicide_vehicle_is_a_suicide_bombing(run):
    document = run(
        "SRINAGAR: Forty soldiers were killed when their convoy was ambushed near Awantipora on Monday. "
        "Police said the man driving the suicide vehicle was a local recruit."
    )
    assert incident_types(document) == ["suicide_bombing"]


def test_a_blast_a_witness_calls_a_suicide_attack_is_a_suicide_bombing(run):
    document = run(
        "KABUL: A blast went off during prayers at a mosque in Kabul on Friday, killing four worshippers. "
        "Witnesses said it was a suicide attack."
    )
    assert incident_types(document) == ["suicide_bombing"]


def test_a_cordon_by_forces_told_after_a_find_is_a_raid(run):
    document = run(
        "DHAKA: Police said they recovered explosives from a hideout in Dhaka on Monday. "
        "Two men detonated their vests once the security forces had cordoned off the house."
    )
    assert incident_types(document) == ["arrest_or_raid"]


def test_one_of_the_deadliest_bombings_is_a_class_not_the_event_told(run):
    document = run(
        "KABUL: A commander linked to one of the country's deadliest bombings was shot dead in Kunduz on Monday."
    )
    assert incident_types(document) == ["targeted_killing"]


def test_gunmen_attacking_a_chapel_stay_an_attack_on_civilians_when_a_later_line_mentions_a_grenade(run):
    document = run(
        "MAIDUGURI: Gunmen attacked a chapel in Bama during evening prayers, killing members of the congregation. "
        "Witnesses said the gunmen opened fire on the worshippers. "
        "A witness added that a grenade was later found near the chapel door."
    )
    assert incident_types(document)[0] == "attack_on_civilians"


def test_soldiers_killed_by_gunmen_are_a_fight_whatever_bomb_a_later_line_mentions(run):
    document = run(
        "MAIDUGURI: Five Nigerian soldiers were killed on Friday in an attack near Bama, the army said. "
        "An officer said the patrol had been hit by some 30 gunmen in pickup trucks. "
        "The gunmen also left an explosive device on the road."
    )
    assert incident_types(document)[0] == "armed_clash"


def test_a_later_line_saying_the_man_wore_a_suicide_vest_makes_the_blast_a_suicide_bombing(run):
    document = run(
        "PESHAWAR: A blast went off at a bus station in Khar on Friday, a spokesman said. "
        "He said six passengers were killed and 20 wounded. "
        "The district hospital said it had received the wounded by the evening. "
        "Some of the wounded said they saw a young man run towards the ticket office. "
        "A nurse said the man had worn a suicide vest."
    )
    assert incident_types(document)[0] == "suicide_bombing"


def test_gunmen_storming_a_wedding_hall_and_opening_fire_are_an_attack_on_civilians(run):
    document = run(
        "MAIDUGURI: On Monday, gunmen stormed a wedding hall in Bama and opened fire, police said. "
        "The shooting lasted an hour."
    )
    assert incident_types(document)[0] == "attack_on_civilians"


def test_a_killing_told_before_a_taking_is_the_event_not_the_abduction(run):
    document = run(
        "MAIDUGURI: Gunmen raided a farm near Bama on Friday night, killing at least 14 labourers and "
        "abducting several others, police said."
    )
    assert incident_types(document)[0] == "attack_on_civilians"


def test_people_killed_after_being_taken_hostage_stay_an_abduction(run):
    document = run(
        "MAIDUGURI: Back in 2016, some 40 hostages held for two days in a school near Bama were "
        "killed after being taken hostage."
    )
    assert incident_types(document)[0] == "abduction"


def test_an_accidental_blast_at_an_ammunition_store_is_no_bombing(run):
    document = run(
        "PESHAWAR: Two watchmen died on Friday when stored shells went off in an accidental blast at an "
        "ammunition store near Khar, officials said."
    )
    assert incident_types(document)[0] == "other_violence"


def test_a_bomb_left_near_an_ammunition_store_stays_a_bombing(run):
    document = run(
        "PESHAWAR: A bomb left near an ammunition store in Khar killed two watchmen on Friday, officials said."
    )
    assert incident_types(document)[0] == "bombing"


def test_gunmen_killing_police_stay_a_clash_when_a_later_line_has_attackers_shot_dead(run):
    document = run(
        "PESHAWAR: Unknown gunmen opened fire on Monday and killed three police officers in Khar. Officials "
        "said the officers had tried to stop a car. The ministry said two assailants were shot dead on the spot."
    )
    assert document["incidents"][0]["type"] == "armed_clash"


def test_arrests_told_after_an_attacks_rising_toll_do_not_make_it_a_raid(run):
    document = run(
        "PESHAWAR: Rescue teams found more bodies under the ruins of a market in Khar on Monday as the toll from a "
        "deadly attack reached 45 and officials said four men suspected of the shooting had been detained."
    )
    assert document["incidents"][0]["type"] != "arrest_or_raid"


def test_bodies_found_after_a_lead_toll_of_an_attack_are_its_dead_not_an_unclassed_killing(run):
    document = run(
        "PESHAWAR: Sixteen people, including two children, have been killed in an attack in Khar, the minister "
        "said.\n\nA local official said he was alerted to the attack on Sunday evening.\n\nHe said he found bodies "
        "strewn across the floor of two shops."
    )
    assert document["incidents"][0]["type"] == "attack_on_civilians"


def test_a_shooting_whose_only_dead_are_the_attackers_is_a_clash(run):
    document = run(
        "PESHAWAR: Unknown gunmen opened fire on a police post in Khar on Sunday evening. The police fired back, "
        "killing one gunman, and the second attacker fled."
    )
    assert [i["type"] for i in document["incidents"]] == ["armed_clash"]


def test_soldiers_killed_with_civilian_auxiliaries_is_a_clash(run):
    document = run(
        "PESHAWAR: Militants killed three soldiers as well as eight civilian auxiliaries on Saturday near Khar, "
        "security sources said."
    )
    assert [i["type"] for i in document["incidents"]] == ["armed_clash"]


def test_rockets_killing_a_soldier_are_a_clash_whoever_else_the_story_names(run):
    document = run(
        "PESHAWAR: One soldier has been killed after militants attacked troops near Khar on Sunday. The soldier was "
        "killed after militants fired rockets at the troops. Many people in the area fled their homes."
    )
    assert [i["type"] for i in document["incidents"]] == ["armed_clash"]


def test_a_vehicle_driven_into_shoppers_is_an_attack_on_civilians(run):
    document = run(
        "MAIDUGURI: A man mowed down shoppers with a stolen van in Maiduguri last year, killing four people. "
        "He told the court he had planned a suicide attack."
    )
    assert incident_types(document)[0] == "attack_on_civilians"


def test_a_stabbing_spree_is_an_attack_on_civilians_even_when_an_officer_dies(run):
    document = run("MAIDUGURI: A stabbing spree at a market in Bama on Sunday killed a police officer.")
    assert incident_types(document) == ["attack_on_civilians"]


def test_insurgents_attacking_a_convoy_of_fleeing_villagers_is_an_attack_on_civilians(run):
    document = run(
        "MAIDUGURI: Insurgents attacked a convoy of fleeing villagers near Bama on Sunday as fighting went on. "
        "At least one person was killed."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_rebels_attacking_a_patrol_with_rifles_and_grenades_is_a_fight(run):
    document = run(
        "MAIDUGURI: An attack by rebels near Bama on Sunday left four soldiers dead. "
        "The rebels attacked an army patrol with rifles and grenades before dawn."
    )
    assert incident_types(document) == ["armed_clash"]


def test_gun_and_bomb_attacks_that_kill_policemen_are_a_fight(run):
    document = run("MAIDUGURI: Two policemen were killed on Sunday as rebels launched gun and bomb attacks in Bama.")
    assert incident_types(document) == ["armed_clash"]


def test_a_hostage_crisis_told_before_its_toll_is_an_abduction(run):
    document = run(
        "MAIDUGURI: Soldiers stormed a guesthouse in Maiduguri on Wednesday after gunmen took travellers in a hostage "
        "standoff that ended with 15 people dead."
    )
    assert incident_types(document) == ["abduction"]


def test_students_killed_with_the_militants_who_attacked_them_is_an_attack_on_civilians(run):
    document = run(
        "MAIDUGURI: At least 40 students and three militants were killed in the attack on a college in Bama "
        "yesterday. The militants had stormed the campus at dawn."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_terrorist_attacks_told_with_no_victims_are_attacks_on_civilians(run):
    document = run("MAIDUGURI: In 2019, men from the town took part in terrorist attacks in Maiduguri and Bama.")
    assert incident_types(document) == ["attack_on_civilians", "attack_on_civilians"]


def test_a_suicide_bomber_told_with_doubt_leaves_a_bombing(run):
    document = run(
        "PESHAWAR: A bomb went off at a party meeting in Khar on Sunday, leaving 31 people dead. "
        "The blast, thought to be a suicide attack, tore through the tent as speeches began."
    )
    assert incident_types(document) == ["bombing"]


def test_a_hostage_crisis_the_attack_is_likened_to_does_not_type_it(run):
    document = run(
        "MAIDUGURI: Friday's gun attack on a cinema in Maiduguri, which killed 60 people, is the worst "
        "in the state since a school hostage crisis years ago."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_militants_holding_a_hotel_whose_assault_began_with_a_suicide_blast_attack_civilians(run):
    document = run(
        "12 killed in ongoing militant siege on Maiduguri hotel\n\n"
        "Tuesday March 11, 2025\n\n"
        "Maiduguri (AP) -\n\n"
        "At least 12 people were killed after militants stormed a hotel in Maiduguri on Monday evening. "
        "The attack began with a blast by a suicide bomber at the gate before gunmen rushed the lobby."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_a_siege_at_a_hotel_is_no_air_strike_told_later(run):
    document = run(
        "MAIDUGURI: A day-long siege by militants at a hotel in Maiduguri has left 17 people dead, officials said. "
        "Guests were having dinner on Friday when the militants barged in. "
        "The group has lost ground this year to repeated airstrikes by the air force."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_gunmen_told_past_a_headline_and_a_date_line_make_no_bombing_of_explosives_told_later(run):
    document = run(
        "90 killed in militant attack on Bama mosque\n\n"
        "Tuesday March 11, 2025\n\n"
        "A band of gunmen gunned down worshippers at a mosque in Bama on Friday as they knelt to pray. "
        "The gunmen had also planted explosives around the mosque."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_a_fight_between_rival_gangs_is_a_clash_whatever_blasts_are_heard(run):
    document = run(
        "QUETTA: At least 44 dead, all of them inmates, at the central jail in Quetta on Tuesday. "
        "It followed a fight between rival gangs for control of the cell blocks. "
        "Guards heard explosions in two wings before dawn."
    )
    assert incident_types(document) == ["armed_clash"]


def test_an_army_unit_that_came_under_attack_fought_whatever_a_later_line_tells(run):
    document = run(
        "MAIDUGURI: Thirty people have died in two attacks in Borno, officials said. "
        "The army said on Monday that an infantry unit near Bama came under attack and that four soldiers, "
        "two fighters of the vigilante force and a herder were killed. "
        "On the same day, gunmen stopped two buses near Damboa and the men on board were shot dead."
    )
    assert incident_types(document)[1] == "armed_clash"


def test_dozens_of_labourers_shot_dead_uncounted_are_an_attack_on_civilians(run):
    document = run("MAIDUGURI: Dozens of road labourers shot dead by insurgents near Bama on Sunday.")
    assert incident_types(document) == ["attack_on_civilians"]


def test_an_attack_on_a_railway_station_is_no_attack_on_a_force(run):
    document = run(
        "QUETTA: At least 20 people died on Sunday when men armed with knives attacked a railway station in Quetta."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_an_assault_on_a_school_named_after_the_army_is_an_attack_on_civilians(run):
    document = run(
        "Residents still recall the 2016 assault on the Army Cadet School in Peshawar, in which gunmen killed 40 "
        "people, most of them pupils."
    )
    assert incident_types(document) == ["attack_on_civilians"]
