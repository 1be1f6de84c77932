"""The model's named entities end at a blank line: a credit line does not swallow the headline under it."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from incidents.extraction.nlp import entities_within_paragraphs


def _doc(words, spaces, ents):
    return Doc(Vocab(), words=words, spaces=spaces, ents=ents)


def test_an_organisation_running_over_a_blank_line_keeps_its_part_before_the_break():
    words = ["Photo", ":", "Kestrel", "Wire", "\n\n", "Raid", "on", "Border", "Post"]
    spaces = [False, True, True, False, False, True, True, True, False]
    doc = _doc(words, spaces, ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"])
    entities_within_paragraphs(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Kestrel Wire", "ORG")]


def test_a_name_wrapped_over_a_single_line_break_stays_whole():
    words = ["the", "Northern", "\n", "Rangers", "said"]
    spaces = [True, False, False, True, False]
    doc = _doc(words, spaces, ["O", "B-ORG", "I-ORG", "I-ORG", "O"])
    entities_within_paragraphs(doc)
    assert [e.text for e in doc.ents] == ["Northern\nRangers"]


def test_an_entity_that_starts_after_the_break_is_untouched():
    words = ["Dusk", "\n\n", "Brannock", "Valley", "Front", "claimed", "it"]
    spaces = [False, False, True, True, True, True, False]
    doc = _doc(words, spaces, ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O"])
    entities_within_paragraphs(doc)
    assert [e.text for e in doc.ents] == ["Brannock Valley Front"]
