"""Sites whose name is a listed town's, written only before the site word ("Khar airport"), and named centres that
are buildings ("the Torvel Medical Center", "the Varnel Cultural Centre")."""

from __future__ import annotations

import pytest

from .readers import place_names


def test_a_listed_name_written_only_before_an_airport_is_the_airport(run):
    document = run(
        "Two bombs went off at Khar airport in north-west Pakistan on Sunday, killing five travellers, police said."
    )
    names = place_names(document)
    assert "Khar airport" in names
    assert "Khar" not in names


def test_a_listed_name_also_written_alone_stays_the_town(run):
    document = run(
        "Two bombs went off at Khar airport in north-west Pakistan on Sunday, killing five travellers. Shops in Khar "
        "stayed shut on Monday."
    )
    names = place_names(document)
    assert "Khar" in names
    assert "Khar airport" not in names


def test_the_airport_with_and_without_the_article_is_one_site(run):
    document = run(
        "Gunmen stormed the Khar airport in Pakistan on Sunday, killing four guards. All flights to and from Khar "
        "airport were halted until Tuesday, officials said."
    )
    assert len([name for name in place_names(document) if name.startswith("Khar")]) == 1


def test_a_named_medical_center_is_a_site(run):
    document = run(
        "KABUL: Four of the wounded died later at the Torvel Medical Center, where surgeons worked through the night."
    )
    assert "Torvel Medical Center" in place_names(document)


CENTRES_TEXT = (
    "KABUL: Gunmen opened fire at the Varnel Cultural Centre on Friday, killing three worshippers. Two of the wounded "
    "later died at the Dorsk Health Centre, and a third at the Orlan Emergency Center. On Sunday a grenade killed two "
    "guards at the Telvar Memorial Centre."
)


@pytest.mark.parametrize(
    "name", ["Varnel Cultural Centre", "Dorsk Health Centre", "Orlan Emergency Center", "Telvar Memorial Centre"]
)
def test_named_centres_that_gather_or_treat_people_are_sites(run, name):
    assert name in place_names(run(CENTRES_TEXT))


def test_a_named_policy_centre_is_no_site(run):
    document = run("KABUL: Gunmen killed three guards on Friday, said an analyst at the Varnel Policy Center.")
    assert "Varnel Policy Center" not in place_names(document)


def test_an_emergency_operations_centre_is_a_body_not_a_site(run):
    document = run(
        "MAIDUGURI: Gunmen killed nine people in Bama on Sunday, according to the National Emergency Operations Centre."
    )
    assert "National Emergency Operations Centre" in {g["name"] for g in document["groups"]}
