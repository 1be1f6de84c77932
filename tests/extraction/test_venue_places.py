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


def test_a_named_bakery_is_the_site_of_the_bombing(run):
    document = run(
        "A bomb hidden in a parked car exploded outside the Selvane Bread Bakery in Maiduguri on Wednesday, wounding "
        "14 shoppers."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Selvane Bread Bakery"


def test_a_named_resort_is_the_site_of_the_shelling(run):
    document = run("Rebels shelled the Korvalo Palms resort near Mazar-i-Sharif on Thursday, wounding seven staff.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Korvalo Palms"
    assert "Korvalo Palms resort" in _aliases(document, "Korvalo Palms")


def test_a_name_going_on_past_the_venue_word_is_no_venue(run):
    document = run("Arsonists torched the Kelmar Theatre Company office in Kabul on Wednesday, officials said.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Kabul"
    assert "Kelmar Theatre" not in place_names(document)


def test_a_named_restaurant_of_a_town_is_the_site(run):
    document = run(
        "A grenade was thrown into the Dorvash restaurant of Mazar-i-Sharif on Saturday, wounding nine diners."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Dorvash"


def test_a_named_nightclub_of_a_town_is_the_site(run):
    document = run("A gunman killed five guests at the Velmoro nightclub of Peshawar late on Friday, police said.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Velmoro"


def test_a_towns_lower_case_bar_is_its_lawyers_not_a_venue(run):
    document = run(
        "PESHAWAR: A bomb killed two lawyers in Peshawar on Tuesday. The Peshawar bar called a three-day strike."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Peshawar"
    assert not any(location["kind"] == "site" for location in document["locations"])


def test_a_resort_town_is_no_named_resort(run):
    document = run("A bomb exploded on a beach in the Red Coast resort of Mombasa on Sunday, killing four people.")
    assert "Red Coast" not in place_names(document)
