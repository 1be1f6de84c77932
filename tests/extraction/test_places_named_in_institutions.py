"""A capitalised institution whose name opens with a listed town ("Telvaro University", "Brennach Port Authority
Complex") is in that town: the town is a place of the story, named through the institution, and the institution's
parent; a hospital or an airport (as often named after a person or a quarter as after its town) is not read that
way."""

from __future__ import annotations


def _locations(document) -> dict[str, dict]:
    return {place["name"]: place for place in document["locations"]}


def test_a_university_named_after_its_town_names_the_town_as_its_parent(run):
    document = run(
        "Gunmen stormed Telvaro University in northeastern Nigeria before dawn on Thursday, killing 14 students, "
        "police said."
    )
    places = _locations(document)
    assert "Telvaro" in places
    site = next(p for p in document["locations"] if p["kind"] == "site")
    assert site["parent"] == places["Telvaro"]["key"]


def test_a_complex_whose_name_goes_on_after_the_town_names_the_town(run):
    document = run(
        "Militants attacked the Brennach Port Authority Complex in Pakistan's Balochistan province on Monday, "
        "killing two guards, officials said."
    )
    places = _locations(document)
    assert "Brennach" in places
    site = next(p for p in document["locations"] if p["kind"] == "site")
    assert site["parent"] == places["Brennach"]["key"]


def test_a_hospital_named_like_a_town_does_not_name_that_town(run):
    document = run(
        "Two wounded soldiers died on Friday at Telvaro Hospital in Maiduguri after a roadside bomb hit their "
        "patrol near Bama, the army said."
    )
    assert "Telvaro" not in _locations(document)


def test_an_airport_named_like_a_town_does_not_name_that_town(run):
    document = run(
        "A car bomb exploded outside Telvaro International Airport in Maiduguri on Sunday, killing three people, "
        "police said."
    )
    assert "Telvaro" not in _locations(document)


def test_an_institution_told_in_another_town_is_in_that_town(run):
    document = run(
        "Gunmen stormed Telvaro University in Maiduguri before dawn on Thursday, killing 14 students, police said."
    )
    places = _locations(document)
    assert "Telvaro" not in places
    site = next(p for p in document["locations"] if p["kind"] == "site")
    assert site["parent"] == places["Maiduguri"]["key"]


def test_a_market_told_near_another_town_is_near_that_town(run):
    document = run(
        "A bomb exploded at the Khar Market near Peshawar in northwestern Pakistan on Monday, killing four traders, "
        "police said."
    )
    places = _locations(document)
    assert "Khar" not in places
    site = next(p for p in document["locations"] if p["kind"] == "site")
    assert site["parent"] == places["Peshawar"]["key"]
