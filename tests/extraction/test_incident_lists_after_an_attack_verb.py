"""Several events told in one sentence: a list of places right after an attack verb ("militants attacked X, Y and
Z", "raided the villages of X and Y") or joined by "and in" ("bombings in X and in Y") gives one incident per place;
one attack told over two places ("in X, near Y"), "killed 3 and wounded 4" and the victims' home villages do not
(sentences and names invented for these tests)."""

from __future__ import annotations

import pytest

from .readers import place_of


def _places(document):
    return sorted(place_of(document, i) or "" for i in document["incidents"])


@pytest.mark.parametrize(
    "text, places",
    [
        pytest.param(
            "Militants attacked Bama, Maiduguri and Telvaro on Sunday night, killing 14 villagers and burning homes, "
            "officials said.",
            ["Bama", "Maiduguri", "Telvaro"],
            id="attacked-three-towns",
        ),
        pytest.param(
            "Insurgents raided Bama and Telvaro in northeast Nigeria on Tuesday, killing six farmers, residents said.",
            ["Bama", "Telvaro"],
            id="raided-two-towns",
        ),
        pytest.param(
            "Bombings in Peshawar and in Quetta killed nine people on Monday, police said.",
            ["Peshawar", "Quetta"],
            id="bombings-in-one-place-and-in-another",
        ),
        pytest.param(
            "Gunmen attacked 11 communities in Bama and Maiduguri on Sunday, killing 40 villagers, police said.",
            ["Bama", "Maiduguri"],
            id="attacked-communities-in-two-towns",
        ),
        pytest.param(
            "Nine people were killed on Monday in bombings that took place in Khar in northern Bajaur and in Quetta "
            "in Balochistan province, police said.",
            ["Khar", "Quetta"],
            id="attacks-took-place-in-one-town-in-its-region-and-in-another",
        ),
    ],
)
def test_a_list_of_places_after_an_attack_verb_gives_one_incident_per_place(run, text, places):
    assert _places(run(text)) == places


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Gunmen attacked a police post in Khar, near Peshawar, on Monday, killing three policemen.",
            id="one-attack-told-over-two-places",
        ),
        pytest.param(
            "Gunmen killed 3 and wounded 4 in an attack on a market in Khar on Monday, police said.",
            id="killed-and-wounded",
        ),
        pytest.param(
            "A bomb killed five farmers from Bama, Telvaro and Sarvene at a market in Maiduguri on Monday.",
            id="victims-home-villages",
        ),
        pytest.param(
            "The attack took place in Khar in northern Bajaur on Monday, killing three policemen.",
            id="one-attack-at-a-town-in-its-region",
        ),
    ],
)
def test_one_event_told_with_several_places_stays_one_incident(run, text):
    assert len(run(text)["incidents"]) == 1


def test_a_list_that_retells_a_lead_at_one_of_its_places_opens_only_the_other(run):
    document = run(
        "Gunmen attacked a police post in Khar on Monday, killing three policemen, officials said.\n"
        "The attacks took place in Khar in northern Bajaur and in Quetta in Balochistan province, police said."
    )
    assert _places(document) == ["Khar", "Quetta"]


def test_a_list_told_again_in_a_quote_opens_no_more_incidents(run):
    document = run(
        "Gunmen attacked 11 communities in Bama and Maiduguri on Sunday, killing 40 villagers, police said.\n"
        '"On Sunday night, gunmen attacked 11 communities in Bama and Maiduguri," a police spokesman said.'
    )
    # (the list's second place is not opened twice; the quote's own line is the segmenter's to join)
    assert _places(document).count("Maiduguri") == 1
