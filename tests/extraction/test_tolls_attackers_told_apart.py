"""Attackers the source reports killed join the toll also when told apart from the victims (README "Counts"), once,
never when the toll already holds them, and never a suicide bomber."""

from __future__ import annotations


def _tolls(document) -> list:
    return [i["fatalities"] for i in document["incidents"]]


def test_attackers_shot_dead_at_the_scene_join_the_victims_toll(run):
    document = run(
        "QUETTA: Gunmen fired on a police post in Quetta on Sunday, killing four constables.\n\nThe provincial "
        "ministry added that three assailants were shot dead by reinforcements."
    )
    assert _tolls(document) == [7]


def test_attackers_reported_eliminated_join_the_toll(run):
    document = run(
        "KUNDUZ: Insurgents overran a border outpost near Kunduz before dawn on Monday, and 12 soldiers were killed. "
        "Five insurgents were eliminated by the garrison before noon, a spokesman said."
    )
    assert _tolls(document) == [17]


def test_attackers_told_after_a_single_victim_join_the_toll(run):
    document = run(
        "PESHAWAR: A police sergeant was shot dead in Peshawar on Sunday night when armed men ambushed his patrol.\n\n"
        "Two attackers were killed by the patrol's driver, police said."
    )
    assert _tolls(document) == [3]


def test_a_toll_including_the_attackers_is_not_raised(run):
    document = run(
        "QUETTA: Gunmen stormed a hotel in Quetta on Sunday, killing nine people, including the two gunmen. "
        "Both gunmen were killed by commandos, officials said."
    )
    assert _tolls(document) == [9]


def test_attackers_counted_with_the_others_are_not_added_again(run):
    document = run(
        "QUETTA: Ten people died in an assault on a courthouse in Quetta on Sunday. Five guards and five "
        "attackers were killed, officials said. The five attackers were killed by guards at the gate."
    )
    assert _tolls(document) == [10]


def test_bodies_of_victims_of_the_attackers_are_no_attackers(run):
    document = run(
        "QUETTA: Armed men killed six farmers near Quetta on Sunday.\n\nPolice found six bodies of villagers killed "
        "by the militants in a field."
    )
    assert _tolls(document) == [6]


def test_suicide_bombers_who_blew_themselves_up_are_not_added(run):
    document = run(
        "KABUL: Two suicide bombers attacked a shrine in Kabul on Friday, killing 14 pilgrims. Both attackers "
        "were killed when they blew themselves up at the gate."
    )
    assert _tolls(document) == [14]


def test_attackers_a_later_line_doubts_are_outside_the_toll_are_not_added(run):
    document = run(
        "QUETTA: A siege at a hotel in Quetta on Sunday left 12 people dead. Officials said three gunmen were "
        "killed, but it was unclear whether they were among the 12."
    )
    assert _tolls(document) == [12]
