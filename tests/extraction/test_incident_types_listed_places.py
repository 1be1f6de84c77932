"""Incident types: the events of a list of places take their type from the part of the sentence that tells them."""

from __future__ import annotations

from .readers import incident_types


def test_attacks_in_listed_towns_after_a_blast_told_first_are_not_that_blast(run):
    document = run(
        "MAIDUGURI: On Friday, four soldiers died in a roadside bomb blast near Dikwa, while some guards and "
        "civilians, two boys among them, were hurt in a series of attacks in Bama and Maiduguri."
    )
    types = incident_types(document)
    assert types.count("attack_on_civilians") == 2, types
