"""Incident types from word classes fresh text used: a booby-trapped vehicle is a bomb, an exchange of gunfire is a
fight, a vehicle driven into a group of people
is an attack on civilians, and a line opening "Also in X," tells one more event."""

from __future__ import annotations

from .readers import incident_types


def test_a_booby_trapped_car_hitting_a_patrol_is_a_bombing(run):
    document = run("PESHAWAR: A booby-trapped car struck an army patrol near Khar on Sunday, killing three soldiers.")
    assert incident_types(document) == ["bombing"]


def test_an_attack_on_an_outpost_that_led_to_an_exchange_of_gunfire_is_a_clash(run):
    document = run(
        "PESHAWAR: Another attack took place at a ranger outpost near Khar on Sunday night. "
        "It set off an exchange of gunfire between the rangers and the attackers."
    )
    assert incident_types(document) == ["armed_clash"]


def test_a_car_hitting_a_group_of_cyclists_is_an_attack_on_civilians(run):
    document = run(
        "PESHAWAR: On Sunday a car hit a group of six cyclists near Khar, killing two of them. "
        "Its driver fired at a police van as he fled."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_a_line_opening_also_in_a_town_tells_another_bombing(run):
    document = run(
        "PESHAWAR: A roadside bomb killed two soldiers in Khar on Sunday, police said. "
        "Also in Khar, a bomb went off near a school bus, killing a child."
    )
    assert incident_types(document) == ["bombing", "bombing"]
