"""Incident types when a force's men are shot dead: told with a fight (an ambush, fire returned, the attackers
neutralised) it is an armed clash; one officer gunned down with no fight told stays a targeted killing."""

from __future__ import annotations

from .readers import incident_types


def test_policeman_shot_dead_then_told_ambushed_is_an_armed_clash(run):
    document = run(
        "MIRVALE: A police sergeant was shot dead late on Tuesday near the village of Korvath, officials said. "
        "Gunmen had ambushed his unit as two patrol cars arrived to clear a road block."
    )
    assert incident_types(document) == ["armed_clash"]


def test_rangers_shot_dead_in_a_gun_ambush_on_their_truck_is_an_armed_clash(run):
    document = run(
        "TOLBREK: Three rangers were shot dead in Tolbrek province on Friday. "
        "The deaths came from a gun ambush against a ranger truck on a hill road outside Samvar."
    )
    assert incident_types(document) == ["armed_clash"]


def test_soldier_shot_dead_by_men_the_forces_then_neutralised_is_an_armed_clash(run):
    document = run(
        "DUNMERE: Suspected militants in a van shot and killed a soldier at a market in Dunmere on Monday. "
        "Security forces responded, neutralising them within minutes."
    )
    assert incident_types(document) == ["armed_clash"]


def test_constable_shot_dead_outside_his_home_stays_a_targeted_killing(run):
    document = run(
        "PELWICK: A police constable was shot dead by unknown attackers outside his home in Pelwick on Sunday "
        "as he left for work, officials said."
    )
    assert incident_types(document) == ["targeted_killing"]
