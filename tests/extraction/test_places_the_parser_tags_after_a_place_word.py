"""An unlisted name the parser tags as a place (GPE or LOC), right after "in", "near", "outside", "at", "to", "into",
"via" or "through" in a sentence that tells an event, is a place, whatever word closes it ("in X that left dozens
wounded", "returned to X, a local official said"). Not after another word ("identified as X", "said on X"), not after
"a" or "the", not in a sentence that tells no event, and not before a kind word ("X district" has rules of its own)."""

from __future__ import annotations

import pytest

from .readers import place_names, place_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rebels killed six people in a raid on a market in Dovrakia that left dozens wounded.", "Dovrakia"),
        ("Three policemen were killed in an ambush near Kuvaltara that the army blamed on rebels.", "Kuvaltara"),
        ("Militants killed four farmers on Sunday after they returned to Kelvoran, a local official said.", "Kelvoran"),
    ],
)
def test_a_name_tagged_as_a_place_after_a_place_word_is_a_place(run, text, name):
    assert name in place_names(run(text))


def test_the_tagged_place_where_the_event_was_is_its_place(run):
    document = run("Rebels killed six people in a raid on a market in Dovrakia that left dozens wounded.")
    assert place_of(document, document["incidents"][0]) == "Dovrakia"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no event told
        ("The delegation returned to Kelvoran on Monday for talks with the governor.", "Kelvoran"),
        # no place word before the name
        ("The gunmen who killed six people were identified as Dovrakia, police said.", "Dovrakia"),
        ("Rebels killed six people in the raid, the governor said on Dovrakia, a local radio station.", "Dovrakia"),
        # "a" before the name: one of a kind, not a named place
        ("Rebels killed six people in a raid on a market in a Dovrakia that left dozens wounded.", "Dovrakia"),
    ],
)
def test_a_name_tagged_as_a_place_without_a_place_word_or_event_is_no_place(run, text, name):
    assert name not in place_names(run(text))


def test_a_line_in_title_case_gives_no_tagged_place(run):
    # a caption or repeated headline capitalises every word: "Attack" is no word of a place's name
    document = run(
        "Gunmen killed four soldiers on Sunday, the army said.\n\nFour Soldiers Killed in Ruritania Attack\n\n"
        "The army said."
    )
    assert "Ruritania Attack" not in place_names(document)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person's name after "according to", "loyal to", "allegiance to"
        ("Gunmen killed six villagers in a raid on Sunday, according to Kabarebe, a local chief.", "Kabarebe"),
        ("Fighters loyal to Kabarebe clashed with a rival militia on Tuesday, killing nine people.", "Kabarebe"),
        ("The militants, who pledged allegiance to Kassim last year, killed four soldiers on Tuesday.", "Kassim"),
        # a name whose apposition says it is a person or a building
        ("The wounded from the ambush were taken to Kamenge, the city's main teaching hospital.", "Kamenge"),
        # a name modifying the noun after it: a festival, a language
        ("A bomb exploded at Ashura celebrations on Tuesday, killing eight people in the town of Hangu.", "Ashura"),
        ("Gunmen killed three people in Kinyarwanda-speaking villages on Tuesday night.", "Kinyarwanda"),
        # the language a message was in
        ("Gunmen killed four farmers on Tuesday, a message in Tigrinya posted online said.", "Tigrinya"),
    ],
)
def test_a_tagged_name_that_is_a_person_a_language_or_a_modifier_is_no_place(run, text, name):
    assert name not in place_names(run(text))


def test_a_tagged_name_before_a_part_of_a_place_is_the_place(run):
    # "in X countryside": the country around the town X, the town read as the place
    document = run("A drone strike killed two militant commanders in Qarqarin countryside on Tuesday.")
    assert "Qarqarin" in place_names(document)
