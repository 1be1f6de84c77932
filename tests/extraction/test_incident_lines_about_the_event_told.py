"""Lines that go on about the event told, though they name another time, a claim or a plural of its noun, add no
incident of their own (sentences and names invented for these tests)."""

from __future__ import annotations

import datetime as dt


def test_a_time_told_by_a_meeting_that_is_no_event_opens_no_incident(run):
    document = run(
        "Two soldiers were killed on Saturday when militants fired on an army convoy near Khar.\n"
        "The ambush came two days after General Dervan Olo toured bases around Peshawar.\n"
        "Mourners in Khar honoured the two soldiers killed in the ambush.",
        published=dt.date(2025, 3, 17),
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-15", 2)]


def test_a_claim_made_later_that_day_is_about_the_blast_told(run):
    document = run(
        "A bomb exploded during a wedding in Quetta on Sunday, killing six guests.\n"
        "Later that day, the Dorvan Front claimed responsibility for the deadly blast.",
        published=dt.date(2025, 3, 17),
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-16", 6)]


def test_the_blasts_point_back_at_the_blasts_told_wherever_the_line_names_a_place(run):
    document = run(
        "Three explosions struck the market of Quetta on Friday, killing four guards and wounding nine.\n"
        "The president cut short his holiday in Kabul and returned late on Friday to lead an inquiry into the "
        "blasts, which killed three people.",
        published=dt.date(2025, 3, 17),
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-14", 4)]


def test_a_toll_told_again_the_next_day_of_the_attack_is_the_attack_told(run):
    document = run(
        "A suicide bomber detonated his vest amid a rally in Peshawar late on Saturday, leaving 40 dead.\n"
        "Early figures gave 25 dead; on Sunday the toll of the attack was put by the ministry at 40 dead and 90 "
        "hurt.",
        published=dt.date(2025, 3, 17),
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-15", 40)]


def test_suicide_bombings_told_after_a_caption_of_the_blast_are_the_same_event(run):
    document = run(
        "A police officer photographs the wreckage after a blast at a church in Quetta\n\n"
        "Two brothers carried out suicide bombings at a church in Quetta yesterday, killing nine worshippers.",
        published=dt.date(2025, 3, 17),
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-16", 9)]
