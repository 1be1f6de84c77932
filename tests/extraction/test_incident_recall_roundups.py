"""Roundup items told after the first event, by the place that fronts them or by "In addition", "Also in the
province", are incidents of their own (sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

from .readers import place_of


def test_an_item_fronted_by_a_town_a_distance_was_told_from_is_another_event(run):
    document = run(
        "Four people died on Thursday in a bombing in the town of Bama, about 70 km southeast of Maiduguri.\n"
        "In Maiduguri, a car bomb went off on Thursday near a bus park, killing one trader and wounding six others.",
        published=dt.date(2025, 5, 9),
    )
    assert [(place_of(document, i), i["fatalities"]) for i in document["incidents"]] == [
        ("Bama", 4),
        ("Maiduguri", 1),
    ]


def test_an_item_fronted_by_another_town_of_the_same_province_is_another_event(run):
    document = run(
        "Six militants were killed on Friday when troops raided a hideout in Khar, in Bajaur district.\n"
        "In Khyber Pakhtunkhwa's Peshawar, two constables were killed and one was hurt by gunmen on Friday night.",
        published=dt.date(2025, 5, 10),
    )
    assert [(place_of(document, i), i["fatalities"]) for i in document["incidents"]] == [
        ("Khar", 6),
        ("Peshawar", 2),
    ]


def test_a_line_fronted_by_the_place_of_the_event_told_goes_on_about_it(run):
    document = run(
        "A bomb killed nine worshippers at a mosque in Quetta on Friday.\n"
        "In Quetta, the nine dead were buried in the evening as shops stayed shut.",
        published=dt.date(2025, 5, 10),
    )
    assert len(document["incidents"]) == 1


def test_in_addition_a_blast_in_another_town_is_another_event(run):
    document = run(
        "Gunmen attacked a checkpoint in Bama on Sunday, killing three soldiers.\n"
        "In addition, a bomb left by the militants exploded in the busy market town of Maiduguri on Sunday as a "
        "wedding went on.\n"
        "Nobody was hurt, although the blast caused panic.",
        published=dt.date(2025, 5, 12),
    )
    assert [place_of(document, i) for i in document["incidents"]] == ["Bama", "Maiduguri"]


def test_also_in_the_province_a_wounding_is_another_event_even_with_the_same_number(run):
    document = run(
        "Unknown gunmen shot dead a shopkeeper at a village north of Quetta on Monday.\n"
        "Also in the province, a guard was hurt after two men shot at him near a school outside Quetta.",
        published=dt.date(2025, 5, 13),
    )
    # (a wounding that tells no death killed no one: test_tolls_wounded_only.py)
    assert [(i["fatalities"], i["injured"]) for i in document["incidents"]] == [(1, None), (0, 1)]


def test_in_addition_with_nothing_new_goes_on_about_the_event_told(run):
    document = run(
        "Gunmen attacked a checkpoint in Bama on Sunday, killing three soldiers.\n"
        "In addition, the attackers burned two trucks parked at the checkpoint.",
        published=dt.date(2025, 5, 12),
    )
    assert len(document["incidents"]) == 1
