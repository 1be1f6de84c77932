"""first_char_gate: a look-ahead for a pattern's first characters changes no match, only the speed of the scan."""

from __future__ import annotations

import re

import pytest

from incidents.extraction.regex_speed import first_char_gate

SAMPLES = [
    "Since March, raiders have burned three granaries; so far this year 12 herders died.",
    "The toll rose to 14 on Sunday, a 30% rise nationwide, officials said.",
    "ON Friday the Ferry guards met Ona and Onward at the harbour.",
    "killing seven, the bandits fled; _Twelve farmers were killed_ at dawn",
    "x9 y 42nd Avenue, the 2019 floods; tax-free (revised) 5 per cent",
    "Friday raids killed two; Sunday was calm.",
    "",
]

PATTERNS = [
    re.compile(r"\bsince (?:March|last)|\bso far this year|\d\s?%|\bper ?cent\b", re.I),
    re.compile(r"\b(?:(?i:on|late)\s+)?(?P<day>Friday|Sunday)\b"),  # case-insensitive only in part
    re.compile(r"(?:\b|(?<=_))(?P<n>\d+|[a-z]+)\s+(?:farmers|herders)\s+(?:were|have)\s+(?:killed|died)", re.I),
    re.compile(r"(?-i:F)erry|\bon\w*", re.I),  # case-sensitive only in part
    re.compile(r"(?<![\w\-])(?:killing|killed)\s+(\w+)"),
    re.compile(r"[A-Z][a-z]+\s+(?=Avenue)|\(\w+\)"),
    re.compile(r"(?:the\s+)?\d{4}\s+\w+", re.X),
]


@pytest.mark.parametrize("pattern", PATTERNS, ids=range(len(PATTERNS)))
def test_a_gated_pattern_finds_the_same_matches(pattern):
    gated = first_char_gate(pattern)
    assert gated is not pattern and gated.flags == pattern.flags
    for text in SAMPLES:
        expected = [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups(), m.groupdict()) for m in gated.finditer(text)] == expected
        for at in range(len(text)):
            assert bool(gated.match(text, at)) == bool(pattern.match(text, at))


def test_the_gate_holds_only_the_characters_a_match_can_begin_with():
    gated = first_char_gate(re.compile(r"\b(?:since|so far)|\d%", re.I))
    assert gated.match("since")
    assert gated.search("Officials: 7% more") and gated.search("Officials: 7% more").group() == "7%"
    # the look-ahead refuses a position inside a word before the alternatives are tried
    assert gated.pattern.startswith("(?=")


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"(?:\bx)?"),  # may match the empty string
        re.compile(r".ed\b"),  # may begin with any character
        re.compile(r"[^a-z]+ed"),  # a negated set
        re.compile(r"(?i)\bsince\b"),  # a leading global flag
        re.compile(rb"\bsince\b"),  # bytes
    ],
)
def test_a_pattern_the_gate_cannot_describe_is_left_as_it_is(pattern):
    assert first_char_gate(pattern) is pattern
