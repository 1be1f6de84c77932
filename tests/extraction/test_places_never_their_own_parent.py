"""A place is never its own parent: a later sentence that names the lead's own unlisted town as the part of a town
the event happened in ("in the eastern neighbourhood of X", X the lead's place) adds nothing, and must not hang X
under itself (a cycle that every walk up the hierarchy would have to guard against)."""

from __future__ import annotations


def test_the_leads_unlisted_town_named_again_as_a_part_of_town_is_not_its_own_parent(run):
    document = run(
        "Gunmen on motorbikes shot dead six farmers at a cattle market in Dorvanek on Sunday, police said. "
        "Witnesses said it all happened in the eastern neighbourhood of Dorvanek, near a grain store."
    )
    for place in document["locations"]:
        assert place.get("parent") != place["key"], place["name"]
