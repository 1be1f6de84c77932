"""Datelines real pages write: a dash joined to the place, an agency with a number, a month in capitals and a bare
agency, two places, a dateline below photo captions. Each is a place of the story, never the place of its event."""

from __future__ import annotations

import pytest

from incidents.extraction.dateline import find_dateline, later_dateline

from .readers import place_names, place_of


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("VARSKOV- Three guards were killed in a blast.", "VARSKOV", None),
        ("TARVELO (Kelmar 24) – A car bomb killed two people.", "TARVELO", None),
        ("DOVRANA, JULY 3, KELPRESS: Border guards exchanged fire.", "DOVRANA", None),
        ("DOVRANA, Ruritania, Oct. 3\n\nKelnews:\n\nShells hit the town.", "DOVRANA", "Ruritania"),
    ],
)
def test_dateline_forms_of_real_pages(text, place, country):
    dateline = find_dateline(text)
    assert (dateline.text, dateline.country_text) == (place, country)


def test_a_dateline_below_photo_captions_is_found_without_masking_them():
    text = (
        "Blast hits shrine\n\nA view of the shrine where the bomber struck. PHOTO: FILE.\n\n"
        "TARVEL / KELMAR: At least 12 people were killed on Thursday."
    )
    assert find_dateline(text) is None
    dateline = later_dateline(text, 0)
    assert dateline.text == "TARVEL / KELMAR"
    assert dateline.body_start == dateline.start  # the captions before it stay in the parsed text


def test_a_sentence_in_capitals_is_no_later_dateline():
    assert later_dateline("Gunmen attacked a post.\n\nBREAKING NEWS ON THE ATTACK LATER TODAY.", 0) is None


def test_both_places_of_a_dateline_below_captions_are_places_of_the_story(run):
    document = run(
        "Bomb kills 12 at market\n\nTraders at the old market on a quiet weekday. PHOTO: FILE.\n\n"
        "PESHAWAR / QUETTA: A bomb killed 12 people at a market in Khar on Thursday, police said.",
        title="Bomb kills 12 at market",
    )
    assert {"Peshawar", "Quetta"} <= place_names(document)
    places = {place_of(document, incident) for incident in document["incidents"]}
    assert "Khar" in places and not places & {"Peshawar", "Quetta"}


def test_a_dateline_below_a_photo_caption_leaves_the_caption_in_the_story():
    text = (
        "Raiders hit a border town\nThe burned market of Varsk after the raid (Photo: Social Media)\n"
        "TARVELO (Kelmar 24) – Gunmen killed three guards."
    )
    assert find_dateline(text) is None  # a dateline read there would mask the caption, which tells the raid
    assert later_dateline(text, 0).text == "TARVELO"
