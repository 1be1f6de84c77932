"""Incident types of hostage sieges: a storming that turned into people held, and a siege told as a "hostage
situation" (README "Types": a hostage siege is an abduction)."""

from __future__ import annotations

from .readers import incident_types


def test_a_storming_followed_by_people_held_hostage_is_an_abduction(run):
    document = run(
        "NAIROBI: Five armed men stormed a lakeside guesthouse in Kisumu late on Saturday. "
        "Waiters and a dozen guests were then held hostage for nine hours while police waited outside. "
        "Commandos ended it at dawn."
    )
    assert incident_types(document) == ["abduction"]


def test_a_hostage_situation_with_few_dead_is_an_abduction(run):
    document = run(
        "PERTH: The hostage situation at a pharmacy in Fremantle ended on Tuesday, where two people, including "
        "the gunman, were killed."
    )
    assert incident_types(document) == ["abduction"]


def test_a_storming_that_killed_many_before_hostages_were_taken_stays_an_attack(run):
    document = run(
        "NAIROBI: Gunmen stormed a college in Kisumu on Saturday, killing 30 students. "
        "Others were held hostage in a dormitory until troops arrived."
    )
    assert incident_types(document) != ["abduction"]
