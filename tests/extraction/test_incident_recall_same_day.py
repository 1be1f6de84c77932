"""Other attacks of the same day told after the lead: by the time they happened ("Later in the day", "Also on
Saturday") or as a second attack after the one told (sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt


def test_a_later_attack_of_the_same_day_is_an_incident_even_with_a_toll_already_told(run):
    document = run(
        "Four soldiers were killed on Tuesday when their truck hit a landmine near Dorvan.\n"
        "The four soldiers killed in the blast were escorting a supply convoy.\n"
        "Later in the day a convoy escorting the district chief was struck, killing four guards.",
        published=dt.date(2025, 3, 13),
    )
    assert [i["date"] for i in document["incidents"]] == ["2025-03-11", "2025-03-11"]


def test_also_on_a_day_opens_another_attack_without_a_toll(run):
    document = run(
        "Gunmen killed nine travellers on Thursday when they ambushed a bus on the road to Dorvan.\n"
        "On Saturday, rebels burned a lorry in Kessa village and killed two drivers.\n"
        "Also on Saturday, a car was attacked on the road out of Dorvan town.",
        published=dt.date(2025, 3, 17),
    )
    assert [i["date"] for i in document["incidents"]] == ["2025-03-13", "2025-03-15", "2025-03-15"]


def test_a_report_made_also_on_a_day_is_not_another_event(run):
    document = run(
        "Gunmen killed nine travellers on Thursday when they ambushed a bus on the road to Dorvan.\n"
        "Also on Friday, the ministry said that the gunmen had fled across the river."
    )
    assert len(document["incidents"]) == 1


def test_a_second_attack_hours_after_the_one_told_is_an_incident_of_its_own(run):
    document = run(
        "A suicide bomber killed 14 people at a market in Quetta on Friday.\n"
        "Hours after the Quetta bombing, a second attack hit a shrine in Peshawar, leaving three dead.",
        published=dt.date(2025, 3, 15),
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-14", 14), ("2025-03-14", 3)]


def test_a_separate_assault_on_a_village_nearby_is_an_incident_of_its_own(run):
    document = run(
        "Rebels stormed a church in Khar overnight, killing 21 worshippers, local leaders said.\n"
        "Four more villagers died when the rebels mounted a separate assault on Tervalo, a hamlet close by."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [21, 4]
