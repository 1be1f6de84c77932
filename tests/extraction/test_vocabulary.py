"""The event-noun alternation built from vocabulary.VIOLENT_EVENT_NOUNS, and the capture verbs."""

import re

import pytest

from incidents.extraction.vocabulary import CAPTURE_FORMS, CAPTURE_VERBS, noun_alternation

NOUNS = (("attack", "attacks"), ("ambush", "ambushes"), ("air strike", "air strikes"))


def matches(pattern: str, word: str) -> bool:
    return re.fullmatch(pattern, word) is not None


def test_either_number_matches_the_singular_and_the_plural():
    pattern = noun_alternation(NOUNS)
    assert all(matches(pattern, w) for w in ("attack", "attacks", "ambush", "ambushes", "air strike", "air strikes"))
    assert not matches(pattern, "ambushs")


def test_singular_only_leaves_the_plural_out():
    pattern = noun_alternation(NOUNS, "singular")
    assert matches(pattern, "ambush") and not matches(pattern, "ambushes")


def test_plural_only_leaves_the_singular_out():
    pattern = noun_alternation(NOUNS, "plural")
    assert matches(pattern, "attacks") and not matches(pattern, "attack")


def test_an_irregular_plural_is_its_own_alternative():
    pattern = noun_alternation((("man", "men"),))
    assert matches(pattern, "man") and matches(pattern, "men") and not matches(pattern, "mans")


def test_an_unknown_number_is_refused():
    with pytest.raises(ValueError):
        noun_alternation(NOUNS, "dual")


def test_the_capture_verbs_are_bare_forms_of_the_capture_forms():
    assert CAPTURE_VERBS <= CAPTURE_FORMS
    assert all(f"{verb}s" in CAPTURE_FORMS for verb in CAPTURE_VERBS)
