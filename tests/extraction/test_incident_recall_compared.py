"""A past event the story measures its own event against ("the deadliest since the 2011 siege at X", "reminiscent
of the 2011 siege in Y") is an incident of its own, even in a sentence that tells the story's event; a past event a
sentence tells itself stays that sentence's one event (sentences and names invented for these tests)."""

from __future__ import annotations

from .readers import place_of


def _found(document):
    return sorted((i["date"], place_of(document, i), i["fatalities"]) for i in document["incidents"])


def test_the_past_event_a_lead_is_ranked_against_is_an_incident(run):
    document = run(
        "Gunmen shot dead nine shoppers in a market in Peshawar on Monday, the deadliest attack on the city since "
        "the 2011 siege at a hotel in Quetta."
    )
    assert _found(document) == [("2011", "Quetta", None), ("2025-03-10", "Peshawar", 9)]


def test_a_ranking_before_the_lead_keeps_the_lead_its_own_day(run):
    document = run(
        "In what officials called the worst assault on the city since the 2011 Quetta hotel siege, nine shoppers "
        "were gunned down in a market in Peshawar on Monday."
    )
    assert _found(document) == [("2011", "Quetta", None), ("2025-03-10", "Peshawar", 9)]


def test_an_event_the_lead_recalls_is_an_incident(run):
    document = run(
        "The market raid in Peshawar on Monday killed nine shoppers and was reminiscent of the 2011 hotel siege in "
        "Quetta."
    )
    assert _found(document) == [("2011", "Quetta", None), ("2025-03-10", "Peshawar", 9)]


def test_a_past_event_a_sentence_tells_itself_is_still_one_event(run):
    document = run(
        "Gunmen shot dead nine shoppers in a market in Peshawar on Monday.\n"
        "Two of his brothers were killed in the 2011 bombing at a school in Quetta."
    )
    assert [i["date"] for i in document["incidents"]] == ["2025-03-10", "2011"]


def test_an_event_the_story_merely_follows_is_told_in_passing(run):
    document = run(
        "Protesters stormed a police post in Peshawar on Monday, wounding two officers.\n"
        "The unrest comes merely two days after gunmen killed 14 pilgrims on a bus in Quetta."
    )
    assert _found(document) == [("2025-03-08", "Quetta", 14), ("2025-03-10", "Peshawar", None)]


def test_a_statistic_since_a_dated_event_keeps_that_event(run):
    # a count or a ranking "since" a dated event: the statistic counts nothing, the event it starts from is one
    document = run(
        "Gunmen shot dead nine shoppers in a market in Peshawar on Monday.\n"
        "The raid was the deadliest to strike the city since June 4 when a car bomb outside a bank in Peshawar "
        "killed 31 people."
    )
    assert _found(document) == [("2024-06-04", "Peshawar", 31), ("2025-03-10", "Peshawar", 9)]


def test_a_first_attack_since_past_bombings_keeps_those_bombings(run):
    document = run(
        "Gunmen shot dead nine shoppers in a market in Peshawar on Monday.\n"
        "It was the first big assault on Peshawar since the bombings of three churches in Quetta in 2016."
    )
    assert _found(document) == [("2016", "Quetta", None), ("2025-03-10", "Peshawar", 9)]


def test_a_statistic_since_a_year_counts_no_event(run):
    document = run(
        "Gunmen shot dead nine shoppers in a market in Peshawar on Monday.\n"
        "Since 2016, more than 400 people have been killed in attacks across the province."
    )
    assert _found(document) == [("2025-03-10", "Peshawar", 9)]
