""" "Two days of clashes" is the span of one event, not a count of events: the lines that tell it go on about it,
while "two separate attacks" still announces items told one by one (sentences invented for these tests; published
on a Tuesday, 2025-03-11)."""

from __future__ import annotations

from .readers import place_of


def _told(document):
    return [(place_of(document, i), i["fatalities"]) for i in document["incidents"]]


def test_clashes_over_two_days_are_one_incident(run):
    document = run(
        "Nine guards and 11 raiders were killed in three days of clashes near Bajaur, officials said.\n"
        "The clashes started in Khar on Friday night and went on until Sunday, killing nine guards, an official said."
    )
    assert _told(document) == [("Khar", 20)]


def test_two_separate_attacks_are_still_told_one_by_one(run):
    document = run(
        "Eight people were killed in two separate attacks in Bajaur, police said.\n"
        "In Sarkot, gunmen killed five villagers on Saturday, a spokesman said."
    )
    assert len(document["incidents"]) == 2
