"""Incident types: what an attack hit, read from the parse when the text names it as the passive subject ("a lorry
was attacked"), as the verb "assault"'s object, or as the second of the targets listed ("attacking a customs office
and an army camp")."""

from __future__ import annotations

from .readers import incident_types


def test_a_vehicle_told_as_attacked_is_an_attack_on_civilians(run):
    document = run("KANO: Witnesses said a car had been attacked outside Bama late on Tuesday.")
    assert incident_types(document) == ["attack_on_civilians"]


def test_men_trying_to_assault_a_military_unit_is_a_clash(run):
    document = run(
        "QUETTA: Raiders who had commandeered a bus near Quetta on Tuesday went on to assault an army detachment. "
        "Eight people were killed."
    )
    assert incident_types(document) == ["armed_clash"]


def test_a_barracks_listed_second_among_the_targets_is_a_clash(run):
    document = run(
        "KANO: Militants spent three hours attacking a customs office and an army camp in Maiduguri on Monday, and "
        "nine people died."
    )
    assert incident_types(document) == ["armed_clash"]
