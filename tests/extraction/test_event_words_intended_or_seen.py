"""Event words that tell no event: a taking only plotted, drones only seen deployed; and hostages told as taken."""

from __future__ import annotations

from .readers import incident_types


def test_a_plot_to_kidnap_is_no_abduction(run):
    document = run(
        "PESHAWAR: A court in Khar on Sunday jailed two brothers over a plot hatched abroad to pay gangsters to "
        "kidnap or kill a provincial judge."
    )
    assert "abduction" not in incident_types(document)


def test_drones_seen_deployed_are_no_strike(run):
    document = run(
        "MAIDUGURI: Satellite pictures taken on Sunday showed that the insurgents had deployed at least 12 drones "
        "at a disused airstrip near Bama, analysts said."
    )
    assert incident_types(document) == []


def test_a_drone_that_struck_is_a_strike(run):
    document = run("MAIDUGURI: A drone struck a market near Bama on Sunday, killing four traders, residents said.")
    assert incident_types(document) == ["air_or_drone_strike"]


def test_people_taken_hostage_in_the_plural_is_an_abduction(run):
    document = run(
        "PESHAWAR: Gunmen who stormed a courthouse in Khar on Sunday have taken hostages, among them two judges, "
        "officials said."
    )
    assert incident_types(document) == ["abduction"]
