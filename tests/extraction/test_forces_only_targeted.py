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


def test_a_force_attacks_were_blamed_on_is_the_perpetrator_not_the_target(run):
    document = run(
        "QUETTA: Four shopkeepers were gunned down in Quetta on Friday in attacks the traders blamed on the police."
    )
    assert group_names(document) != []
    assert all(incident["perpetrators"] for incident in document["incidents"])


def test_a_force_that_militants_have_targeted_is_no_group(run):
    document = run(
        "PESHAWAR: A roadside bomb killed three people near a bus stop in Khar on Monday. Militants have targeted the "
        "police with roadside bombs for years."
    )
    assert group_names(document) == []


def test_a_force_that_targeted_someone_is_still_a_group(run):
    document = run("QUETTA: Two students were shot dead in Quetta on Monday. They were targeted by police at a march.")
    assert group_names(document) != []


def test_a_force_that_anger_was_directed_at_after_it_fired_is_still_a_group(run):
    document = run(
        "QUETTA: Two students were shot dead in Quetta on Monday. Fury on the campus was directed at the police, "
        "who had opened fire on the march, students said."
    )
    assert group_names(document) != []


def test_a_force_that_carried_out_strikes_on_a_day_is_still_a_group(run):
    document = run("KHAR: Air strikes on Sunday by the army killed 12 militants in hideouts near Khar, officials said.")
    assert group_names(document) != []


def test_a_force_that_threats_were_directed_at_is_no_group(run):
    document = run(
        "PESHAWAR: Gunmen shot dead two traders in Khar on Sunday and left notes with threats directed at the "
        "police beside the bodies."
    )
    assert group_names(document) == []
