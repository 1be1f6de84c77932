"""An event whose sentences count the wounded and tell no death killed no one (toll 0); "no one was killed" is 0
too; an event that speaks of deaths or casualties without a number has no toll."""

from __future__ import annotations


def test_an_event_told_with_wounded_only_killed_no_one(run):
    document = run("Militants threw a grenade at a police post in Bama on Monday, wounding four constables.")
    assert [i["fatalities"] for i in document["incidents"]] == [0]


def test_no_one_killed_is_a_toll_of_zero(run):
    document = run(
        "A bomb went off outside the district office in Bama on Monday. No one was killed or wounded, police said."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [0]


def test_uncounted_deaths_leave_the_toll_unknown(run):
    document = run(
        "Militants threw a grenade at a police post in Bama on Monday, wounding four constables and causing "
        "casualties among passers-by."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [None]


def test_a_lone_victim_wounded_without_a_number_makes_a_toll_of_zero(run):
    document = run("A shopkeeper was shot and wounded by two gunmen on a motorbike in Bama on Monday, police said.")
    assert [i["fatalities"] for i in document["incidents"]] == [0]


def test_injuries_sustained_with_no_death_told_make_a_toll_of_zero(run):
    document = run(
        "Masked men torched four lorries at a depot in Bama on Monday. One watchman sustained injuries while "
        "running from the yard."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [0]


def test_an_attempt_to_kill_is_no_death_told(run):
    document = run(
        "The district governor was stabbed in the shoulder at a rally in Bama on Monday. The man told officers he had "
        "intended to kill him; the wound is not life-threatening, and he faces an attempted murder charge."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [0]


def test_a_wounding_beside_a_death_word_leaves_the_toll_unknown(run):
    document = run(
        "A guard was wounded when gunmen raided a bank in Bama on Monday, and a cashier died, police said without "
        "giving a number of the dead."
    )
    assert [i["fatalities"] for i in document["incidents"]] != [0]
