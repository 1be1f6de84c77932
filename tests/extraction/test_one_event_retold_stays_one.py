"""One event retold is one incident: a part of its toll told at a site of its own place ("Nine died near the X
junction ... where the car blew up"), a later rise of its toll ("A day later, the death toll rose to 50"), a part of
its victims told at one of its places ("In X ward, 17 worshippers were shot dead"). A second event told with
"another"/"a second" elsewhere, or a roundup of places with their own tolls, still splits."""

from __future__ import annotations


def _killed(document: dict) -> list[int | None]:
    return [i.get("fatalities") for i in document["incidents"]]


def test_a_part_of_the_toll_told_where_the_car_blew_up_is_the_same_incident(run):
    document = run(
        "A car bomb killed 15 people in Peshawar on Saturday, police said. Nine died near the Tarvel junction in "
        "the Oskandar district of the city, where the car blew up."
    )
    assert len(document["incidents"]) == 1
    assert _killed(document) == [15]


def test_a_toll_that_rose_a_day_later_is_the_same_incident(run):
    document = run(
        "Gunmen killed at least 30 people in an attack on Dervola village in Borno on Tuesday. A day later, the "
        "death toll rose to 50 as bodies were found in surrounding bush."
    )
    assert len(document["incidents"]) == 1
    assert _killed(document) == [50]


def test_a_part_of_the_victims_told_at_one_of_its_places_is_the_same_incident(run):
    document = run(
        "Bandits killed at least 25 people in Kelvaro district of Borno on Friday. In Mandu Tesa ward, 17 "
        "worshippers were shot dead inside a mosque."
    )
    assert len(document["incidents"]) == 1
    assert _killed(document) == [25]


def test_another_bombing_in_another_district_of_the_city_still_splits(run):
    document = run(
        "A car bomb killed 15 people in the Oskandar district of Peshawar on Saturday, police said. In another "
        "attack, gunmen shot dead four people in the Melvar district of the city."
    )
    assert len(document["incidents"]) == 2


def test_a_second_blast_elsewhere_in_the_city_still_splits(run):
    document = run(
        "A car bomb killed 15 people in the Oskandar district of Peshawar on Saturday, police said. In a second "
        "attack, gunmen shot dead six people in the Melvar district hours later."
    )
    assert len(document["incidents"]) == 2


def test_a_roundup_of_places_with_their_own_tolls_still_splits(run):
    document = run(
        "Gunmen killed 12 people across Borno on Sunday. In Maiduguri, five people were shot dead at a market. "
        "In Bama, seven farmers were killed in their fields."
    )
    assert len(document["incidents"]) >= 2


def test_another_attack_in_a_district_of_the_city_still_splits(run):
    document = run(
        "A car bomb killed 15 people in Peshawar on Saturday, police said. In another attack, gunmen shot dead four "
        "people in the Oskandar district of the city."
    )
    assert len(document["incidents"]) == 2


def test_a_ward_with_more_dead_told_as_another_attack_still_splits(run):
    document = run(
        "Bandits killed at least 25 people in Kelvaro district of Borno on Friday. In Mandu Tesa ward, another "
        "attack killed 9 farmers on Sunday."
    )
    assert len(document["incidents"]) == 2
