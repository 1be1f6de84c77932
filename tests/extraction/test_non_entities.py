"""Names that are no actor: the publisher, a street, a site the model took for a person."""

from __future__ import annotations

from .readers import (
    place_names,
)


def test_the_publisher_is_no_entity(run):
    document = run(
        "PESHAWAR, Pakistan (Frontier Monitor) — A bomb killed five soldiers in Khar on Sunday, two officials told "
        "Frontier Monitor.",
        publisher="Frontier Monitor",
    )
    names = {e["name"] for kind in ("groups", "persons", "locations") for e in document[kind]}
    assert "Frontier Monitor" not in names


def test_a_name_heading_a_road_is_an_address(run):
    document = run("PESHAWAR: A bomb killed five people on Gul Bahar Jan road in Khar on Sunday.")
    assert all(p["name"] != "Gul Bahar Jan" for p in document["persons"])


def test_a_housing_complex_is_a_site_and_stays_one(run):
    document = run(
        "PESHAWAR: Police arrested nine men on Sunday in a raid on the Hayatabad Gardens housing complex in Peshawar. "
        "Police said Hayatabad Gardens had been used to store weapons."
    )
    assert "Hayatabad Gardens" in place_names(document)
    assert all(p["name"] != "Hayatabad Gardens" for p in document["persons"])


def test_a_place_in_the_publishers_name_is_no_place_of_the_story(run):
    document = run(
        "Free Italy Monitor\n\nPESHAWAR, Pakistan: A bomb killed five soldiers in Khar on Sunday.",
        publisher="Free Italy Monitor",
    )
    assert "Italy" not in place_names(document)


def test_a_place_in_an_outlets_name_is_no_place_of_the_story(run):
    document = run(
        "PESHAWAR, Pakistan: A bomb killed five soldiers in Khar on Sunday, Italy 24 reported. Radio Iran and Oman TV "
        "said the bomb was planted on a road."
    )
    names = place_names(document)
    assert "Italy" not in names
    assert "Iran" not in names
    assert "Oman" not in names


def test_a_place_beside_an_outlet_stays_a_place(run):
    document = run(
        "PESHAWAR, Pakistan: A bomb killed five soldiers and two tourists from Italy in Khar on Sunday, a local "
        "radio station reported."
    )
    assert "Italy" in place_names(document)


def test_a_place_with_a_count_of_hours_after_it_stays_a_place(run):
    document = run("PESHAWAR, Pakistan: Two soldiers died in Khar 24 hours after a bomb hit their convoy on Sunday.")
    assert "Khar" in place_names(document)


def test_a_place_before_a_lowercase_outlet_word_stays_a_place(run):
    document = run(
        "PESHAWAR, Pakistan: A bomb killed five soldiers in Khar on Sunday, and from Italy news came of a rally."
    )
    assert "Italy" in place_names(document)
