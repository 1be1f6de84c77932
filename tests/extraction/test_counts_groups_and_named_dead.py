"""Counts told in looser constructions: an unclosed aside, where the dead were, groups added up, named dead, and more
dead told after a first figure."""

from __future__ import annotations

import pytest

from incidents.extraction.counts import find_counts


def killed(sentence: str) -> list[int]:
    return [c.value for c in find_counts(sentence) if c.kind == "killed"]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # an aside listing with commas of its own, running into the verb
        ("At least 73 herders, largely youths, elders and their wives were killed near Korvanu.", [73]),
        ("Twelve pilgrims, mainly women were killed when the bridge was shelled.", [12]),
        # where the dead were, between them and their verb
        ("The convoy escaped the blast but three boys on the verge were killed.", [3]),
        ("Four passengers in the minibus were killed in the ambush.", [4]),
        # counted groups joined by "and" add up; a group given no number adds nothing
        ("The siege left 31 guards and 9 traders and nearly a thousand rebels dead.", [40]),
        ("The raid left two wardens and a cook dead.", [3]),
        # named dead, one each
        ("Raiders fired on the patrol, leaving the SHO and Sergeant Tavo Merrin dead.", [2]),
        ("The ambush left the district commander dead.", [1]),
        # more dead told after a first figure
        ("Another pilgrim died on the way to the clinic and two more fatalities were confirmed at dawn.", [1, 2]),
    ],
)
def test_looser_counts_are_read(sentence, values):
    assert killed(sentence) == values


@pytest.mark.parametrize(
    "sentence",
    [
        "Another raid killed five herders.",  # the raid is the doer, and its count is read as such
        "The clinic said 40 deaths were recorded in its wards.",  # one place's share of a toll
    ],
)
def test_no_extra_one(sentence):
    assert 1 not in killed(sentence)
    assert 40 not in killed(sentence)
