"""text_spans.name_spans: a name looked up as a string finds the spans its compiled pattern would."""

from __future__ import annotations

import re

import pytest

from incidents.extraction.person_mentions import NAME_END
from incidents.extraction.persons import ALONE_AFTER
from incidents.extraction.text_spans import name_spans

TEXT = (
    "Doe said. McDoe and al-Doe were there; Doe-led units, Doe's house, DoeDoe, Doe Smith and Doe.\n"
    "Al-Nuri met al-Nuri at al-Nuria; aaa aaaa a a a; aa. Straße ßtraße Ali Ali Goni Ali, ßtraße."
)


def expected(text: str, pattern: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text)]


@pytest.mark.parametrize("name", ["Doe", "Doe Smith", "al-Nuri", "aa", "a a", "Ali", "ßtraße", "Nowhere"])
@pytest.mark.parametrize("after", [NAME_END, ALONE_AFTER])
def test_one_spelling_finds_what_its_pattern_finds(name, after):
    pattern = rf"(?<![\w\-]){re.escape(name)}{after.pattern}"
    assert list(name_spans(TEXT, (name,), after)) == expected(TEXT, pattern)
    assert name == "Nowhere" or expected(TEXT, pattern)  # (the others are found: the test compares matches)


@pytest.mark.parametrize("name", ["al-Nuri", "aa", "a a", "ßtraße"])
def test_a_capitalised_first_letter_finds_what_a_letter_class_finds(name):
    # as persons.back_references spells a name written in lower case: "[aA]l-Nuri" ("ß" upper-cases to "SS")
    first = f"[{re.escape(name[0])}{re.escape(name[0].upper())}]"
    pattern = rf"(?<![\w\-]){first}{re.escape(name[1:])}(?![\w\-])(?!\s+[A-Z])"
    spellings = [first + name[1:] for first in sorted(set(name[0] + name[0].upper()))]
    assert list(name_spans(TEXT, spellings, ALONE_AFTER)) == expected(TEXT, pattern)
