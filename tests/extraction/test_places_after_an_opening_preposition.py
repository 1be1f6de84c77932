"""A place after the sentence's opening preposition ("In Alder district of Varsk, ...") is located like one after a
lower-case "in": the district, not the province the words put it in, is the event's place. But when a lower-case word
locates another place, the opening's is where the speakers are ("In Alder, officials said ... in Tarvel")."""

from __future__ import annotations

from .readers import place_of


def test_a_district_named_after_the_opening_preposition_is_the_place(run):
    document = run(
        "In Bajaur district of Khyber Pakhtunkhwa, security forces exchanged fire with militants on "
        "Sunday, killing three of them, officials said."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Bājaur"


def test_a_lower_case_preposition_later_in_the_sentence_still_locates(run):
    document = run(
        "Security forces exchanged fire with militants in Bajaur district of Khyber Pakhtunkhwa on Sunday, "
        "killing three of them, officials said."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Bājaur"


def test_the_speakers_town_in_the_opening_does_not_beat_the_event_town(run):
    document = run("In Quetta, officials said gunmen killed nine people at a bazaar in Peshawar on Tuesday.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Peshawar"
