"""A capitalised institution whose name opens with a listed town ("Telvaro University", "Brennach Port Authority
Complex") is in that town: the town is a place of the story, named through the institution, and the institution's
parent; a hospital or an airport (as often named after a person or a quarter as after its town) is not read that
way."""

from __future__ import annotations

import pytest


def _locations(document) -> dict[str, dict]:
    return {place["name"]: place for place in document["locations"]}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Gunmen stormed Telvaro University in northeastern Nigeria before dawn on Thursday, killing 14 students, "
            "police said.",
            "Telvaro",
        ),
        (  # the institution's name goes on after the town's
            "Militants attacked the Brennach Port Authority Complex in Pakistan's Balochistan province on Monday, "
            "killing two guards, officials said.",
            "Brennach",
        ),
    ],
    ids=["university", "complex"],
)
def test_an_institution_named_after_its_town_names_the_town_as_its_parent(run, text, town):
    document = run(text)
    places = _locations(document)
    assert town in places
    site = next(p for p in document["locations"] if p["kind"] == "site")
    assert site["parent"] == places[town]["key"]


@pytest.mark.parametrize(
    "text",
    [
        "Two wounded soldiers died on Friday at Telvaro Hospital in Maiduguri after a roadside bomb hit their "
        "patrol near Bama, the army said.",
        "A car bomb exploded outside Telvaro International Airport in Maiduguri on Sunday, killing three people, "
        "police said.",
    ],
    ids=["hospital", "airport"],
)
def test_a_hospital_or_an_airport_named_like_a_town_does_not_name_that_town(run, text):
    assert "Telvaro" not in _locations(run(text))


@pytest.mark.parametrize(
    ("text", "name_town", "parent"),
    [
        (
            "Gunmen stormed Telvaro University in Maiduguri before dawn on Thursday, killing 14 students, police said.",
            "Telvaro",
            "Maiduguri",
        ),
        (
            "A bomb exploded at the Khar Market near Peshawar in northwestern Pakistan on Monday, killing four "
            "traders, police said.",
            "Khar",
            "Peshawar",
        ),
    ],
    ids=["university-in", "market-near"],
)
def test_an_institution_told_in_or_near_another_town_is_in_that_town(run, text, name_town, parent):
    document = run(text)
    places = _locations(document)
    assert name_town not in places
    site = next(p for p in document["locations"] if p["kind"] == "site")
    assert site["parent"] == places[parent]["key"]
