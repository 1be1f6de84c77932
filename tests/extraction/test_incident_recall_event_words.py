"""Event words the vocabulary lacked (property set on fire, shootings as a noun, forces trading fire): a line that
tells such an event at another time is an incident of its own instead of a detail of the event told before it
(sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

from .readers import place_of


def test_a_school_torched_in_an_earlier_month_is_an_incident_of_its_own(run):
    document = run(
        "Gunmen killed four pupils at a school in Bama on Tuesday, the police said.\n"
        "In early March, a primary school was torched by the same gang in the town of Maiduguri.",
        published=dt.date(2025, 6, 12),
    )
    assert [(place_of(document, i), i["date"]) for i in document["incidents"]] == [
        ("Bama", "2025-06-10"),
        ("Maiduguri", "2025-03"),
    ]


def test_shootings_on_another_day_are_an_incident_of_their_own(run):
    document = run(
        "A car bomb killed eleven shoppers at a market in Quetta on Friday.\n"
        "The bomber had shared hateful videos online after mosque shootings in Peshawar on 2 March 2025.",
        published=dt.date(2025, 5, 10),
    )
    assert [(place_of(document, i), i["date"]) for i in document["incidents"]] == [
        ("Quetta", "2025-05-09"),
        ("Peshawar", "2025-03-02"),
    ]


def test_forces_trading_fire_in_an_earlier_month_is_an_incident_of_its_own(run):
    document = run(
        "A roadside bomb killed two soldiers escorting a convoy near Khar on 12 May.\n"
        "Policemen and suspected militants exchanged gunfire for an hour at a checkpoint outside Quetta in March.",
        published=dt.date(2025, 5, 14),
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-05-12", 2), ("2025-03", None)]


def test_a_vehicle_set_ablaze_in_the_attack_told_is_a_detail_of_it(run):
    document = run(
        "Militants ambushed a passenger bus near Bama on Sunday, killing nine travellers.\n"
        "The attackers then set the bus ablaze and fled towards the forest.",
        published=dt.date(2025, 5, 12),
    )
    assert [(place_of(document, i), i["fatalities"]) for i in document["incidents"]] == [("Bama", 9)]
