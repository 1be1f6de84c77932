"""Incident types: people killed or hurt in riots, unrest or by a mob are other violence."""

from __future__ import annotations

from .readers import incident_types


def test_a_police_officer_killed_in_riots_is_other_violence(run):
    document = run(
        "PESHAWAR: A police officer was killed in riots in Khar on Monday when a stray bullet struck him, a "
        "hospital doctor said."
    )
    assert incident_types(document) == ["other_violence"]


def test_people_who_died_during_demonstrations_are_other_violence(run):
    document = run(
        "MAIDUGURI: Forty people lost their lives during three days of demonstrations in Bama, a nurse said."
    )
    assert incident_types(document) == ["other_violence"]


def test_a_mob_attacking_the_district_police_is_other_violence(run):
    document = run(
        "PESHAWAR: Four constables were injured after an angry mob attacked the Khar district police on Sunday night."
    )
    assert incident_types(document) == ["other_violence"]


def test_militants_attacking_a_police_post_stays_a_clash(run):
    document = run(
        "PESHAWAR: Four constables were injured after militants attacked the Khar district police on Sunday night."
    )
    assert incident_types(document) == ["armed_clash"]


def test_a_bomb_going_off_during_protests_stays_a_bombing(run):
    document = run("PESHAWAR: A bomb exploded in Khar on Sunday during the protests, killing six people.")
    assert incident_types(document) == ["bombing"]


def test_protests_told_only_after_a_lead_of_gunmen_killing_are_no_riot(run):
    document = run(
        "PESHAWAR: Gunmen opened fire in Khar on Sunday, killing 12 people. Hundreds had gathered in protests there "
        "and two were injured."
    )
    assert incident_types(document) == ["attack_on_civilians"]
