"""Incident types of killings aimed at chosen people (an execution, a woman killed for what she did), of a militant
killed in a raid, and of events only plotted or only seen being readied."""

from __future__ import annotations

from .readers import incident_types


def test_an_execution_by_an_armed_group_is_a_targeted_killing(run):
    document = run(
        "MAIDUGURI: Insurgents publicly executed four people in Bama on Sunday, accusing them of spying for the "
        "army, residents said."
    )
    assert incident_types(document) == ["targeted_killing"]


def test_a_woman_killed_for_the_work_she_did_is_a_targeted_killing(run):
    document = run(
        "PESHAWAR: Gunmen in Khar on Sunday killed a woman who ran a girls' tailoring class from her home, "
        "apparently angered by her teaching, police said."
    )
    assert incident_types(document) == ["targeted_killing"]


def test_a_wanted_man_killed_in_a_raid_is_a_raid(run):
    document = run(
        "PESHAWAR: Wanted commander Zarak Gul and two aides were gunned down in an overnight raid near Khar on Sunday."
    )
    assert incident_types(document) == ["arrest_or_raid"]


def test_people_killed_at_an_army_base_is_a_fight(run):
    document = run(
        "MAIDUGURI: Suspected militants killed five people at an army base and a fuel depot in Bama on Sunday, "
        "the army said."
    )
    assert incident_types(document) == ["armed_clash"]
