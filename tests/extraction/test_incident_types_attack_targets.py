"""Incident types: what an attack hit, read from the parse when the text names it as the passive subject ("a lorry
was attacked"), as the verb "assault"'s object, or as the second of the targets listed ("the stadium and an army
barracks came under attack")."""

from __future__ import annotations

from .readers import incident_types


def test_a_vehicle_told_as_attacked_is_an_attack_on_civilians(run):
    document = run("MAPUTO: On Friday a minibus was attacked on the road north of Pemba, witnesses said.")
    assert incident_types(document) == ["attack_on_civilians"]


def test_men_trying_to_assault_a_military_unit_is_a_clash(run):
    document = run(
        "ALMATY: Gunmen on Sunday seized a bus in Taraz and tried to assault an army unit. "
        "Nine people were killed in the fighting."
    )
    assert incident_types(document) == ["armed_clash"]


def test_a_barracks_listed_second_among_the_targets_is_a_clash(run):
    document = run(
        "NIAMEY: The stadium and an army barracks in Niamey came under a six-hour attack by gunmen on Sunday; "
        "14 people were killed."
    )
    assert incident_types(document) == ["armed_clash"]
