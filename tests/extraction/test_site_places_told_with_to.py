"""A site told with "to" that leads nowhere ("just opposite to", "close to", "the entrance to", "tried to enter") is
a spot at the site, not a destination: the named site is the event's place."""

from __future__ import annotations

import pytest

from .readers import place_of


@pytest.mark.parametrize(
    "spot",
    ["just opposite to the Kelvane Hotel", "close to the Kelvane Hotel"],
)
def test_a_blast_beside_a_named_site_is_at_that_site(run, spot):
    document = run(
        "Two bombs exploded in the town of Quetta on Monday evening, wounding six people, police said. "
        f"Both explosions took place {spot} within five minutes, officials confirmed."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Kelvane Hotel"


def test_attackers_who_tried_to_enter_a_named_site_attacked_it(run):
    document = run(
        "A suicide bomber killed four people in the port city of Karachi on Thursday, the governor said. "
        "The attackers tried to enter the Kelvane Hotel but guards stopped them and they detonated the car bomb."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Kelvane Hotel"


def test_a_town_the_wounded_were_taken_to_is_still_no_place_of_the_event(run):
    document = run(
        "Gunmen killed three traders at a market in Quetta on Monday, police said. "
        "The wounded were taken to Karachi for treatment."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Quetta"
