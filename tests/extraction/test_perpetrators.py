"""Perpetrators: the doers the parse, claims, blame and the story's context name."""

from __future__ import annotations

import pytest

from .conftest import by_name
from .readers import (
    perpetrator_names,
    perpetrator_names_of,
    place_of,
)


def test_a_group_acknowledging_the_attack_claims_it(run):
    document = run(
        "PESHAWAR: A bomb killed five policemen outside a police station in Khar late on Sunday. "
        "The Tehreek-e-Taliban Pakistan acknowledged the attack in a statement."
    )
    [incident] = document["incidents"]
    ttp = by_name(document, "groups", "Tehreek-e-Taliban Pakistan")
    assert incident["perpetrators"] == [ttp["key"]]


def test_both_sides_of_a_fight_between_two_groups_are_its_actors(run):
    document = run(
        "PESHAWAR: Fighting between the Tehreek-e-Taliban Pakistan and Boko Haram near Khar on Sunday left "
        "nine people dead."
    )
    [incident] = document["incidents"]
    keys = {by_name(document, "groups", n)["key"] for n in ("Tehreek-e-Taliban Pakistan", "Boko Haram")}
    assert set(incident["perpetrators"]) == keys


def test_the_police_speaking_in_a_sentence_about_a_claim_by_others_claim_nothing(run):
    document = run(
        "PESHAWAR: Six policemen were killed when their vehicle struck a roadside bomb near Khar on Sunday, "
        "police said, in an attack claimed by the Tehreek-e-Taliban Pakistan."
    )
    [incident] = document["incidents"]
    ttp = by_name(document, "groups", "Tehreek-e-Taliban Pakistan")
    assert incident["perpetrators"] == [ttp["key"]]


def test_troops_of_a_named_army_who_clashed_are_the_actors(run):
    document = run(
        "PESHAWAR: On Sunday afternoon, troops of the Pakistan Army pursuing the attackers clashed with a band "
        "of Tehreek-e-Taliban Pakistan fighters near Khar, killing two of them, officials said."
    )
    [incident] = document["incidents"]
    army = by_name(document, "groups", "Pakistan Army")
    assert army["key"] in incident["perpetrators"]


def test_an_acronym_the_parser_reads_as_is_still_names_the_doers(run):
    document = run(
        "MAIDUGURI: Boko Haram fighters killed four farmers near Bama on Sunday. In December 2021, IS fighters "
        "attacked a village near Bama, killing 10 soldiers and three civilians."
    )
    islamic_state = by_name(document, "groups", "Islamic State")
    assert document["incidents"][1]["perpetrators"] == [islamic_state["key"]]


def test_a_force_saying_it_had_neutralised_the_targets_of_a_strike_owns_it(run):
    document = run(
        "MAIDUGURI: A drone strike on a market near Bama on Sunday killed at least 12 civilians, residents said. "
        'The Nigerian Army said in a statement that it had "neutralised terrorists" in the area.'
    )
    [incident] = document["incidents"]
    army = by_name(document, "groups", "Nigerian Army")
    assert incident["perpetrators"] == [army["key"]]


def test_rebels_in_a_story_about_one_armed_group_are_its_men(run):
    document = run(
        "PESHAWAR: Tehreek-e-Taliban Pakistan fighters killed four soldiers near Khar on Sunday. "
        "In August 2023, rebels ambushed a police vehicle near Peshawar, killing two policemen."
    )
    ttp = by_name(document, "groups", "Tehreek-e-Taliban Pakistan")
    assert [i["perpetrators"] for i in document["incidents"]] == [[ttp["key"]], [ttp["key"]]]


def test_rebels_in_a_story_naming_two_armed_groups_stay_unattributed(run):
    document = run(
        "PESHAWAR: Tehreek-e-Taliban Pakistan fighters killed four soldiers near Khar on Sunday, and Boko Haram "
        "praised them. In August 2023, rebels ambushed a police vehicle near Peshawar, killing two policemen."
    )
    assert document["incidents"][-1]["perpetrators"] == []


def test_a_claim_through_its_own_men_names_the_perpetrator(run):
    document = run(
        "PESHAWAR: A suicide bomber killed nine people at a market in Khar on Sunday. Hours after the blast, the "
        'TTP said in a statement that one of its "martyrs", whom it named as Abu Talha, had carried out the attack.'
    )
    assert len(document["incidents"]) == 1
    assert perpetrator_names_of(document, document["incidents"][0]) == ["Tehreek-e-Taliban Pakistan"]


def test_the_groups_fighters_and_the_town_point_back_to_what_was_named(run):
    document = run(
        "PESHAWAR: A bomb killed two people in Peshawar on Sunday. Khar has been besieged by the TTP for years. "
        "In May 2020, the group's fighters attacked the town, killing 33 soldiers."
    )
    incident = next(i for i in document["incidents"] if i["date"] == "2020-05")
    assert perpetrator_names_of(document, incident) == ["Tehreek-e-Taliban Pakistan"]
    assert place_of(document, incident) == "Khar"


def test_the_side_whose_assault_was_repelled_is_the_perpetrator(run):
    document = run(
        "PESHAWAR: The Pakistan Army said its troops had repelled a TTP assault on a post in Khar on Sunday, "
        "killing 12 militants."
    )
    assert perpetrator_names_of(document, document["incidents"][0]) == ["Tehreek-e-Taliban Pakistan"]


def test_a_group_the_speakers_blame_is_the_perpetrator(run):
    document = run(
        "PESHAWAR: A bomb killed four people at a market in Khar on Sunday, officials said, blaming the "
        "Tehreek-e-Taliban Pakistan."
    )
    assert perpetrator_names_of(document, document["incidents"][0]) == ["Tehreek-e-Taliban Pakistan"]


def test_army_air_strikes_are_the_armys_and_a_held_town_is_not_its_holders_act(run):
    document = run(
        "PESHAWAR: Doctors said army air strikes on the TTP-held town of Khar had killed 11 civilians on Sunday."
    )
    incident = document["incidents"][0]
    kinds = {g["key"]: g["kind"] for g in document["groups"]}
    assert [kinds[k] for k in incident["perpetrators"]] == ["state_force"]


def test_a_while_clause_with_another_event_does_not_add_its_doer(run):
    document = run(
        "PESHAWAR: TTP fighters stormed a police post in Khar on Tuesday last week, killing six policemen, while an "
        "army air strike on a village near Quetta two days later killed nine people."
    )
    assert perpetrator_names_of(document, document["incidents"][0]) == ["Tehreek-e-Taliban Pakistan"]


def test_rebels_in_a_past_incident_are_the_men_of_the_group_the_story_is_about(run):
    document = run(
        "RAIPUR: Maoists killed two policemen in Bijapur on Sunday, police said. The CPI (Maoist) has been waging an "
        "insurgency for decades, and its Maoists often plant mines. In April 2023, rebels triggered a bomb under a "
        "police van in Bijapur, killing ten policemen. Officials said Boko Haram had no link to the area."
    )
    incident = next(i for i in document["incidents"] if i["date"] == "2023-04")
    assert perpetrator_names_of(document, incident) == ["Communist Party of India (Maoist)"]


def test_gunmen_believed_to_belong_to_a_group_are_its_men(run):
    document = run(
        "MAIDUGURI, Nigeria — Gunmen believed to belong to Boko Haram killed three farmers near Bama on Sunday, "
        "residents said."
    )
    assert perpetrator_names_of(document, document["incidents"][0]) == ["Boko Haram"]


def test_members_of_a_group_after_the_event_word_are_victims_not_doers(run):
    document = run("MAIDUGURI, Nigeria — Gunmen killed three men linked to Boko Haram near Bama on Sunday.")
    assert "Boko Haram" not in perpetrator_names_of(document, document["incidents"][0])


def test_the_same_faction_is_the_group_of_the_main_event(run):
    document = run(
        "MAIDUGURI, Nigeria — Boko Haram fighters stormed an army base in Bama on Sunday, killing four soldiers. "
        "The base was overrun by the same faction in June 2021."
    )
    past = next(i for i in document["incidents"] if i["date"] == "2021-06")
    assert perpetrator_names_of(document, past) == ["Boko Haram"]


def test_the_force_that_flies_the_aircraft_did_the_air_strike(run):
    document = run("MAIDUGURI, Nigeria — Nigerian Army helicopters bombed a market near Bama on Sunday, killing six.")
    incident = document["incidents"][0]
    assert incident["type"] == "air_or_drone_strike"
    assert perpetrator_names_of(document, incident) == ["Nigerian Army"]


@pytest.mark.parametrize(
    "text, perpetrator",
    [
        (
            "PESHAWAR: Four soldiers were killed on Monday when fighters of the Tehreek-e-Taliban Pakistan "
            "ambushed a convoy near Khar.",
            "Tehreek-e-Taliban Pakistan",
        ),
        (
            "MAIDUGURI: Gunmen killed six farmers near Bama on Sunday. The Islamic State-linked group Boko Haram "
            "claimed responsibility.",
            "Boko Haram",
        ),
        (
            "KABUL: ISKP gunmen attacked a checkpoint in Mazar-i-Sharif on Sunday, killing three guards. The "
            "Islamic State group claimed responsibility for the attack.",
            "Islamic State Khorasan Province",
        ),
        (
            "MAIDUGURI: At least 40 villagers were killed near Bama on Sunday in a massacre that officials "
            "blamed on Boko Haram.",
            "Boko Haram",
        ),
    ],
)
def test_perpetrators(run, text, perpetrator):
    document = run(text)
    group = by_name(document, "groups", perpetrator)
    assert document["incidents"][0]["perpetrators"] == [group["key"]]


@pytest.mark.parametrize(
    "text, perpetrator",
    [
        (
            "MAIDUGURI: Gunmen shot dead a farmer near Bama on Sunday, residents said. Boko Haram has been active "
            "in the area for years. The group drew attention in April 2014, when its fighters seized 200 girls "
            "from a school in Bama.",
            "Boko Haram",
        ),
        (
            "MAIDUGURI: Boko Haram has been active near Bama for years. In June 2019, the insurgents ambushed a "
            "convoy near Bama and killed 12 soldiers.",
            "Boko Haram",
        ),
    ],
)
def test_the_group_as_doer_points_back_to_the_armed_group_named_last(run, text, perpetrator):
    document = run(text)
    group = by_name(document, "groups", perpetrator)
    historic = [i for i in document["incidents"] if i["date"] and i["date"] < "2020"]
    assert historic and historic[0]["perpetrators"] == [group["key"]]


def test_no_back_reference_when_no_one_claimed(run):
    document = run(
        "MAIDUGURI: Boko Haram has been active near Bama for years. On Sunday the militants killed 12 soldiers "
        "near Bama. No group has claimed responsibility."
    )
    assert document["incidents"][0]["perpetrators"] == []
    assert document["incidents"][0]["perpetrator_unknown"] is True


@pytest.mark.parametrize(
    "text, kind, perpetrators",
    [
        # The "by" phrase of an operation noun names the doers, a force named in full among them.
        (
            "PESHAWAR: Four TTP militants were arrested in a joint operation by the Pakistan Police and the "
            "Pakistan Army in Khar on Sunday, police said.",
            "arrest_or_raid",
            ["Pakistan Police", "Pakistan Army"],
        ),
        # A capture in a raid by men only called "soldiers": the force that tells it did it.
        (
            "PESHAWAR: Soldiers captured a senior ISKP commander in a night raid near Khar on Sunday, the "
            "Pakistan Army said.",
            "arrest_or_raid",
            ["Pakistan Army"],
        ),
        # "X said it had conducted a strike": X claims the strike; the group it targeted did nothing.
        (
            "MAIDUGURI: A drone strike killed three militants in a car near Bama on Sunday, residents said. "
            "The Nigerian Army said on Monday that it had conducted a strike near Bama targeting Boko Haram "
            "commanders.",
            "air_or_drone_strike",
            ["Nigerian Army"],
        ),
        # "a military jet bombed": an air strike.
        (
            "MAIDUGURI: A Nigerian Army jet bombed a village near Bama on Sunday, killing 11 civilians.",
            "air_or_drone_strike",
            ["Nigerian Army"],
        ),
    ],
)
def test_state_forces_as_doers_and_air_strikes(run, text, kind, perpetrators):
    document = run(text)
    assert document["incidents"][0]["type"] == kind
    assert perpetrator_names(document) == perpetrators


def test_the_branch_the_army_blames_is_the_perpetrator(run, gazetteer):
    document = run(
        "MAIDUGURI: Militants attacked a police post near Bama on Sunday, killing two policemen, officials said. "
        "Residents said the gunmen came on motorcycles. The army blamed the Islamic State Khorasan Province, a "
        "branch of the Islamic State."
    )
    assert perpetrator_names(document) == ["Islamic State Khorasan Province"]


@pytest.mark.parametrize(
    "text, perpetrators",
    [
        ("MAIDUGURI: Boko Haram-linked gunmen killed 12 farmers near Bama on Sunday.", ["Boko Haram"]),
        (
            "PESHAWAR: The Islamic State-linked group Tehreek-e-Taliban Pakistan killed four soldiers near Khar on "
            "Sunday.",
            ["Tehreek-e-Taliban Pakistan"],
        ),
    ],
)
def test_x_linked_gunmen_are_xs_men_but_an_x_linked_named_group_is_itself(run, text, perpetrators):
    assert perpetrator_names(run(text)) == perpetrators


def test_men_loyal_to_a_commander_of_x_are_xs(run):
    document = run(
        "MAIDUGURI: Gunmen loyal to Abu Musa, a commander of Boko Haram, attacked a village near Bama on Sunday, "
        "killing 12 farmers."
    )
    assert perpetrator_names(document) == ["Boko Haram"]


def test_a_toll_the_article_tells_is_not_a_claim_because_it_says_its_fighters(run):
    document = run(
        "MAIDUGURI: Boko Haram fighters killed four farmers near Bama on Sunday. In March 2022, its fighters "
        "stormed a military post in Bama, killing six soldiers."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-09", 4), ("2022-03", 6)]


def test_the_group_saying_what_its_fighters_did_is_still_a_claim(run):
    document = run(
        "MAIDUGURI: Gunmen attacked a military post near Bama on Sunday, killing two soldiers. In a statement, "
        "Boko Haram said its fighters had killed 40 soldiers."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [2]


def test_an_army_reporting_fighters_is_not_their_perpetrator(run):
    document = run(
        "MAIDUGURI: Two soldiers were killed on Sunday when fighters ambushed a convoy near Bama, the Nigerian "
        "Army said."
    )
    assert document["incidents"][0]["perpetrators"] == []


def test_an_army_reporting_its_troops_is_the_perpetrator(run):
    document = run("MAIDUGURI: Troops killed six insurgents near Bama on Sunday, the Nigerian Army said.")
    group = by_name(document, "groups", "Nigerian Army")
    assert document["incidents"][0]["perpetrators"] == [group["key"]]


def test_a_group_named_as_the_modifier_of_the_attack_did_it(run):
    document = run("PESHAWAR: A TTP attack on a checkpoint in Khar killed three policemen on Sunday.")
    assert perpetrator_names(document) == ["Tehreek-e-Taliban Pakistan"]


def test_a_group_against_which_a_raid_is_led_did_not_do_it(run):
    document = run("PESHAWAR: Two soldiers were killed on Sunday in an anti-TTP raid in Khar.")
    assert "Tehreek-e-Taliban Pakistan" not in perpetrator_names(document)


def test_an_official_pointing_to_a_group_names_the_perpetrator(run):
    document = run(
        "QUETTA: A bomb killed 12 people at a market in Quetta on Sunday. "
        "The provincial minister pointed to the TTP, which has not claimed the attack."
    )
    assert perpetrator_names(document) == ["Tehreek-e-Taliban Pakistan"]


def test_a_groups_member_doing_the_act_names_the_group(run):
    document = run(
        "PESHAWAR: Nine policemen were killed on Sunday when a TTP militant rammed a car into their van in Khar."
    )
    assert perpetrator_names(document) == ["Tehreek-e-Taliban Pakistan"]


def test_a_groups_members_killed_by_troops_did_not_do_it(run):
    document = run("PESHAWAR: Troops killed nine TTP militants in Khar on Sunday, the army said.")
    assert "Tehreek-e-Taliban Pakistan" not in perpetrator_names(document)


def test_a_suspicion_stated_in_a_later_sentence_names_the_perpetrator(run):
    document = run(
        "PESHAWAR: A bomb killed four people at a market in Khar on Sunday. No one claimed the blast. The governor "
        "said there were signs that the bombing may have been carried out by the Tehreek-e-Taliban Pakistan."
    )
    assert perpetrator_names_of(document, document["incidents"][0]) == ["Tehreek-e-Taliban Pakistan"]


def test_an_attribution_with_its_author_between_names_the_perpetrator(run):
    document = run(
        "MAIDUGURI: Gunmen killed 25 villagers in Bama on Sunday, in an assault attributed by the governor to "
        "Boko Haram."
    )
    assert perpetrator_names_of(document, document["incidents"][0]) == ["Boko Haram"]


def test_the_force_whose_raid_killed_militants_is_the_perpetrator_not_groups_claiming_other_attacks(run):
    document = run(
        "PESHAWAR: Four suspected TTP members died on Sunday in a police raid on the house in Khar where they "
        "hid. Many attacks in the province have been claimed by the Islamic State group, officials said."
    )
    assert perpetrator_names_of(document, document["incidents"][0]) == ["Pakistan Police"]


def test_a_force_reporting_that_it_killed_fighters_is_the_doer(run):
    document = run(
        "PESHAWAR: On Sunday, the Pakistan Army said they killed five Tehreek-e-Taliban Pakistan fighters near Khar."
    )
    assert perpetrator_names(document) == ["Pakistan Army"]


def test_a_group_blamed_for_the_attack_by_an_official_is_the_doer(run):
    document = run(
        "MAIDUGURI: Gunmen killed 14 farmers in a village near Bama on Sunday. "
        "The district chairman blamed the jihadist Boko Haram for the killings."
    )
    assert perpetrator_names(document) == ["Boko Haram"]


def test_a_group_saying_it_was_behind_the_attack_claims_it(run):
    document = run(
        "MAIDUGURI: Eleven people were killed in an attack on a market near Bama on Sunday, officials said. "
        "Boko Haram says it was behind the attack."
    )
    assert perpetrator_names(document) == ["Boko Haram"]


def test_a_bombing_told_in_a_trial_story_of_one_armed_group_is_that_groups(run):
    document = run(
        "MAIDUGURI: A judge on Tuesday sentenced two Boko Haram commanders to 20 years in prison. "
        "The judge said the men had planned a bombing at a bus station near Bama in 2012 that killed 19 people."
    )
    bombing = next(i for i in document["incidents"] if i["fatalities"] == 19)
    assert perpetrator_names_of(document, bombing) == ["Boko Haram"]


def test_victims_killed_by_militants_in_a_story_of_one_armed_group_are_that_groups_victims(run):
    document = run(
        "MAIDUGURI: Boko Haram has stepped up its raids around Bama this year, officials say. "
        "On Sunday, six herders were shot dead by suspected militants near Bama."
    )
    farmers = next(i for i in document["incidents"] if i["fatalities"] == 6)
    assert perpetrator_names_of(document, farmers) == ["Boko Haram"]


def test_the_group_that_planted_the_bomb_is_the_doer(run):
    document = run(
        "PESHAWAR: Two policemen were wounded on Monday near Khar when a roadside bomb planted by "
        "the Tehreek-e-Taliban Pakistan exploded."
    )
    assert perpetrator_names(document) == ["Tehreek-e-Taliban Pakistan"]


def test_the_force_answering_a_groups_attack_on_civilians_is_not_its_doer(run):
    document = run(
        "MAIDUGURI: On Sunday, gunmen stormed a market near Bama and opened fire, killing 12 traders. "
        "Nigerian Army troops launched an operation that lasted several hours. "
        "Boko Haram claimed responsibility for the attack."
    )
    assert perpetrator_names(document) == ["Boko Haram"]


def test_both_sides_of_fighting_told_as_one_with_the_other_are_its_actors(run):
    document = run(
        "PESHAWAR: On Sunday, the Pakistan Army engaged in heavy fighting with the Tehreek-e-Taliban Pakistan "
        "near Khar, leaving nine people dead."
    )
    [incident] = document["incidents"]
    keys = {by_name(document, "groups", n)["key"] for n in ("Pakistan Army", "Tehreek-e-Taliban Pakistan")}
    assert set(incident["perpetrators"]) == keys


def test_an_attack_that_claimed_lives_is_a_toll_and_the_claim_after_it_names_the_doer(run):
    document = run(
        "The governor vowed to punish those behind a bombing at a stadium in Khar that has claimed 40 lives.\n"
        "The Islamic State group claimed responsibility for the attack."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [40]
    assert perpetrator_names(document) == ["Islamic State"]


def test_a_claim_of_another_deed_on_another_day_and_place_does_not_name_the_doer_of_the_event_told(run):
    document = run(
        "PESHAWAR: A trader was killed in an attack on his shop near Khar, police said on Monday.\n"
        "His family said he had no enemies.\n"
        "Separately, the TTP claimed to have killed two soldiers in Quetta on March 2."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [1]
    assert perpetrator_names(document) == []


def test_the_group_whose_members_a_later_sentence_names_at_the_event_did_it(run):
    document = run(
        "MAIDUGURI, Nigeria — Gunmen on motorbikes stormed a village near Bama on Sunday, killing seven farmers. "
        "Residents said members of Boko Haram went from house to house with rifles."
    )
    assert perpetrator_names_of(document, document["incidents"][0]) == ["Boko Haram"]


def test_a_text_saying_it_is_unclear_who_did_it_names_no_group_from_its_men(run):
    document = run(
        "PESHAWAR: A drone dropped a bomb on a house in Mir Ali on Monday, killing three children. It was not clear "
        "who had flown the drone; officials often blame militants of the Tehreek-e-Taliban Pakistan for such attacks."
    )
    incident = document["incidents"][0]
    assert perpetrator_names_of(document, incident) == []
    assert incident["perpetrator_unknown"] is True


def test_a_force_firing_back_at_the_attackers_did_not_do_the_attack(run):
    document = run(
        "PESHAWAR: Unknown gunmen opened fire on a police post in Khar on Sunday evening. The police fired back, "
        "killing one gunman, and the second attacker fled."
    )
    [incident] = document["incidents"]
    assert incident["perpetrators"] == []
    assert incident["perpetrator_unknown"] is True


def test_an_attack_attributed_to_a_described_group_is_that_groups(run):
    document = run(
        "PESHAWAR: Nine villagers were killed on Tuesday in a new attack near Khar attributed by the authorities "
        "to separatist Balochistan Liberation Army rebels."
    )
    assert perpetrator_names(document) == ["Balochistan Liberation Army"]


def test_an_attack_pinned_on_a_group_is_that_groups(run):
    document = run(
        "PESHAWAR: A bomb killed two policemen in Khar on Monday. Police sources pinned the attack on the "
        "Tehreek-e-Taliban Pakistan."
    )
    assert perpetrator_names(document) == ["Tehreek-e-Taliban Pakistan"]


def test_the_rebels_a_clash_was_with_are_the_storys_armed_group(run):
    document = run(
        "PESHAWAR: Two soldiers were killed on Sunday in a clash with the rebels near Khar, the army said. The "
        "Balochistan Liberation Army has been fighting the state for decades."
    )
    assert perpetrator_names(document) == ["Balochistan Liberation Army"]


def test_the_one_named_side_of_a_shootout_with_unnamed_militants_is_its_actor(run):
    document = run(
        "PESHAWAR: In a Tuesday shootout, between Pakistani security forces and the jihadist militants, 11 "
        "militants were killed near Khar."
    )
    assert perpetrator_names(document) == ["Pakistani security forces"]


def test_the_police_hunting_the_attackers_did_not_do_the_attack(run):
    document = run(
        "PESHAWAR: Another attack on law enforcement left three policemen dead in Khar on Sunday, as suspected "
        "terrorists opened fire. Police have begun a search operation to hunt down the gunmen."
    )
    assert perpetrator_names(document) == []


def test_the_group_of_a_cell_forces_came_to_arrest_did_not_do_the_raid(run):
    document = run(
        "PESHAWAR: Pakistani security forces said they had moved into Khar on Thursday to apprehend a cell "
        "belonging to the Tehreek-e-Taliban Pakistan, adding in a statement that three militants died."
    )
    assert "Tehreek-e-Taliban Pakistan" not in perpetrator_names(document)


@pytest.mark.parametrize("verb", ["had captured", "nabbed", "were tracking down"])
def test_the_group_of_men_taken_by_the_victims_did_not_do_the_attack(run, verb):
    # every form of the capture verbs ("captured", "nabbed": not "capture" + "ed"), not only the bare ones
    document = run(
        f"PESHAWAR: Policemen who {verb} two men belonging to the Tehreek-e-Taliban Pakistan were ambushed near "
        "Peshawar on Monday; four policemen died."
    )
    assert "Tehreek-e-Taliban Pakistan" not in perpetrator_names(document)
