"""The dateline: the place (and sometimes date) a story is filed from.

"PESHAWAR:", "MAZAR-E-SHARIF, Afghanistan —", "SRINAGAR, Oct 11:", possibly after
a headline line. Returns the place words exactly as written, with offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .normalize import fold

# An upper-case place (letters, spaces, hyphens, dots), optionally ", Country" (or "[Country]") and/or ", Mon DD"
# and a news agency, then ":" or a dash: "PESHAWAR:", "MAZAR-E-SHARIF, Afghanistan —", "BAGHDAD (AP) —",
# "KYIV, Oct 5 (Reuters) -", "Lima [Peru], May 2 (Agency/Partner):".
# ("ERBIL (Kurdistan 24) –": an agency's name may hold a number.)
_AGENCY = r"(?:\s*\((?P<agency>[A-Za-z0-9./\- ]{2,20})\))?"
# An upper-case dateline may also give its month in capitals and its agency bare after the date ("STEPANAKERT,
# JUNE 14, ARTSAKHPRESS:", "BAKU, Azerbaijan, Oct. 15 Trend:"), and join its dash to the place ("BEIRUT- Three").
DATELINE = re.compile(
    r"(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ'’.\-/ ]{1,40}?[A-ZÀ-Þ.])"
    r"(?:\s*(?:,\s*|\[)(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\]?)?"
    r"(?:\s*,\s*(?P<date>[A-Z][A-Za-z]{2,8}\.? \d{1,2})(?:,?\s*(?P<agency3>[A-Z][A-Za-z]{2,20})(?=:))?)?"
    + _AGENCY
    + r"(?:\s*(?::|—|–|--| - |\.-(?=\s))|-(?=\s))\s*"
)
# Title-case datelines need a date or an agency to be told from a sentence: "New Delhi, Oct 5 (PTI):".
TITLE_DATELINE = re.compile(
    r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
    r"(?:\s*(?:,\s*|\[)(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\]?)?"
    r"(?:(?:\s*,\s*(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}))" + _AGENCY + r"|\s*\((?P<agency2>[A-Za-z./\- ]{2,20})\))"
    r"\s*(?::|—|–|--| - |\.-(?=\s))\s*"
)


@dataclass(frozen=True)
class Dateline:
    start: int
    end: int
    text: str  # the place as written ("MAZAR-E-SHARIF")
    country_text: str | None
    country_start: int | None
    body_start: int  # where the story's first sentence begins


# Lines that may stand before a dateline: a headline (repeated), a deck, a byline, a date line. A line that
# ends a sentence or runs long is the story itself, and no dateline is looked for past it.
HEAD_LINES = 5
PHOTO = re.compile(r"\b(?:photo|picture|image)s?\s*:", re.I)
HEAD_LINE_CHARS = 300


def _line_starts(text: str) -> list[int]:
    starts, offset = [0], 0
    while len(starts) < HEAD_LINES:
        end = text.find("\n", offset)
        line = text[offset : end if end >= 0 else len(text)].strip()
        if end < 0 or len(line) > HEAD_LINE_CHARS or line.endswith((".", "?", "!", '"', "”")) or PHOTO.search(line):
            break  # (a photo caption can tell the event: a dateline below it is read without masking it)
        offset = end
        while offset < len(text) and text[offset].isspace():
            offset += 1
        starts.append(offset)
    return starts


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of the text, or of a later line when headline, byline or date lines come
    first."""
    for offset in _line_starts(text):
        while offset < len(text) and text[offset].isspace():
            offset += 1
        match = DATELINE.match(text, offset) or TITLE_DATELINE.match(text, offset)
        if match and not match.group("place").strip().endswith("."):
            place = match.group("place").strip()
            if len(place) < 3 or not any(c.isalpha() for c in place):
                continue
            start = match.start("place")
            country = match.group("country")
            return Dateline(
                start, start + len(place), place, country, match.start("country") if country else None, match.end()
            )
    return None


# How far into the text a dateline below captions, a deck or page furniture is looked for.
LATE_CHARS = 2000
LATE_PLACE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’.\-]{3,}(?:\s*(?:/|\s)\s*[A-ZÀ-Þ][A-ZÀ-Þ'’.\-]+)*")


def later_dateline(text: str, after: int) -> Dateline | None:
    """An upper-case dateline that opens a paragraph below what `find_dateline` reads (photo captions, a deck
    sentence, more than a few furniture lines): "JOHANNESBURG – The toll ...", "HYDERABAD / KARACHI: At least ...".
    It says where the outlet sits as any dateline does; the text before it is not masked (a caption can tell an
    event), so its `body_start` is where it begins."""
    for match in re.finditer(r"(?:^|\n)[ \t]*", text[:LATE_CHARS]):
        offset = match.end()
        if offset < after:
            continue
        found = DATELINE.match(text, offset)
        if not found or not LATE_PLACE.fullmatch(found.group("place").strip()):
            continue
        place = found.group("place").strip()
        start = found.start("place")
        country = found.group("country")
        return Dateline(start, start + len(place), place, country, found.start("country") if country else None, start)
    return None


def place_parts(dateline: Dateline) -> list[tuple[int, str]]:
    """The places a dateline names, with their offsets: "HYDERABAD / KARACHI" names two."""
    parts = []
    for match in re.finditer(r"[^/]+", dateline.text):
        words = match.group(0).strip()
        if words:
            parts.append((dateline.start + match.start() + match.group(0).index(words), words))
    return parts


def place_form(words: str) -> str:
    """'MAZAR-E-SHARIF' -> 'Mazar-E-Sharif': a form that the place look-up (case-folded) and people can read."""
    return re.sub(r"[A-Za-zÀ-ÿ]+", lambda m: m.group(0).capitalize(), words)


def body_start(text: str, title: str | None, dateline: Dateline | None) -> int:
    """Where the body starts: after the dateline, and after the title when the text opens with it on a line of its
    own."""
    return max(dateline.body_start if dateline else 0, _headline_end(text, title))


def _headline_end(text: str, title: str | None) -> int:
    first_line = text.lstrip().split("\n", 1)[0]
    if not title or not first_line.strip():
        return 0
    if fold(first_line) != fold(title) or "\n" not in text.lstrip():
        return _run_in_headline_end(text, first_line, title)
    end = text.index(first_line) + len(first_line)
    while end < len(text) and text[end].isspace():
        end += 1
    return end


def _run_in_headline_end(text: str, first_line: str, title: str) -> int:
    """A page that runs its headline into the first sentence ("Blast At Market Kills Scores Most of the
    ...") starts its body after the words of the title."""
    wanted = fold(title)
    if len(wanted.split()) < 3 or not fold(first_line).startswith(wanted + " "):
        return 0
    line_start = text.index(first_line)
    for match in re.finditer(r"\s+", first_line):
        if fold(first_line[: match.start()]) == wanted:
            return line_start + match.end()
    return 0
