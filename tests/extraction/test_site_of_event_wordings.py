"""A named site a later sentence puts the event at is the event's place, however the words lead to it: "in the
city's X neighbourhood", "near the busy X junction", "at and around X Square", "the X gym"."""

from __future__ import annotations

from .readers import place_names, place_of


def _lead_place(document: dict) -> str | None:
    return place_of(document, document["incidents"][0])


def test_a_neighbourhood_the_city_owns_is_the_place(run):
    document = run(
        "A car bomb killed five people in Peshawar on Thursday, police said. The bombing struck during the rush hour "
        "in the city's Gul Tarang neighbourhood, witnesses said."
    )
    assert _lead_place(document) == "Gul Tarang"


def test_a_site_after_a_busy_is_the_place(run):
    document = run(
        "At least nine people, among them children, lost their lives on Saturday when two car bombs went off at "
        "Pakistan's water ministry in the city of Quetta, police said. Two cars full of explosives blew up "
        "minutes apart near the busy Sorab junction, followed by gunfire."
    )
    assert _lead_place(document) == "Sorab junction"


def test_a_square_the_attack_was_at_and_around_is_the_place(run):
    document = run(
        "A man stabbed two people to death in Peshawar on Friday. The attack took place at and around Mehran "
        "Square shortly after noon, police said."
    )
    assert _lead_place(document) == "Mehran Square"


def test_a_named_gym_is_a_site(run):
    document = run("A bomb exploded during a prayer meeting at the Kalvori Gym in Khar on Sunday, killing four people.")
    assert "Kalvori Gym" in place_names(document)
