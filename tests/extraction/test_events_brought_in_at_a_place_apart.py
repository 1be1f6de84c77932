"""A line that brings in an event with no toll ("a suicide car bombing is underway in Y", "In Y, troops exchanged
fire ...") at a place apart from the event told is an incident of its own; a line about the event told, or where a
speaker was, is not (sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from .readers import place_of


@pytest.mark.parametrize(
    "text, published, places",
    [
        (  # an attack brought in at another city
            "Gunmen stormed a police post in Bama on Tuesday, killing four officers.\n"
            "Officials said a militant assault, including a suicide car bombing, was underway in Peshawar, where "
            "insurgents targeted a police academy.",
            dt.date(2025, 5, 14),
            ["Bama", "Peshawar"],
        ),
        (  # a gunfight fronted by another town
            "A roadside bomb wounded three soldiers on patrol in Khar on Monday.\n"
            "In Quetta, security forces exchanged gunfire with suspected insurgents, who later fled toward the hills.",
            dt.date(2025, 5, 13),
            ["Khar", "Quetta"],
        ),
    ],
)
def test_an_event_brought_in_at_a_place_apart_is_another_event(run, text, published, places):
    document = run(text, published=published)
    assert [place_of(document, i) for i in document["incidents"]] == places


def test_where_a_speaker_told_of_the_gunfight_is_no_other_event(run):
    document = run(
        "Gunmen shot dead two farmers in Bama on Monday.\n"
        "\u201cThen a gunfight broke out,\u201d a police spokesman said in Maiduguri on Tuesday.",
        published=dt.date(2025, 5, 13),
    )
    assert [place_of(document, i) for i in document["incidents"]] == ["Bama"]


@pytest.mark.parametrize("spoken", ["said at a news conference in Abuja", "told reporters in Abuja"])
def test_where_a_spokesman_spoke_to_the_press_is_no_other_event(run, spoken):
    document = run(
        "MAIDUGURI: Gunmen stormed a police post in Bama on Tuesday, killing four officers.\n"
        f"A suicide car bombing was also reported, the army spokesman {spoken}.",
        published=dt.date(2025, 5, 14),
    )
    assert [place_of(document, i) for i in document["incidents"]] == ["Bama"]


def test_the_attack_told_again_with_its_finer_place_is_the_event_told(run):
    document = run(
        "Gunmen stormed a police post in Bama on Tuesday, killing four officers.\n"
        "The attack began at dawn near a market on the road to Maiduguri, residents said.",
        published=dt.date(2025, 5, 14),
    )
    assert len(document["incidents"]) == 1
