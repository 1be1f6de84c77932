"""A site told with "to" that leads nowhere ("just opposite to", "close to", "the entrance to") is a spot at the site,
not a destination, when the event itself is told there ("the blast took place close to X"); an attempt to enter a
site is the attackers' own ("tried to enter X"), not anyone's ("were not allowed to enter X"). Otherwise the town the
event is told in stays its place."""

from __future__ import annotations

import pytest

from .readers import place_of


@pytest.mark.parametrize(
    "text",
    [
        "Two bombs exploded in the town of Quetta on Monday evening, wounding six people, police said. "
        "Both explosions took place just opposite to the Kelvane Hotel within five minutes, officials confirmed.",
        "Two bombs exploded in the town of Quetta on Monday evening, wounding six people, police said. "
        "Both explosions took place close to the Kelvane Hotel within five minutes, officials confirmed.",
        "A car bomb killed five people in Quetta on Monday, police said. "
        "The car exploded on the main road next to the Kelvane Hotel, witnesses said.",
        "A suicide bomber killed four people in the port city of Karachi on Thursday, the governor said. "
        "The attackers tried to enter the Kelvane Hotel but guards stopped them and they detonated the car bomb.",
        "A suicide bomber killed four people in Karachi on Thursday, the governor said. "
        "The attackers attempted to enter Kelvane Hotel but guards stopped them and they detonated the car bomb.",
    ],
    ids=["took-place-opposite", "took-place-close", "exploded-next-to", "tried-to-enter-the", "attempted-to-enter"],
)
def test_an_event_told_beside_or_into_a_named_site_is_at_that_site(run, text):
    document = run(text)
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Kelvane Hotel"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "A suicide bomber killed six people at a bus stop in Quetta on Monday, police said. "
            "Investigators said the gunman had rented a room close to the Kelvane Hotel.",
            "Quetta",
        ),
        (
            "A suicide bomber killed six people at a bus stop in Quetta on Monday, police said. "
            "Guards were later posted at checkpoints next to the Kelvane Hotel, where ministers were staying.",
            "Quetta",
        ),
        (
            "A suicide bomber killed six people at a bus stop in Quetta on Monday, police said. "
            "Reporters were later kept away from the entrance to the Kelvane Hotel by police.",
            "Quetta",
        ),
        (
            "A bomb exploded at a vegetable market in Quetta on Monday, killing five people, police said. "
            "Journalists were not allowed to enter the Kelvane Hotel, where the cabinet held an emergency meeting.",
            "Quetta",
        ),
        (
            "A bomb exploded at a vegetable market in Quetta on Monday, killing five people, police said. "
            "Journalists refused to enter the Kelvane Hotel, where the cabinet held an emergency meeting.",
            "Quetta",
        ),
        (
            "Gunmen killed three traders at a market in Quetta on Monday, police said. "
            "The wounded were taken to Karachi for treatment.",
            "Quetta",
        ),
    ],
    ids=[
        "lived-close-to",
        "posted-next-to",
        "kept-from-entrance",
        "not-allowed-to-enter",
        "refused-to-enter",
        "taken-to",
    ],
)
def test_a_site_or_town_beside_which_no_event_is_told_is_not_the_place(run, text, town):
    document = run(text)
    [incident] = document["incidents"]
    assert place_of(document, incident) == town
