"""The spaCy model: loading, and what loading leaves in place."""

from __future__ import annotations


def test_spacy_command_line_still_imports_after_the_model_loads():
    import importlib

    from incidents.extraction.nlp import load_model

    load_model()
    cli = importlib.import_module("spacy.cli")
    assert hasattr(cli, "download")


def _sentences(text):
    from incidents.extraction.nlp import parse, split_sentences

    return [s.text(text) for s in split_sentences(parse(text))]


def test_a_line_broken_by_hand_in_mid_sentence_is_joined_again():
    text = (
        "Gunmen struck and killed a\nvillage guard near the border on Monday.\n"
        "The attackers believed to be\nlocal fighters escaped."
    )
    assert _sentences(text) == [
        "Gunmen struck and killed a\nvillage guard near the border on Monday.",
        "The attackers believed to be\nlocal fighters escaped.",
    ]


def test_a_headline_line_and_a_paragraph_stay_apart():
    text = (
        "Six killed in attack on border post\nGunmen killed six guards on Monday.\n\nThe attackers fled to the hills."
    )
    assert _sentences(text) == [
        "Six killed in attack on border post",
        "Gunmen killed six guards on Monday.",
        "The attackers fled to the hills.",
    ]


def test_the_parse_keeps_the_text_the_model_read():
    from incidents.extraction.nlp import parse

    text = "HEADLINE LINE\nGunmen killed a guard near the border on Monday.\n\nThe attackers fled."
    doc = parse(text, mask_until=14)
    assert doc.user_data["parsed_text"] == doc.text
    assert doc.user_data["text"] == text
