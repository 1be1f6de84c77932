"""Several events told one after another in one sentence, each with its own place and toll (segmentation's parts)."""

from __future__ import annotations

from .readers import place_of


def test_a_toll_per_place_list_gives_each_place_its_incident(run):
    document = run(
        "KABUL: Gunmen stormed a police post in Balkh Province on Sunday and killed five officers, officials said.\n"
        "It came amid a wave of militant violence that has left 12 dead and 30 wounded in Khar, 7 dead in Quetta, "
        "and another 9 dead in Bama."
    )
    told = {(place_of(document, i), i["fatalities"]) for i in document["incidents"]}
    assert {("Khar", 12), ("Quetta", 7), ("Bama", 9)} <= told


def test_a_list_of_attacks_led_by_one_in_the_capital_gives_each_its_incident(run):
    document = run(
        "PESHAWAR: The cleric was convicted on Monday of ordering several attacks. They included a bombing in the "
        "capital that killed six people, an attack on a police post in Khar that killed two officers and an "
        "attack on a market in Quetta that killed a trader."
    )
    told = {(place_of(document, i), i["fatalities"]) for i in document["incidents"]}
    assert {("Khar", 2), ("Quetta", 1)} <= told


def test_tolls_per_place_in_a_clause_told_in_passing_are_each_their_own_incident(run):
    document = run(
        "KABUL: A bomb killed five soldiers at a post in Balkh Province on Sunday.\n"
        "The blast came just days after militants carried out attacks that left 12 dead in Khar, 7 dead in Quetta, "
        "and another 9 dead in Bama."
    )
    told = {(place_of(document, i), i["fatalities"]) for i in document["incidents"]}
    assert {("Balkh", 5), ("Khar", 12), ("Quetta", 7), ("Bama", 9)} <= told


def test_a_toll_after_a_comma_without_a_place_of_its_own_stays_with_its_part(run):
    document = run(
        "PESHAWAR: At Khar, gunmen killed five guards on Sunday while in Bama, two people were killed, all "
        "farmers, police said."
    )
    assert sorted((place_of(document, i), i["fatalities"]) for i in document["incidents"]) == [
        ("Bama", 2),
        ("Khar", 5),
    ]
