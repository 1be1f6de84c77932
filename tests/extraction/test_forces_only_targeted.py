"""A force that attacks only go for is a target, no actor of the story."""

from __future__ import annotations

import pytest

from .readers import group_names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "PESHAWAR: A bomb killed five people in a market in Khar on Sunday. Militants have been targeting "
            "security forces with grenades for months.",
            id="a force that militants keep targeting is no group",
        ),
        pytest.param(
            "PESHAWAR: A bomb killed five people in a market in Khar on Sunday. The militants have launched a wave of "
            "attacks across the province against security forces.",
            id="a force a run of attacks across a region went against is no group",
        ),
        pytest.param(
            "PESHAWAR: A bomb killed five people in a market in Khar on Sunday. An official said the blast was aimed "
            "at the security forces, not the shoppers.",
            id="a force an attack was aimed at is no group",
        ),
        pytest.param(
            "PESHAWAR: A roadside bomb killed three people near a bus stop in Khar on Monday. Militants have targeted "
            "the police with roadside bombs for years.",
            id="a force that militants have targeted is no group",
        ),
        pytest.param(
            "PESHAWAR: Gunmen shot dead two traders in Khar on Sunday and left notes with threats directed at the "
            "police beside the bodies.",
            id="a force that threats were directed at is no group",
        ),
    ],
)
def test_a_force_that_attacks_only_go_for_is_no_group(run, text):
    assert group_names(run(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "PESHAWAR: Militants targeting a checkpoint in Khar on Sunday were repelled. Security forces killed two of "
            "the attackers.",
            id="a force that fights back after being targeted is still a group",
        ),
        pytest.param(
            "QUETTA: Two students were shot dead in Quetta on Monday. They were targeted by police at a march.",
            id="a force that targeted someone is still a group",
        ),
        pytest.param(
            "QUETTA: Two students were shot dead in Quetta on Monday. Fury on the campus was directed at the police, "
            "who had opened fire on the march, students said.",
            id="a force that anger was directed at after it fired is still a group",
        ),
        pytest.param(
            "KHAR: Air strikes on Sunday by the army killed 12 militants in hideouts near Khar, officials said.",
            id="a force that carried out strikes on a day is still a group",
        ),
    ],
)
def test_a_force_that_acts_is_still_a_group(run, text):
    assert group_names(run(text)) != []


def test_a_force_attacks_were_blamed_on_is_the_perpetrator_not_the_target(run):
    document = run(
        "QUETTA: Four shopkeepers were gunned down in Quetta on Friday in attacks the traders blamed on the police."
    )
    assert group_names(document) != []
    assert all(incident["perpetrators"] for incident in document["incidents"])
