"""An unlisted village after "in", "near" or "at" in an event sentence is read up to the word that closes its name;
a time or an occasion closes it as well as a comma does ("in X around 9 p.m.", "near X during a patrol"), and a
sentence where troops were "fired upon" tells an event."""

from __future__ import annotations

from .readers import place_names, place_of


def test_a_village_closed_by_around_is_the_place(run):
    document = run(
        "Officials in Borno State said a market was raided in Kasuwal around noon on Wednesday and four traders "
        "were killed."
    )
    assert "Kasuwal" in place_names(document)
    assert place_of(document, document["incidents"][0]) == "Kasuwal"


def test_a_village_closed_by_during_is_a_place(run):
    document = run("Two soldiers were killed near Kelmaro during a patrol in Khyber Pakhtunkhwa on Friday.")
    assert "Kelmaro" in place_names(document)


def test_troops_fired_upon_in_a_village_tell_the_place(run):
    document = run(
        "A district official in Balkh Province said three border guards were hurt on Saturday. Snipers fired upon "
        "their post in Qarabulak, a hamlet by the river, from the hills."
    )
    assert "Qarabulak" in place_names(document)


def test_a_month_closed_by_at_is_no_village(run):
    # "at" closes a village's name now; a capitalised month before it ("in March at dawn") is still no village.
    document = run("Gunmen killed two guards in Peshawar on Sunday. The same post was attacked in March at dawn.")
    assert "March" not in place_names(document)
    assert place_of(document, document["incidents"][0]) == "Peshawar"
