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
