"""The line and the sentence around a span of the raw text, for rules that read the text before or apart from the
parse (a date's line, a place name's sentence). Sentences here end at a full stop, "!" or "?" before white space, or
at a line break: coarser than the parser's, and enough for a cue word's scope."""

from __future__ import annotations

import re

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
