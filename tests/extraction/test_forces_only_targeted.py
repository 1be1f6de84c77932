"""A force that attacks only go for is a target, no actor of the story."""

from __future__ import annotations

from .readers import group_names


def test_a_force_that_militants_keep_targeting_is_no_group(run):
    document = run(
        "PESHAWAR: A bomb killed five people in a market in Khar on Sunday. Militants have been targeting "
        "security forces with grenades for months."
    )
    assert group_names(document) == []


def test_a_force_a_run_of_attacks_across_a_region_went_against_is_no_group(run):
    document = run(
        "PESHAWAR: A bomb killed five people in a market in Khar on Sunday. The militants have launched a wave of "
        "attacks across the province against security forces."
    )
    assert group_names(document) == []


def test_a_force_an_attack_was_aimed_at_is_no_group(run):
    document = run(
        "PESHAWAR: A bomb killed five people in a market in Khar on Sunday. An official said the blast was aimed at "
        "the security forces, not the shoppers."
    )
    assert group_names(document) == []


def test_a_force_that_fights_back_after_being_targeted_is_still_a_group(run):
    document = run(
        "PESHAWAR: Militants targeting a checkpoint in Khar on Sunday were repelled. Security forces killed two of "
        "the attackers."
    )
    assert group_names(document) != []
