"""A named site told "close to", "next to" or "the entrance to" is the event's site only when the event itself is told
there ("the blast took place close to X"); an attempt to enter a site is the attackers' own ("tried to enter X"), not
anyone's ("were not allowed to enter X"). A place after the sentence's capitalised opening preposition ("In Alder,
officials said ...") is where the speakers are when the sentence locates another place in lower case."""

from __future__ import annotations

import pytest

from .readers import place_of


@pytest.mark.parametrize(
    "later",
    [
        "Investigators said the gunman had rented a room close to the Kelvane Hotel.",
        "Guards were later posted at checkpoints next to the Kelvane Hotel, where ministers were staying.",
        "Reporters were later kept away from the entrance to the Kelvane Hotel by police.",
    ],
)
def test_a_site_beside_which_no_event_is_told_is_not_the_place(run, later):
    document = run(f"A suicide bomber killed six people at a bus stop in Quetta on Monday, police said. {later}")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Quetta"


def test_a_blast_that_went_off_next_to_a_site_is_at_that_site(run):
    document = run(
        "A car bomb killed five people in Quetta on Monday, police said. "
        "The car exploded on the main road next to the Kelvane Hotel, witnesses said."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Kelvane Hotel"


def test_attackers_who_tried_to_enter_a_site_named_without_the_attacked_it(run):
    document = run(
        "A suicide bomber killed four people in Karachi on Thursday, the governor said. "
        "The attackers attempted to enter Kelvane Hotel but guards stopped them and they detonated the car bomb."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Kelvane Hotel"


@pytest.mark.parametrize("refused", ["were not allowed to enter", "refused to enter"])
def test_people_kept_out_of_a_site_are_no_event_at_it(run, refused):
    document = run(
        "A bomb exploded at a vegetable market in Quetta on Monday, killing five people, police said. "
        f"Journalists {refused} the Kelvane Hotel, where the cabinet held an emergency meeting."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Quetta"


def test_the_speakers_town_in_the_opening_does_not_beat_the_event_town(run):
    document = run("In Quetta, officials said gunmen killed nine people at a bazaar in Peshawar on Tuesday.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Peshawar"
