"""Places a sentence names for what the event is not in: the neighbour across a border ("near the border area with
X and Y"), another event it is compared with ("similar to the bombing in X"), where a body is based ("an X-based
charity")."""

from __future__ import annotations

from .readers import place_of


def test_both_neighbours_across_a_border_area_are_not_the_place(run):
    document = run(
        "PESHAWAR: Militants killed nine soldiers in Khar on Sunday, officials said. In March, six soldiers were "
        "killed in a similar ambush near the border area with Afghanistan and Iran."
    )
    incident = next(i for i in document["incidents"] if i["date"] and i["date"].endswith("-03"))
    assert place_of(document, incident) not in ("Afghanistan", "Iran")


def test_the_place_of_an_event_the_lead_compares_with_is_not_the_place(run):
    document = run(
        "PESHAWAR: In an attack similar to the bombing of a mosque in Quetta last year, a suicide bomber killed nine "
        "people at a market on Sunday, police in Khyber Pakhtunkhwa said."
    )
    assert place_of(document, document["incidents"][0]) == "Khyber Pakhtunkhwa"


def test_the_place_of_an_event_a_later_clause_compares_with_is_not_the_place(run):
    document = run(
        "A suicide bomber killed nine people at a crowded market on Sunday, in an attack bearing similarities to "
        "the bombing of a mosque in Quetta last year."
    )
    assert place_of(document, document["incidents"][0]) != "Quetta"


def test_the_compared_event_told_with_its_own_date_keeps_its_place(run):
    document = run(
        "PESHAWAR: A suicide bomber killed nine people at a market in Peshawar on Sunday. The bombing was "
        "reminiscent of the 2014 siege of a school in Quetta, which killed 40 people."
    )
    incident = next(i for i in document["incidents"] if (i["date"] or "").startswith("2014"))
    assert place_of(document, incident) == "Quetta"


def test_the_town_a_body_is_based_in_is_not_the_place(run):
    document = run(
        "PESHAWAR: Gunmen attacked the offices of a Quetta-based charity in Peshawar on Sunday, killing four aid "
        "workers."
    )
    assert place_of(document, document["incidents"][0]) == "Peshawar"
