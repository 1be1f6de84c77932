"""An arrest lead that tells the deed of those taken only in a clause ("police detained a man who shot four people in
X", "two men accused of killing a guard were arrested"): the deed is an incident of its own, the arrest another; the
deed told again (its toll, another clause) goes to the deed; a deed only planned, or one pointed back at, opens
nothing (sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt


def _types(document):
    return sorted(i["type"] for i in document["incidents"])


def test_a_relative_clause_of_the_captive_opens_the_deed(run):
    document = run(
        "Police in Kenya have detained a trader who shot four shoppers dead at a market in Kisumu.\n"
        "The suspect was held at a roadblock, a police spokesman said.",
        published=dt.date(2025, 3, 12),
    )
    assert _types(document) == ["arrest_or_raid", "attack_on_civilians"]
    deed = next(i for i in document["incidents"] if i["type"] != "arrest_or_raid")
    assert deed["fatalities"] == 4
    arrest = next(i for i in document["incidents"] if i["type"] == "arrest_or_raid")
    assert arrest["fatalities"] is None


def test_the_deed_told_again_by_its_toll_takes_its_day(run):
    document = run(
        "Three men accused of killing five farmers in an attack on Kaduna were arrested by soldiers on Sunday.\n"
        "Five farmers died on Wednesday when the gunmen raided their fields outside the town.",
        published=dt.date(2025, 3, 10),
    )
    assert _types(document) == ["arrest_or_raid", "attack_on_civilians"]
    deed = next(i for i in document["incidents"] if i["type"] != "arrest_or_raid")
    assert deed["date"] == "2025-03-05"
    arrest = next(i for i in document["incidents"] if i["type"] == "arrest_or_raid")
    assert arrest["date"] == "2025-03-09"


def test_the_deed_told_again_in_another_clause_is_one_incident(run):
    document = run(
        "Army arrests two herders accused in knife attack that killed six\n"
        "Two herders accused of killing six travellers in an attack near Jos were arrested by the army on Monday.",
        published=dt.date(2025, 4, 2),
    )
    assert _types(document) == ["arrest_or_raid", "attack_on_civilians"]


def test_a_deed_only_planned_opens_nothing(run):
    document = run(
        "Police arrested a student suspected of preparing a bomb attack on a stadium in Lyon on Friday.",
        published=dt.date(2025, 5, 3),
    )
    assert _types(document) == ["arrest_or_raid"]


def test_an_arrest_pointing_back_at_the_event_told_opens_nothing_more(run):
    document = run(
        "A bomb killed two guards at a depot in Mardan on Tuesday, officials said.\n"
        "Police have arrested a mechanic in connection with the bombing.",
        published=dt.date(2025, 5, 8),
    )
    assert len([i for i in document["incidents"] if i["type"] != "arrest_or_raid"]) == 1
