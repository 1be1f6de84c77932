"""Tolls in real news wording: a range, a share of a whole, the toll someone "put at" a figure, a toll "reported",
and a bomber who killed only himself."""

from __future__ import annotations

from .readers import killed_values


def test_a_range_of_the_dead_counts_its_lower_end():
    assert killed_values("Residents said that between 140 and 190 herders were killed at the wells.") == [140]


def test_a_share_of_a_whole_counts_the_share():
    assert killed_values("In the first exchange, officers said, two of 12 raiders were killed.") == [2]


def test_a_toll_put_at_a_figure_is_a_toll():
    assert killed_values("The health office on Monday put the number of dead at 31 and the wounded at 70.") == [31]
    assert killed_values("Officials were putting the death toll at 17.") == [17]


def test_dead_reported_killed_are_counted():
    assert killed_values("At least eight guards and four drivers were reported killed in the fighting.") == [12]


def test_a_bomber_who_killed_only_himself_leaves_no_dead(run):
    # a suicide bomber's own death is not counted (README "Counts"): an event that only wounded killed no one
    document = run(
        "PESHAWAR: A suicide bomber drove a van into the gate of a police post in Khar on Sunday, killing himself "
        "and wounding five constables, officials said."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [0]


def test_a_later_lower_toll_from_another_source_does_not_replace_the_leads(run):
    document = run(
        "PESHAWAR: A bomb at a bus stand in Khar killed at least 14 people on Sunday, according to the hospital. "
        "A private channel reported a death toll of 11, citing a police officer."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [14]
