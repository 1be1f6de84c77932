"""The line and the sentence around a span of the raw text, for rules that read the text before or apart from the
parse (a date's line, a place name's sentence), and where a name is written in it. Sentences here end at a full stop,
"!" or "?" before white space, or at a line break: coarser than the parser's, and enough for a cue word's scope."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

SENTENCE_END = re.compile(r"[.!?]\s|\n")


def line_around(text: str, start: int, end: int) -> str:
    """The whole line text[start:end] stands on."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text[line_start : len(text) if line_end < 0 else line_end]


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence text[start:end] stands in (its closing mark included)."""
    sentence_start = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    found = SENTENCE_END.search(text, end)
    return sentence_start, found.start() + 1 if found else len(text)


# No word character or hyphen just before: where a name written on its own starts ("Doe", not "McDoe" or "al-Doe").
NAME_START = re.compile(r"(?<![\w\-])")


def name_spans(text: str, spellings: Iterable[str], after: re.Pattern) -> Iterator[tuple[int, int]]:
    """The spans re.finditer(rf"(?<![\\w\\-])(?:{spellings, escaped, as alternatives}){after.pattern}", text) finds,
    found without compiling a pattern per name: the spellings (non-empty, all of one length) are looked up as
    strings, and the two context patterns tried only where one stands (speed: the compile was most of the cost of
    the per-name scans, and a pattern opening with a look-behind scans the text character by character)."""
    spellings = tuple(spellings)
    starts: set[int] = set()
    for spelling in spellings:
        start = text.find(spelling)
        while start >= 0:
            starts.add(start)
            start = text.find(spelling, start + 1)
    length = len(spellings[0])
    taken_until = 0  # matches do not overlap: the next one starts at the end of the last one or after
    for start in sorted(starts):
        if start >= taken_until and NAME_START.match(text, start) and after.match(text, start + length):
            taken_until = start + length
            yield start, taken_until
