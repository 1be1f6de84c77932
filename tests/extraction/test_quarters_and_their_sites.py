"""Quarters of a town: a quarter written with a word of position before its name or a word of what it is known
for before its kind word, and a site the event's next lines put in the town that holds the event's quarter."""

from __future__ import annotations

from .readers import place_names, place_of


def test_a_quarter_known_for_its_shops_is_the_place(run):
    document = run("A suicide bomber killed 40 people in the Tarvelo shopping district of Peshawar on Sunday.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Tarvelo"


def test_a_quarter_with_a_word_of_position_before_its_name_is_a_place(run):
    document = run(
        "A bomb killed 30 people in Peshawar on Sunday. The device went off in a crowded market in the central "
        "Tarvelo district, police said."
    )
    assert "Tarvelo" in place_names(document)
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Tarvelo"


def test_a_lower_case_word_before_a_quarter_word_is_no_name():
    from incidents.extraction.nlp import parse, split_sentences
    from incidents.extraction.place_mentions import site_and_region_mentions

    doc = parse("Traffic was heavy in the old shopping district on Sunday.")
    assert [m.text for m in site_and_region_mentions(doc, split_sentences(doc))] == []


def test_a_road_told_in_the_town_of_the_events_quarter_is_the_site(run):
    document = run(
        "A car bomb killed two people in Peshawar on Sunday. The car exploded on Darvel Road in Peshawar's "
        "Tarvelo district, officials said."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Darvel Road"
