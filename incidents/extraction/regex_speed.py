"""Faster scans for long alternation patterns, with the same matches.

Python's `re` finds no literal prefix in a pattern such as `\\b(?:since|so far|...)` compiled with re.I, so a
search tries every alternative at every position of the text. `first_char_gate()` puts in front a look-ahead for
the characters a match can begin with, read off the pattern itself: at most positions the look-ahead fails at
once, and where it holds the pattern runs as before. A match always begins with one of those characters, so the
matches (spans and groups) are the same; only the scan is shorter.

Measured on the speed bench's texts (dev, unseen, unseen2; every call extract() makes, replayed, CPU per round of
100 articles): sentence_facts.AGGREGATE 0.085 s -> 0.030 s, counts.PASSIVE 0.046 s -> 0.028 s, the date patterns
0.10 s -> 0.05 s; all module-level scans together 0.93 s -> 0.67 s with those gated. Gating costs a parse and a
compile at import (about 1 ms a pattern, 5 ms for the longest), so only scans that pay it back within a hundred
articles are gated.

Why a mechanism of our own: the "Real news" issue guards extraction at <= 1.3x en_core_web_sm's full pipeline
(scripts/bench_extraction_speed.py). After stop 28's rule passes the ratio stood at 1.215-1.229; with these gates
(and two smaller fixes) it is 1.16, headroom for the rules still to come. It reads `re`'s own parser, which is
private: tests/extraction/test_regex_speed.py holds every gated pattern's matches equal to the ungated pattern's.
"""

from __future__ import annotations

import re

try:  # the parser of `re` (its module is private; `sre_parse` is the older, deprecated name)
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_parse as _sre_parse

_CATEGORY_CLASSES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
_BOUNDARIES = ("AT_BOUNDARY", "AT_UNI_BOUNDARY", "AT_LOC_BOUNDARY")
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


class _Unknown(Exception):
    """The pattern can begin in a way the gate does not describe (any character, a back-reference, ...)."""


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _first(items, ignorecase: bool, boundary: bool = False) -> tuple[list[tuple[str, bool, bool]], bool]:
    """What a sequence of parsed items can begin with: class items ("a", "a-z", "\\d"), each with its case flag and
    whether a word boundary (\\b) holds before it; and whether the sequence can match the empty string (then what
    follows it may begin the match)."""
    found: list[tuple[str, bool, bool]] = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            return found + [(_char(av), ignorecase, boundary)], False
        if name == "IN":
            for set_op, value in av:
                set_name = str(set_op)
                if set_name == "LITERAL":
                    found.append((_char(value), ignorecase, boundary))
                elif set_name == "RANGE":
                    found.append((_char(value[0]) + "-" + _char(value[1]), ignorecase, boundary))
                elif set_name == "CATEGORY" and str(value) in _CATEGORY_CLASSES:
                    found.append((_CATEGORY_CLASSES[str(value)], ignorecase, boundary))
                else:
                    raise _Unknown(set_name)  # a negated set, or a category the gate does not spell
            return found, False
        if name == "AT" and str(av) in _BOUNDARIES:
            boundary = True  # what follows begins at a word boundary
            continue
        if name in _ZERO_WIDTH:
            continue  # other anchors and look-arounds consume nothing: the match begins with what follows
        inside = ignorecase
        if name == "BRANCH":
            alternatives = av[1]
        elif name == "SUBPATTERN":
            _group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & ~re.IGNORECASE:
                raise _Unknown("scoped flags")
            alternatives = [sub]
            inside = (ignorecase or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        elif name in _REPEATS:
            alternatives = [av[2]]
        elif name == "ATOMIC_GROUP":
            alternatives = [av]
        else:
            raise _Unknown(name)  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, ...
        nullable = name in _REPEATS and av[0] == 0
        for alternative in alternatives:
            more, empty = _first(alternative, inside, boundary)
            found += more
            nullable = nullable or empty
        if not nullable:
            return found, False
        # it may match the empty string: the position (and the boundary before it) is unchanged
    return found, True


def first_char_gate(pattern: re.Pattern) -> re.Pattern:
    """The same pattern behind a look-ahead for the characters its matches can begin with; the pattern itself when
    those cannot be told (it may match the empty string or begin with any character) or it is a bytes pattern."""
    if not isinstance(pattern.pattern, str) or re.match(r"\s*\(\?[aiLmsux]+\)", pattern.pattern):
        return pattern  # (a leading global flag group must stay first)
    ignorecase = bool(pattern.flags & re.IGNORECASE)
    try:
        items, nullable = _first(_sre_parse.parse(pattern.pattern, pattern.flags), ignorecase)
    except _Unknown:
        return pattern
    if nullable or not items:
        return pattern
    alternatives = []
    for case in (ignorecase, not ignorecase):
        for boundary in (True, False):
            members = "".join(dict.fromkeys(item for item, flag, at in items if flag == case and at == boundary))
            if members:
                scope = "" if case == ignorecase else ("(?i:" if case else "(?-i:")
                alternatives.append(f"{scope}{chr(92) + 'b' if boundary else ''}[{members}]{')' if scope else ''}")
    newline = "\n" if pattern.flags & re.VERBOSE else ""  # (a trailing comment must not swallow the ")")
    return re.compile(f"(?=(?:{'|'.join(alternatives)}))(?:{pattern.pattern}{newline})", pattern.flags)
