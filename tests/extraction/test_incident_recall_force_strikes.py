"""Strikes a force carries out ("carried out three new strikes") are air strikes: an event of their own after a
roundup opener, though "strikes" alone names no weapon (sentences invented for these tests)."""

from __future__ import annotations


def test_strikes_a_force_carried_out_open_an_air_strike(run):
    document = run(
        "A bomb killed two policemen in Peshawar on Monday, officials said.\n"
        "Meanwhile, the air force said it had carried out three new strikes against the rebels in Bajaur."
    )
    assert [i["type"] for i in document["incidents"]] == ["bombing", "air_or_drone_strike"]


def test_guerrilla_strikes_in_general_open_no_event(run):
    document = run(
        "A bomb killed two policemen in Peshawar on Monday, officials said.\n"
        "Meanwhile, the rebels went on launching guerrilla strikes against the police across Bajaur."
    )
    assert [i["type"] for i in document["incidents"]] == ["bombing"]
