"""Several events told one after another in one sentence, each with its own place and toll (segmentation's parts)."""

from __future__ import annotations

import pytest

from .readers import place_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "KABUL: Gunmen stormed a police post in Balkh Province on Sunday and killed five officers, officials "
            "said.\nIt came amid a wave of militant violence that has left 12 dead and 30 wounded in Khar, "
            "7 dead in Quetta, and another 9 dead in Bama.",
            {("Khar", 12), ("Quetta", 7), ("Bama", 9)},
            id="a toll per place in a list",
        ),
        pytest.param(
            "PESHAWAR: The cleric was convicted on Monday of ordering several attacks. They included a bombing in the "
            "capital that killed six people, an attack on a police post in Khar that killed two officers and an "
            "attack on a market in Quetta that killed a trader.",
            {("Khar", 2), ("Quetta", 1)},
            id="a list of attacks led by one in the capital",
        ),
        pytest.param(
            "KABUL: A bomb killed five soldiers at a post in Balkh Province on Sunday.\n"
            "The blast came just days after militants carried out attacks that left 12 dead in Khar, 7 dead in Quetta, "
            "and another 9 dead in Bama.",
            {("Balkh", 5), ("Khar", 12), ("Quetta", 7), ("Bama", 9)},
            id="tolls per place in a clause told in passing",
        ),
        pytest.param(
            "KABUL: A bomb killed five soldiers at a post in Balkh Province on Sunday.\n"
            "Earlier attacks had left 12 dead in Khar, reportedly 7 dead in Quetta, and roughly 9 dead in Bama.",
            {("Khar", 12), ("Quetta", 7), ("Bama", 9)},
            id="a toll led by an adverb after the comma",
        ),
    ],
)
def test_each_place_with_its_own_toll_in_one_sentence_is_its_own_incident(run, text, expected):
    document = run(text)
    told = {(place_of(document, i), i["fatalities"]) for i in document["incidents"]}
    assert expected <= told


def test_a_toll_after_a_comma_without_a_place_of_its_own_stays_with_its_part(run):
    document = run(
        "PESHAWAR: At Khar, gunmen killed five guards on Sunday while in Bama, two people were killed, all "
        "farmers, police said."
    )
    assert sorted((place_of(document, i), i["fatalities"]) for i in document["incidents"]) == [
        ("Bama", 2),
        ("Khar", 5),
    ]
