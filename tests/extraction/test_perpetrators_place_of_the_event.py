"""A body named as the place where the event struck ("two car bombs at the X headquarters killed nine") is no doer of
it, though its name sits inside the subject of the killing; a doer named with "from" or "of" still is."""

from __future__ import annotations

from .readers import perpetrator_names


def test_a_force_whose_headquarters_the_bombs_struck_is_no_doer(run):
    document = run(
        "PESHAWAR: Two car bombs at the gate of the Pakistan Police headquarters in Khar killed nine people on "
        "Friday, officials said."
    )
    assert perpetrator_names(document) == []


def test_a_group_whose_office_the_attack_hit_is_no_doer(run):
    document = run(
        "PESHAWAR: A grenade attack on a Tehreek-e-Taliban Pakistan office in Khar killed three men on Friday, "
        "officials said."
    )
    assert perpetrator_names(document) == []


def test_fighters_from_a_group_that_attacked_are_still_its_men(run):
    document = run("MAIDUGURI: Fighters from Boko Haram attacked a market in Bama on Tuesday, killing nine traders.")
    assert perpetrator_names(document) == ["Boko Haram"]
