"""Person names a first pass left wrong: common words a headline-case line capitalises are no name; an office
written out before its holder ("Minister of Health of the Republic", "Judges", "Commodore") is no part of the name;
each name of a list is a person of its own; a full name set off before "who" is a person's."""

from __future__ import annotations

import pytest

from incidents.extraction import name_context


def person_names(document):
    return {p["name"] for p in document["persons"]}


def test_a_headline_case_line_is_told_from_a_sentence():
    assert name_context.headline_case("Huge Truck Bomb Rocks Market In Northern Town")
    assert not name_context.headline_case("A huge truck bomb rocked a market in a northern town on Sunday.")
    assert not name_context.headline_case("Photo: Jane Doe")  # too short to tell


def test_words_only_a_headline_capitalises_are_no_name():
    text = "Huge Truck Bomb Rocks Market In Northern Town\n\nA truck bomb killed nine people in a market on Sunday."
    start = text.index("Huge Truck Bomb")
    assert name_context.headline_words_only(text, start, start + len("Huge Truck Bomb"))


def test_a_person_a_headline_names_and_the_story_names_again_stays():
    text = "Jane Doe Condemns Attack On Market Traders\n\nThe minister, Ms Doe, said the bombers would be found."
    assert not name_context.headline_words_only(text, 0, len("Jane Doe"))


def test_common_words_a_headline_line_capitalises_are_no_person(run):
    document = run(
        "A bomb killed five people in Quetta on Sunday, police said.\n\n"
        "Governor Deplores Civilian Deaths, Vows Swift Justice\n\nNo one claimed the attack."
    )
    assert person_names(document) == set()


def test_a_scare_quote_in_a_headline_line_is_no_nickname(run):
    document = run(
        "Gunmen killed nine people in two villages near Quetta on Sunday, police said.\n\n"
        "Villagers Recount Night Of ‘Horror’ Raids\n\nVillagers Recount Night Of ‘Horror’ Raids\n\n"
        "No group claimed the attacks."
    )
    assert person_names(document) == set()


def test_a_headline_line_s_scare_quote_is_no_nickname_either(run):
    document = run(
        "Gunmen killed nine people in two villages near Quetta on Sunday, police said.\n\n"
        "Nine Die As ‘Bandit’ Raiders Hit Two Villages\n\nNo group claimed the attacks."
    )
    assert person_names(document) == set()


def test_an_office_and_its_field_before_the_name_are_no_part_of_it(run):
    document = run(
        "QUETTA: A bomb killed five people in Quetta on Sunday. The Minister of Health of the Republic Tarvela "
        "Domskaya said the wounded were taken to hospital."
    )
    assert "Tarvela Domskaya" in person_names(document)


@pytest.mark.parametrize(
    "text, name, title",
    [
        (
            "QUETTA: A bomb killed five people in Quetta on Sunday. Commodore Tarvo Veslanu ordered an inquiry, and "
            "Commodore Veslanu later visited the wounded.",
            "Tarvo Veslanu",
            "Commodore",
        ),
        (
            "QUETTA: A court in Quetta sentenced three men over a bombing on Sunday.\n\n"
            "Judges Dorvan Keslo, Maria Tavelli and Rufus Okonde said the evidence was clear.",
            "Dorvan Keslo",
            "Judges",
        ),
    ],
)
def test_a_rank_or_a_plural_title_before_a_name_is_no_part_of_it(run, text, name, title):
    document = run(text)
    assert name in person_names(document)
    assert not any(found.startswith(title) for found in person_names(document))


def test_each_name_of_a_list_after_identified_as_is_a_person(run):
    document = run(
        "QUETTA: A bomb killed five people in Quetta on Sunday. The dead were identified as Ramesh Kovalan of "
        "Khar, Dilip Varna of Bama and Suresh Patel of Sarkot, police said."
    )
    assert {"Ramesh Kovalan", "Dilip Varna", "Suresh Patel"} <= person_names(document)


def test_a_full_name_set_off_before_who_is_a_person(run):
    document = run(
        "QUETTA: A bomb killed five people in Quetta on Sunday.\n\n"
        "Joost Verhagen, who said he had been standing by the gate, was hurt in the blast."
    )
    assert "Joost Verhagen" in person_names(document)


def test_a_place_after_a_preposition_before_who_is_no_person(run):
    document = run(
        "PESHAWAR: Gunmen killed two soldiers near Peshawar on Monday.\n\n"
        "An official in Darra Khel, who asked not to be named, gave a higher toll."
    )
    assert "Darra Khel" not in person_names(document)


def _tagged_doc(words: str, spaces: list[bool], tags: list[str], ents: list[str]):
    """A Doc as the model might tag it (no model needed): its words, Penn tags and BIO entity labels."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    doc = Doc(Vocab(), words=words.split(), spaces=spaces, tags=tags, ents=ents)
    doc.user_data["text"] = doc.text
    return doc


def test_a_name_the_model_left_untagged_between_two_persons_of_a_list_is_a_person():
    from incidents.extraction.person_mentions import ner_persons

    doc = _tagged_doc(
        "Convicted were Tarvo Kessel , Unai Goiko and Jon Etxeb .",
        [True, True, True, False, True, True, True, True, True, False, False],
        ["VBN", "VBD", "NNP", "NNP", ",", "NNP", "NNP", "CC", "NNP", "NNP", "."],
        ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O"],
    )
    assert {m.text for m in ner_persons(doc, lambda start: 0, [])} == {"Tarvo Kessel", "Unai Goiko", "Jon Etxeb"}


def test_two_names_of_a_list_tagged_as_one_are_not_one_person():
    from incidents.extraction.person_mentions import ner_persons

    doc = _tagged_doc(
        "hurt were Bello Garba , Auwalu and Haruna .",
        [True, True, True, False, True, True, True, False, False],
        ["VBN", "VBD", "NNP", "NNP", ",", "NNP", "CC", "NNP", "."],
        ["O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O"],
    )
    assert "Bello Garba, Auwalu" not in {m.text for m in ner_persons(doc, lambda start: 0, [])}
