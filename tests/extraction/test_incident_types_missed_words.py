"""Incident types from words the event vocabulary missed, foiled attackers, arrests counted with the dead, accidents
while making explosives, and the lead's own lines before a later line's event."""

from __future__ import annotations

from .readers import incident_types


def test_soldiers_killing_men_who_tried_a_knife_attack_is_a_fight(run):
    document = run(
        "MAIDUGURI: Nigerian soldiers on Monday shot and killed three men who tried to carry out a knife attack "
        "on their checkpoint near Bama, the army said."
    )
    assert incident_types(document) == ["armed_clash"]


def test_men_who_attempted_an_attack_killed_by_the_police_is_a_fight(run):
    document = run(
        "PESHAWAR: Two men who attempted a rocket attack on a market in Khar were killed by the police on Sunday, "
        "officials said. The rockets landed in a residential street and hurt no one."
    )
    assert incident_types(document) == ["armed_clash"]


def test_people_shot_while_trying_to_flee_are_still_civilians(run):
    document = run(
        "MAIDUGURI: Gunmen stormed a village near Bama on Sunday and shot dead twelve villagers who tried to flee "
        "into the bush."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_a_named_man_fatally_shot_is_a_targeted_killing(run):
    document = run(
        "PESHAWAR: Provincial lawmaker Imran Khanzada was fatally shot outside his home in Khar on Sunday evening, "
        "police said."
    )
    assert incident_types(document) == ["targeted_killing"]


def test_a_scene_lead_takes_its_kind_from_the_line_counting_the_dead(run):
    document = run(
        "PESHAWAR: Before the firing began, a man with a rifle waited by the gate of a hotel in Khar. "
        "Guests on the lawn took no notice of him. "
        "In the end 14 were killed on Sunday in the town's first jihadist attack."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_dead_and_arrested_counted_together_in_an_operation_is_a_fight(run):
    document = run(
        "PESHAWAR: At least 30 people have been killed and 25 arrested in a military operation in Khar, officials "
        "said on Monday. The fighting began after gunmen killed a police chief."
    )
    assert incident_types(document) == ["armed_clash"]


def test_a_minibus_that_exploded_is_a_bombing(run):
    document = run("PESHAWAR: Nine people were killed when a minibus exploded on a road near Khar on Sunday.")
    assert incident_types(document) == ["bombing"]


def test_a_blast_while_the_occupants_made_explosives_is_no_attack(run):
    document = run(
        "PESHAWAR: An explosion killed two men in a house in Khar on Sunday. "
        "Police said the men had been making explosives in the kitchen."
    )
    assert incident_types(document) == ["other_violence"]


def test_insurgents_butchering_traders_is_an_attack_on_civilians(run):
    document = run(
        "MAIDUGURI: Insurgents attacked a lorry near Bama on Saturday and butchered the eight traders inside it, "
        "leaving them dead by the road."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_the_second_line_s_fight_outweighs_a_later_line_s_blast(run):
    document = run(
        "MAIDUGURI: Scores of insurgents fired on government buildings in Bama on Sunday, leaving many dead. "
        "Gun battles with troops went on into the night, residents said. "
        "Soldiers later found a landmine on the road out of the town and blew it up."
    )
    assert incident_types(document) == ["armed_clash"]
