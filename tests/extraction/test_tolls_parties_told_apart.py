"""The parties' dead told in separate sentences add up (README "Counts": everyone the source reports killed,
attackers included): a toll that counts only the attackers and a later line counting the others they killed, and
a death toll and a later line counting the attackers killed. A count opening on its verb names a doer of its own
(other attacks), and "suspects" restate the attackers: neither is added."""

from __future__ import annotations


def _tolls(document) -> list:
    return [i["fatalities"] for i in document["incidents"]]


def test_a_toll_of_attackers_and_the_victims_told_later_add_up(run):
    document = run(
        "QUETTA: Gunmen stormed a customs post near Quetta on Sunday and four militants were eliminated by the "
        "guards, officials said.\n\nThe post was badly damaged.\n\nA customs officer was also killed in the exchange."
    )
    assert _tolls(document) == [5]


def test_a_toll_of_attackers_and_hostages_dead_in_the_rescue_add_up(run):
    document = run(
        "QUETTA: Five militants have been killed in the siege of a hotel in Quetta, officials said on Sunday.\n\n"
        "The storming of the building by commandos resulted in the death of nine hostages."
    )
    assert _tolls(document) == [14]


def test_a_death_toll_and_the_attackers_killed_add_up(run):
    document = run(
        "QUETTA: Gunmen took guests hostage at a hotel in Quetta on Sunday.\n\nBy Monday the death toll had risen "
        "to 12, a ministry spokesman said.\n\nSix militants were killed by commandos who stormed the hotel."
    )
    assert _tolls(document) == [18]


def test_an_active_count_of_other_attacks_is_not_added_to_a_toll_of_attackers(run):
    document = run(
        "QUETTA: Guards shot dead two militants who attacked a customs post near Quetta on Sunday, officials said.\n\n"
        "The post was badly damaged.\n\nSimilar raids by the group have killed 40 guards in the province."
    )
    assert _tolls(document) == [2]


def test_suspects_restating_the_attackers_are_not_added(run):
    document = run(
        "QUETTA: Guards shot dead two militants who attacked a customs post near Quetta on Sunday, officials said.\n\n"
        "The two suspects died in the car chase that followed."
    )
    assert _tolls(document) == [2]


def test_a_line_restating_the_attackers_adds_none_of_its_counts(run):
    document = run(
        "QUETTA: Guards shot dead three militants who attacked a customs post near Quetta on Sunday, officials "
        "said.\n\nTwo suspects were killed as they fled and a third was killed at the gate."
    )
    assert _tolls(document) == [3]
