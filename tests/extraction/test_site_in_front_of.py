"""A site the blast went off in front of: "exploded in front of the X church" puts the event at the site, as "at
the gates of the X" does."""

from __future__ import annotations

from .readers import place_of


def test_a_bomb_that_exploded_in_front_of_a_named_church_was_at_that_church(run):
    document = run(
        "A suicide bomber on a scooter wounded 14 worshippers in Nigeria on Sunday morning. The device exploded "
        "in front of the Holy Trinity Church in the city of Maiduguri as the second service was ending."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Holy Trinity Church"
