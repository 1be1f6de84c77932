"""Venues and streets as the sites of events: a named nightclub, theatre or boulevard is the site; a town's
unnamed venue ("a Peshawar nightclub") is the town."""

from __future__ import annotations

from .readers import place_names, place_of


def _aliases(document, name):
    return next(p.get("aliases", []) for p in document["locations"] if p["name"] == name)


def test_a_named_nightclub_is_the_site_of_the_shooting(run):
    document = run("A gunman opened fire inside the Kelvano nightclub in Peshawar on Monday, killing five people.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Kelvano"
    assert "Kelvano nightclub" in _aliases(document, "Kelvano")


def test_a_night_club_written_in_two_words_is_a_site_too(run):
    document = run("Police said a gunman killed four guests at the Darvo night club in Quetta late on Saturday.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Darvo"


def test_a_capitalised_theatre_keeps_its_word(run):
    document = run("Armed men seized the Marlow Theater in Kabul on Friday and held 300 people hostage for two days.")
    assert "Marlow Theater" in place_names(document)


def test_a_boulevard_named_without_its_word_is_the_site(run):
    document = run("A van drove into pedestrians on the crowded Sarona boulevard in Maiduguri on Thursday, killing 13.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Sarona"


def test_an_unnamed_venue_of_a_town_is_the_town(run):
    document = run("A bomb exploded in a Kabul restaurant on Sunday, killing six diners.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Kabul"
    assert not any("restaurant" in name for name in place_names(document))


def test_a_named_bakery_is_the_site_of_the_siege(run):
    document = run("On Friday, gunmen stormed the Marvelo Crust Bakery in Dhaka and held 20 diners hostage overnight.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Marvelo Crust Bakery"


def test_a_named_resort_is_the_site_of_the_kidnapping(run):
    document = run("Gunmen seized eleven tourists at the Tarvelo Sands resort in Palawan on Sunday, police said.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Tarvelo Sands"
    assert "Tarvelo Sands resort" in _aliases(document, "Tarvelo Sands")


def test_a_bar_association_is_no_venue(run):
    document = run("Gunmen shot dead the head of the Quetta Bar Association in Quetta on Monday, police said.")
    assert not any("Bar" in name for name in place_names(document))


def test_a_resort_town_is_no_named_resort(run):
    document = run("A bomb exploded on a beach in the Red Coast resort of Mombasa on Sunday, killing four people.")
    assert "Red Coast" not in place_names(document)
