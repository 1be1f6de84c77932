"""A sentence that sums up several separate events ("19 died in two separate attacks") gives no one of them its
toll; told alone, it stands for them together."""

from __future__ import annotations


def test_a_summary_of_separate_attacks_is_no_single_events_toll(run):
    document = run(
        "At least 17 people died and 40 were hurt in two separate attacks in Borno State on Monday after gunmen "
        "stormed a cattle market in Bama and a car bomb exploded at a checkpoint in Maiduguri.\n\n"
        "In Bama, eleven traders were shot dead by the gunmen, the police said."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [11]


def test_a_summary_told_alone_keeps_its_toll(run):
    document = run(
        "Six poachers were shot dead by rangers in two separate incidents in Borno State last week, the park "
        "service said."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [6]
