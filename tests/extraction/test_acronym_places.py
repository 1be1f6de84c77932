"""A listed place written out before its short form ("Khyber Pakhtunkhwa (KP)") is a place, not a group."""

from __future__ import annotations

from .readers import group_names, place_names


def test_a_places_short_form_makes_no_group(run):
    document = run(
        "PESHAWAR: A bomb killed nine people in Peshawar on Sunday, the police chief of Khyber Pakhtunkhwa (KP) "
        "said. Schools in KP were closed."
    )
    names = group_names(document)
    assert not any(name in ("Khyber Pakhtunkhwa", "KP") for name in names)
    assert "Khyber Pakhtunkhwa" in place_names(document)
