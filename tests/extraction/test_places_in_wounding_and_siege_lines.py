"""Event places told by wounding and siege words: an unlisted village where people were wounded or a gunfight
was fought, and a village the attackers besieged or overran ahead of the division it lies in."""

from __future__ import annotations

from incidents.extraction.nlp import parse, split_sentences
from incidents.extraction.place_mentions import event_place_mentions

from .readers import place_of


def _event_places(text: str) -> list[str]:
    doc = parse(text)
    return [m.text for m in event_place_mentions(doc, split_sentences(doc))]


def test_an_unlisted_village_where_people_were_wounded_is_a_place():
    text = "Three farmers were wounded in Dervalo, Kelmar, when a shell landed near their fields."
    assert "Dervalo" in _event_places(text)


def test_an_unlisted_village_of_a_gunfight_is_a_place():
    text = "Two officers died in a long gunfight near Ostravin, Kelmar, late on Tuesday."
    assert "Ostravin" in _event_places(text)


def test_a_wounding_line_does_not_make_a_hospital_town_of_a_name_after_to():
    text = "The injured were driven to Marrowfield General for treatment."
    assert "Marrowfield" not in _event_places(text)


def test_a_besieged_village_is_the_place_before_its_division(run):
    document = run(
        "Armed raiders besieged Tarnavo Village in Bungudu Local Government Area on Friday and killed "
        "twelve residents, police said."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Tarnavo Village"
