"""Tolls: the dead and injured an incident is given."""

from __future__ import annotations


def test_a_later_rise_in_the_toll_stays_with_its_event(run):
    document = run(
        "QUETTA: Gunmen stopped a bus near Quetta late on Sunday and shot dead nine passengers, officials said. "
        "The death toll rose to 11 on Monday after two of the wounded died in hospital."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-09", 11)]


def test_a_toll_since_then_is_an_aggregate(run):
    document = run(
        "PESHAWAR: The insurgency began in October 2017 with an assault on police stations in Khar. Since then more "
        "than 6,000 people have died."
    )
    assert len(document["incidents"]) == 1
    incident = document["incidents"][0]
    assert incident["type"] == "armed_clash"  # an assault on police stations, without an article
    assert incident["date"] == "2017-10"
    assert incident["fatalities"] is None


def test_a_toll_of_the_wider_violence_is_no_raids_toll(run):
    document = run(
        "PESHAWAR: Police raided a house in Khar on Sunday and arrested four TTP militants. More than 250 people "
        "have been killed in the violence."
    )
    assert [i["fatalities"] for i in document["incidents"]] in ([None], [0])


def test_a_raid_without_a_shot_fired_has_no_dead(run):
    document = run(
        "PESHAWAR: Police arrested four TTP militants in a raid on a house in Khar on Sunday without a shot being "
        "fired, officials said."
    )
    assert document["incidents"][0]["fatalities"] == 0


def test_a_lead_toll_according_to_official_figures_stays_the_incidents(run):
    document = run(
        "PESHAWAR: At least 12 people were killed in a bombing at a market in Khar on Sunday, according to "
        "official figures."
    )
    assert document["incidents"][0]["fatalities"] == 12


def test_a_lead_toll_in_the_clashes_stays_the_incidents(run):
    document = run("PESHAWAR: At least ten people have died in the clashes near Khar on Sunday, officials said.")
    assert document["incidents"][0]["fatalities"] == 10


def test_attackers_a_later_sentence_counts_as_also_killed_join_the_toll(run):
    document = run(
        "KUNDUZ: Insurgents attacked two army checkpoints near Kunduz late on Monday, killing five soldiers, the "
        "ministry said.\n\nAccording to the ministry, 12 insurgents were also killed."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [17]


def test_attackers_killed_as_they_fled_the_attack_join_the_toll(run):
    document = run(
        "KUNDUZ: Eight soldiers were killed when militants attacked an army post near Kunduz on Monday.\n\n"
        "Air support killed 20 attackers trying to flee, the army said."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [28]


def test_attackers_killed_in_a_later_operation_do_not_join_the_toll(run):
    document = run(
        "KUNDUZ: Eight soldiers were killed when militants attacked an army post near Kunduz on Monday.\n\n"
        "In an operation in another district a week later, 20 militants were killed, the army said."
    )
    assert document["incidents"][0]["fatalities"] == 8


def test_a_second_event_in_the_toll_sentence_keeps_its_own_dead(run):
    document = run(
        "KABUL: A roadside bomb killed seven soldiers in Khar on Sunday while rebel attacks on police posts in the "
        "east killed three officers, officials said."
    )
    assert document["incidents"][0]["fatalities"] == 7


def test_another_bombing_that_killed_more_is_not_added(run):
    document = run(
        "PESHAWAR: The men were jailed for a bombing at a school in Khar in 2011 that killed four people and "
        "another at a shrine that killed two a month later."
    )
    assert document["incidents"][0]["fatalities"] == 4


def test_the_operation_an_ambush_prompted_keeps_its_own_dead(run):
    document = run(
        "PESHAWAR: Four soldiers were killed when their convoy was ambushed near Khar on Sunday, prompting an "
        "operation in which nine militants were killed."
    )
    assert document["incidents"][0]["fatalities"] == 4


def test_the_one_killed_before_the_others_joins_the_toll(run):
    document = run(
        "QUETTA: A gunman killed the provincial education minister at a rally in Quetta on Sunday in an attack "
        "that left six others dead, police said."
    )
    assert document["incidents"][0]["fatalities"] == 7


def test_bombers_who_blew_themselves_up_are_the_toll_when_nobody_else_died(run):
    document = run(
        "DHAKA: Three suspects blew themselves up in a house in Khar on Monday after police surrounded it, "
        "officials said."
    )
    assert document["incidents"][0]["fatalities"] == 3
