"""Datelines that read like a sentence's opening ("Quetta: ...", "Raipur - ...") are told apart by the gazetteer:
a town of some size, never a country, names the outlet's desk. The place is where the story is filed from, not
where its event happened; page credits and popular-story lists are not the story either."""

from __future__ import annotations

import pytest

from incidents.extraction.dateline import find_dateline, gazetteer_lookup, later_dateline
from incidents.extraction.furniture import blank_furniture
from incidents.extraction.gazetteer import PlaceRecord
from incidents.extraction.memory import MemoryGazetteer

from .readers import place_of


@pytest.fixture(scope="module")
def lookup(gazetteer):
    return gazetteer_lookup(gazetteer)


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Quetta: Two guards were shot dead at a checkpoint.", "Quetta", None),
        ("Peshawar : A roadside bomb wounded four traders.", "Peshawar", None),
        ("Raipur - Rebels ambushed a patrol near the river.", "Raipur", None),
        ("Maiduguri, Nigeria – Fighters raided a camp overnight.", "Maiduguri", "Nigeria"),
        ("Quetta\n– A blast struck a bus depot.", "Quetta", None),
        ("KABUL\nGunmen stormed a guesthouse late on Friday.", "KABUL", None),
        ("KABUL. NEWSWIRE A court jailed three men for the raid.", "KABUL", None),
        ("KABUL, March 3. /NEWSWIRE/. Gunmen fired on a convoy.", "KABUL", None),
        ("MAIDUGURI ~ Insurgents burned a market.", "MAIDUGURI", None),
    ],
)
def test_a_known_town_opening_the_story_is_its_dateline(text, place, country, lookup):
    dateline = find_dateline(text, lookup)
    assert (dateline.text, dateline.country_text) == (place, country)
    assert text[dateline.start : dateline.end] == place


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan: troops killed six fighters in the hills.",  # a country's name labels a headline
        "Khar: the rally was hit by a bomb.",  # a small town is no newsroom
        "Kabul\nGunmen stormed a guesthouse late on Friday.",  # a title-case town alone on its line is a tag
        "Quetta :\nform field",  # a label closing its line
        "Gunmen killed two people on Monday.",
    ],
)
def test_no_town_dateline(text, lookup):
    assert find_dateline(text, lookup) is None


def test_a_country_that_shares_its_name_with_a_city_is_no_dateline():
    gazetteer = MemoryGazetteer(
        [
            PlaceRecord(1, "Ruritania", "country", "RU", None, 45.0, 20.0, 9_000_000),
            PlaceRecord(2, "Ruritania", "city", "RU", 1, 45.1, 20.1, 400_000),
        ]
    )
    assert find_dateline("Ruritania: 16 killed in a rebel raid on a village", gazetteer_lookup(gazetteer)) is None


def test_a_small_town_named_like_a_word_is_no_dateline():
    gazetteer = MemoryGazetteer([PlaceRecord(1, "Police", "city", "PL", None, 53.5, 14.6, 34_000)])
    assert find_dateline("Police: two officers were hurt in the clash.", gazetteer_lookup(gazetteer)) is None


def test_an_unknown_capitals_label_gives_way_to_a_town_dateline_further_down(lookup):
    text = (
        "Home\nWorld\nAdverts\nUPDATE: Gunmen kill three in raid on guesthouse\nSaturday 3 May\n\n"
        "Kabul (Desk) - Gunmen killed three people at a guesthouse."
    )
    assert find_dateline(text).text == "UPDATE"
    assert find_dateline(text, lookup).text == "Kabul"


def test_an_unknown_capitals_dateline_stays_when_nothing_else_is_found(lookup):
    assert find_dateline("VARSKOV: Three guards were killed in a blast.", lookup).text == "VARSKOV"


def test_a_town_dateline_below_a_deck_sentence_is_found_later(lookup):
    text = "Blast kills two\n\nThe police said the bomb was hidden in a cart.\n\nPeshawar: A blast killed two men."
    assert find_dateline(text, lookup) is None
    assert later_dateline(text, 0) is None
    dateline = later_dateline(text, 0, lookup)
    assert dateline.text == "Peshawar"
    assert dateline.body_start == dateline.start


def test_the_dateline_town_is_not_the_place_of_the_event(run):
    document = run(
        "Peshawar : At least six people were killed on Sunday when a bomb went off at a rally "
        "in Bajaur's Khar town, officials said."
    )
    assert document["source"]["dateline"] == "Peshawar"
    assert place_of(document, document["incidents"][0]) != "Peshawar"


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Rescuers at the market after the blast. Photo: Valley Wire", "Photo: Valley Wire"),
        ("Credit: Jonas de Wit", "Credit: Jonas de Wit"),
        ("PHOTO: NEWSWIRE/File", "PHOTO: NEWSWIRE/File"),
    ],
)
def test_photo_credits_are_blanked(line, credit):
    text = f"Rebels attack a depot\n{line}\nGunmen killed two guards on Monday."
    assert blank_furniture(text) == text.replace(credit, " " * len(credit))


@pytest.mark.parametrize(
    "line",
    ["Image: Soldiers carry the coffins of the workers", "Photo: a view of the square where the bomb went off"],
)
def test_captions_after_a_photo_label_are_kept(line):
    text = f"Rebels attack a depot\n{line}\nGunmen killed two guards on Monday."
    assert blank_furniture(text) == text


def test_an_embedded_post_keeps_its_words_and_date_but_not_its_signature():
    text = "Smoke rose over the depot pic.twitter.com/abc— Kelmar Watch (@kelwatch) May 3, 2024 Officials said."
    blanked = blank_furniture(text)
    assert "Kelmar Watch" not in blanked and "@kelwatch" not in blanked
    assert "Smoke rose over the depot" in blanked and "May 3, 2024 Officials said." in blanked


def test_a_list_of_popular_stories_is_blanked():
    text = (
        "Gunmen killed two guards.\nMost Read Stories\n- Rovers beat United in the cup final\n"
        "- Riverton named the best town to live in\nThe attackers fled on foot."
    )
    blanked = blank_furniture(text)
    assert "Rovers" not in blanked and "Riverton" not in blanked and "Most Read" not in blanked
    assert blanked.startswith("Gunmen killed two guards.\n") and blanked.endswith("\nThe attackers fled on foot.")
