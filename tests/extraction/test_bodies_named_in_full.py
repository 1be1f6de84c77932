"""Unlisted bodies named in full: a name in the plural, a name the model cut at its seat's hyphen."""

from __future__ import annotations

from .readers import group_names


def test_committees_in_the_plural_are_one_body_under_their_full_name(run):
    names = group_names(
        run(
            "MAIDUGURI: Gunmen attacked a market in Bama on Sunday. Separately, the Bama Neighbourhood Resistance "
            "Committees said a drone struck a wedding."
        )
    )
    assert "Bama Neighbourhood Resistance Committees" in names
    assert "Bama Neighbourhood Resistance" not in names


def test_a_court_named_after_a_hyphenated_seat_keeps_the_whole_name_and_the_seat(run):
    document = run(
        "PESHAWAR: A grenade struck a bus depot in Peshawar in May.\nThe District Court of Khyber-Pakhtunkhwa on "
        "Friday convicted a 31-year-old of two murders."
    )
    names = group_names(document)
    assert "District Court of Khyber-Pakhtunkhwa" in names
    assert "District Court of" not in names
    assert any(loc["name"] == "Khyber Pakhtunkhwa" for loc in document["locations"])
