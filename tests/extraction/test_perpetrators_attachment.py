"""Perpetrators a story names away from the event's own doer: the item before a roundup's sequel, the group a
sentence blames for the attacks it lists, the force a strike's noun belongs to, both sides of a fight that broke
out; and the dead of a 'with N soldiers killed' phrase are no doers."""

from __future__ import annotations

from .readers import perpetrator_names


def _doers_of_each(document) -> list[list[str]]:
    return [perpetrator_names(document, i) for i in range(len(document["incidents"]))]


def test_a_roundups_sequel_item_has_the_doers_of_the_item_before(run):
    document = run(
        "MAIDUGURI: Boko Haram fighters shot dead four herders near Bama on Monday, residents said.\n\n"
        "Later the same day, two traders died in an attack on a market outside Maiduguri."
    )
    assert _doers_of_each(document) == [["Boko Haram"], ["Boko Haram"]]


def test_another_incident_of_another_kind_does_not_take_the_item_befores_doers(run):
    document = run(
        "MAIDUGURI: Boko Haram fighters shot dead four herders near Bama on Monday, residents said.\n\n"
        "In another incident, a roadside bomb killed two traders on a road outside Maiduguri."
    )
    assert perpetrator_names(document, len(document["incidents"]) - 1) == []


def test_a_group_blamed_for_a_series_of_attacks_did_the_one_a_clause_lists(run):
    document = run(
        "PESHAWAR: Gunmen of the TTP stormed a school in Khar on Monday, killing nine pupils, officials said. The "
        "TTP is blamed for many assaults, including the storming of a Quetta hotel in 2018 in which 11 guests "
        "died."
    )
    assert _doers_of_each(document)[-1] == ["Tehreek-e-Taliban Pakistan"]


def test_the_force_whose_strikes_the_noun_names_did_the_strike(run):
    document = run(
        "MAIDUGURI: Eleven villagers died in rocket strikes of the Nigerian Army on Bama on Monday, a local chief said."
    )
    assert perpetrator_names(document) == ["Nigerian Army"]


def test_the_soldiers_killed_in_a_with_phrase_did_not_do_the_attack(run):
    document = run(
        "MAIDUGURI: In May 2019, the same outposts near Bama were targeted in one of the worst assaults of the "
        "decade, with some 40 Nigerian Army soldiers killed."
    )
    assert "Nigerian Army" not in perpetrator_names(document)


def test_both_sides_of_a_fight_that_broke_out_between_them_fought_it(run):
    document = run(
        "MAIDUGURI: Heavy fighting broke out between the Nigerian Army and Boko Haram near Bama on Monday, leaving "
        "14 people dead, a military source said."
    )
    assert sorted(perpetrator_names(document)) == ["Boko Haram", "Nigerian Army"]


def test_a_group_that_also_claimed_responsibility_claimed_it(run):
    document = run(
        "PESHAWAR: A bomb killed a police officer in Khar on Monday, officials said. The TTP also claimed "
        "responsibility for the blast in a statement."
    )
    assert perpetrator_names(document) == ["Tehreek-e-Taliban Pakistan"]


def test_a_forces_name_before_airstrikes_written_as_one_word_names_the_striker(run):
    document = run(
        "MAIDUGURI: Nine villagers were killed on Monday in Nigerian Army airstrikes on Bama, residents said."
    )
    assert perpetrator_names(document) == ["Nigerian Army"]


def test_the_network_the_bombers_were_linked_to_is_coded_beside_the_claimer(run):
    document = run(
        "PESHAWAR: Three suicide bombers killed 14 worshippers at a mosque in Khar on Friday in an attack claimed "
        "by the Islamic State group. The bombers, two brothers and a cousin, were linked to the local network "
        "Jaish-e-Mohammed, a police chief said."
    )
    assert sorted(perpetrator_names(document)) == ["Islamic State", "Jaish-e-Mohammed"]


def test_a_militant_shot_dead_in_a_raid_in_a_trial_story_was_not_killed_by_his_own_group(run):
    document = run(
        "PESHAWAR: A court sentenced two TTP commanders to life in prison on Monday for planning attacks in Khar. "
        "A deputy of theirs was gunned down during a raid in Quetta in 2018."
    )
    incident = next(i for i in document["incidents"] if "raid" in i["summary"])
    names = {g["key"]: g["name"] for g in document["groups"]}
    assert [names[k] for k in incident["perpetrators"]] == []


def test_claims_a_later_line_tells_of_attacks_of_another_year_are_not_the_leads(run):
    document = run(
        "PESHAWAR: A suicide bomber killed seven policemen at a checkpoint in Khar on Monday, March 6, 2023. The "
        "TTP claimed responsibility for the attack. Such strikes have grown since attacks in December 2022 "
        "were claimed by the Jaish-e-Mohammed and the Islamic State."
    )
    assert perpetrator_names(document) == ["Tehreek-e-Taliban Pakistan"]
