"""A past event told in passing (a line of a year before, or a clause of its own) and the line right after it that
points at it ("in that raid", "That bombing ..."): that line goes on about the past event, with its toll, not about
the event the story tells (sentences, towns and tolls invented for these tests)."""

from __future__ import annotations

import pytest

from .readers import place_of


def _found(document):
    return sorted((i["date"] or "", place_of(document, i), i["fatalities"]) for i in document["incidents"])


def test_the_line_after_a_past_event_told_alone_gives_its_toll(run):
    document = run(
        "Gunmen stormed a police post near Quetta on Monday, killing four constables.\n"
        "The assault recalled a similar raid on a grain market in Peshawar in 2019.\n"
        "At least 31 traders were killed in that raid."
    )
    assert ("2019", "Peshawar", 31) in _found(document)
    assert ("2025-03-10", "Quetta", 4) in _found(document)


def test_the_line_after_a_past_event_told_in_a_clause_gives_its_toll(run):
    document = run(
        "A car bomb exploded at a police post near Quetta on Monday, killing four constables.\n"
        "The post stands on the road where a truck bomb struck a convoy in Peshawar in 2019.\n"
        "In that bombing, which killed 27 recruits, the driver was never found."
    )
    tolls = {(i["date"], i["fatalities"]) for i in document["incidents"]}
    assert ("2019", 27) in tolls
    assert ("2025-03-10", 4) in tolls


@pytest.mark.parametrize(
    "third_line",
    [
        "Unlike that raid, Monday's assault left two more constables dead in hospital overnight, bringing the toll "
        "to six.",
        # the latest event beside the past one
        "Two more constables died overnight of wounds from the latest raid, which was bloodier than that raid, "
        "bringing the toll to six.",
        # the day of the event told
        "As in that raid, two constables wounded on Monday died overnight, bringing the toll to six.",
    ],
    ids=["compared", "the-latest", "its-day"],
)
def test_a_line_about_the_event_told_beside_that_raid_goes_on_about_the_event_told(run, third_line):
    document = run(
        "Gunmen stormed a police post near Quetta on Monday, killing four constables.\n"
        "The assault recalled a similar raid on a grain market in Peshawar in 2019.\n" + third_line
    )
    found = _found(document)
    assert ("2025-03-10", "Quetta", 6) in found
    assert not any(date == "2019" and toll == 6 for date, _, toll in found)


def test_a_line_comparing_the_event_told_with_an_earlier_one_told_in_passing_stays_with_the_event_told(run):
    document = run(
        "Gunmen stormed a police post near Quetta on Monday, killing four constables.\n"
        "The raid came two days after gunmen ambushed a prison van near Peshawar, killing a guard.\n"
        "Unlike that ambush, Monday's raid left two more constables dead in hospital overnight, bringing the toll "
        "to six."
    )
    found = _found(document)
    assert ("2025-03-10", "Quetta", 6) in found
    assert not any(place == "Peshawar" and toll == 6 for _, place, toll in found)
