"""Actors in real-news phrasing: a group's member named after its name, a claim by 'the group', office holders
who speak about an event."""

from __future__ import annotations

from .conftest import by_name


def test_a_member_noun_after_a_foreign_groups_name_keeps_the_group(run):
    # The group belongs to a country the story never names; "terrorist" says it is one of its men, not a politics.
    document = run(
        "RAIPUR: A Jaish-e-Mohammed terrorist steered an explosives-filled car into a police bus near Raipur "
        "on Thursday, killing at least 12 policemen."
    )
    assert by_name(document, "groups", "Jaish-e-Mohammed")


def test_a_claim_by_the_group_names_the_group_said_before(run):
    document = run(
        "PESHAWAR: Six policemen were killed when a car bomb hit their vehicle near Khar on Sunday. "
        "Police said the bomber had trained with the Tehreek-e-Taliban Pakistan for a year. "
        "The militant group has claimed responsibility for the attack."
    )
    [incident] = document["incidents"]
    ttp = by_name(document, "groups", "Tehreek-e-Taliban Pakistan")
    assert incident["perpetrators"] == [ttp["key"]]


def test_a_claim_by_the_group_is_not_read_when_no_claim_is_made(run):
    document = run(
        "PESHAWAR: Six policemen were killed when a car bomb hit their vehicle near Khar on Sunday. "
        "Police said the bomber had trained with the Tehreek-e-Taliban Pakistan for a year. "
        "No group has claimed responsibility for the attack."
    )
    [incident] = document["incidents"]
    assert incident["perpetrators"] == []


def test_an_office_holder_reacting_to_an_attack_is_not_one_of_its_persons(run):
    document = run(
        "PESHAWAR: A bomb killed five policemen outside a police station in Khar on Sunday. Prime Minister "
        "Imran Khan vowed that the attackers behind the bombing in Khar would be hunted down."
    )
    [incident] = document["incidents"]
    people = {p["key"]: p["name"] for p in document["persons"]}
    assert "Imran Khan" in people.values()
    assert "Imran Khan" not in [people[r["person"]] for r in incident["persons"]]


def test_security_forces_in_a_story_naming_the_army_are_that_army(run):
    document = run(
        "PESHAWAR: The Pakistan Army said on Sunday its troops had killed four militants near Khar. "
        "Security forces later raided a house in Khar and arrested two suspects."
    )
    forces = [g["name"] for g in document["groups"] if g["kind"] == "state_force"]
    assert forces == ["Pakistan Army"]


def test_security_forces_in_a_story_naming_no_force_are_a_group_of_their_own(run):
    document = run("PESHAWAR: Security forces raided a house in Khar on Sunday and arrested two suspects.")
    forces = [g["name"] for g in document["groups"] if g["kind"] == "state_force"]
    assert len(forces) == 1 and "security forces" in forces[0].lower()


def test_a_group_that_claims_responsibility_in_the_present_tense_claims_it(run):
    document = run(
        "PESHAWAR: A bomb killed five policemen outside a police station in Khar on Sunday. "
        "The Tehreek-e-Taliban Pakistan claims responsibility for the attack in a message to reporters."
    )
    [incident] = document["incidents"]
    ttp = by_name(document, "groups", "Tehreek-e-Taliban Pakistan")
    assert incident["perpetrators"] == [ttp["key"]]


def test_the_group_blamed_for_an_attack_is_the_group_said_before(run):
    document = run(
        "PESHAWAR: Police said on Sunday the bombers had trained with the Tehreek-e-Taliban Pakistan. "
        "The militant group is blamed for the bombing of a police station in Khar last year, which killed 12."
    )
    [incident] = document["incidents"]
    ttp = by_name(document, "groups", "Tehreek-e-Taliban Pakistan")
    assert incident["perpetrators"] == [ttp["key"]]


def test_the_doer_of_a_weakly_worded_lead_sentence_is_the_perpetrator(run):
    # "This comes a few days after X also attacked ...": the second event's lead names its doer, though the
    # sentence reads as background.
    document = run(
        "MAIDUGURI: At least three soldiers were killed by Boko Haram fighters on Friday in Bama when their truck "
        "hit a roadside bomb. This comes a few days after Boko Haram also attacked the Nigerian Army in Maiduguri. "
        "Three soldiers died in that attack and several more were badly hurt."
    )
    boko_haram = by_name(document, "groups", "Boko Haram")
    assert [incident["perpetrators"] for incident in document["incidents"]] == [[boko_haram["key"]]] * 2


def test_the_force_that_arrested_the_attacker_did_not_do_the_attack(run):
    document = run(
        "PESHAWAR: A knife-wielding attacker killed two people in a market in Khar on Sunday. The attacker, who "
        "shouted slogans, was arrested by the Pakistan Police soon after."
    )
    [incident] = document["incidents"]
    assert incident["perpetrators"] == []


def test_the_force_that_made_an_arrest_is_the_doer_of_the_arrest(run):
    document = run("PESHAWAR: The Pakistan Police arrested two suspects in a raid on a house in Khar on Sunday.")
    [incident] = document["incidents"]
    assert incident["perpetrators"] == [by_name(document, "groups", "Pakistan Police")["key"]]


def test_the_force_that_cordoned_off_the_militants_is_the_doer_of_the_raid(run):
    document = run(
        "PESHAWAR: Two militants detonated their vests on Monday once they were cordoned off by the Pakistan Police "
        "in a house in Khar."
    )
    [incident] = document["incidents"]
    assert incident["perpetrators"] == [by_name(document, "groups", "Pakistan Police")["key"]]


def test_a_force_that_opened_an_investigation_did_not_do_the_attack(run):
    document = run(
        "PESHAWAR: The Pakistan Police opened an investigation after a knife attack killed two people in a market "
        "in Khar on Sunday."
    )
    [incident] = document["incidents"]
    assert incident["perpetrators"] == []


def test_a_states_prosecutors_are_a_government_office(run):
    document = run(
        "PESHAWAR: A knife attack in a market in Khar killed two people on Sunday. Pakistani prosecutors have "
        "opened an investigation into the attack."
    )
    assert by_name(document, "groups", "Pakistani prosecutors")["kind"] == "government"


def test_security_forces_beside_a_provinces_police_are_the_countrys_forces_taken_together(run):
    document = run(
        "PESHAWAR: The Sindh Police said on Monday that a constable was hurt near Khar. "
        "Security forces later combed the fields around the village for the attackers."
    )
    forces = [g["name"] for g in document["groups"] if g["kind"] == "state_force"]
    assert "Sindh Police" in forces
    assert any("security forces" in name.lower() for name in forces)
