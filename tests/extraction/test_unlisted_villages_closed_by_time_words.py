"""An unlisted village after "in", "near" or "at" in an event sentence is read up to the word that closes its name;
a time or an occasion closes it as well as a comma does ("in X around 9 p.m.", "near X during a patrol"), and a
sentence where troops were "fired upon" tells an event."""

from __future__ import annotations

from .readers import place_names, place_of


def test_a_village_closed_by_around_is_the_place(run):
    document = run(
        "Gunmen killed six pilgrims in Khyber Pakhtunkhwa on Monday. The bus was attacked in Tarvoli around "
        "9 p.m. as it returned from a shrine, police said."
    )
    assert "Tarvoli" in place_names(document)
    assert place_of(document, document["incidents"][0]) == "Tarvoli"


def test_a_village_closed_by_during_is_a_place(run):
    document = run("Two soldiers were killed near Kelmaro during a patrol in Khyber Pakhtunkhwa on Friday.")
    assert "Kelmaro" in place_names(document)


def test_troops_fired_upon_in_a_village_tell_the_place(run):
    document = run(
        "Two policemen died in Balochistan on Monday. Officials said the officers were looking for a lost boy "
        "in Dovrala - a hamlet west of Quetta - when they were fired upon."
    )
    assert "Dovrala" in place_names(document)


def test_a_month_after_at_is_no_village(run):
    document = run("Gunmen killed two guards in Peshawar at dawn on Sunday, police said.")
    assert place_of(document, document["incidents"][0]) == "Peshawar"
