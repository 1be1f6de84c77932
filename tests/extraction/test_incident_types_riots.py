"""Incident types: people killed or hurt in riots, unrest or by a mob are other violence."""

from __future__ import annotations

from .readers import incident_types


def test_a_gendarme_killed_in_riots_is_other_violence(run):
    document = run(
        "PESHAWAR: A police officer has been killed by a stray bullet in riots that have shaken Khar since Monday, "
        "officials said on Wednesday."
    )
    assert incident_types(document) == ["other_violence"]


def test_people_who_died_during_violent_demonstrations_are_other_violence(run):
    document = run(
        "MAIDUGURI: Officials said on Saturday that 40 people died during the violent demonstrations that swept "
        "Bama last week."
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
