"""A claim that names an earlier deed ("in 2019 the outfit took credit for an ambush of a convoy ..., killing
31") tells that deed as an incident of its own, with its own toll and the deed's time; a claim of the event
told stays that event's (sentences and names invented for these tests)."""

from __future__ import annotations

from .readers import place_of


def _found(document):
    return sorted((i["date"], place_of(document, i), i["fatalities"]) for i in document["incidents"])


def test_a_claimed_deed_dated_by_its_own_month_is_an_incident(run):
    document = run(
        "Gunmen shot dead nine shoppers in a market in Peshawar on Monday.\n"
        "The Army of the Dawn claimed the killings.\n"
        "The group also claimed responsibility for an ambush on a convoy near Quetta in November 2023 that killed "
        "31 soldiers."
    )
    assert _found(document) == [("2023-11", "Quetta", 31), ("2025-03-10", "Peshawar", 9)]


def test_the_claims_month_dates_the_deed_and_a_month_earlier_counts_from_it(run):
    document = run(
        "Gunmen shot dead nine shoppers in a market in Peshawar on Monday.\n"
        "In June 2022, the Army of the Dawn claimed credit for an ambush of a pilgrims' coach near Quetta, leaving "
        "at least 23 passengers dead.\n"
        "A month earlier, that outfit claimed responsibility for a twin blast in Bajaur which hurt four policemen."
    )
    assert _found(document) == [("2022-05", "Bājaur", None), ("2022-06", "Quetta", 23), ("2025-03-10", "Peshawar", 9)]


def test_a_claim_of_the_event_told_opens_nothing(run):
    document = run(
        "Gunmen shot dead nine shoppers in a market in Peshawar on Monday.\n"
        "The Army of the Dawn claimed responsibility for an attack it said killed 12 traitors."
    )
    assert _found(document) == [("2025-03-10", "Peshawar", 9)]
