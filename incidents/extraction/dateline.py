"""The dateline: the place (and sometimes date) a story is filed from.

"PESHAWAR:", "MAZAR-E-SHARIF, Afghanistan —", "SRINAGAR, Oct 11:", possibly after
a headline line. Returns the place words exactly as written, with offsets.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .gazetteer import Gazetteer, PlaceRecord
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
# Datelines that look like the opening of a sentence or a headline label ("Kathmandu: Three people ...",
# "Kampala - Gunmen ...", "Dhaka, Bangladesh – At least ...", "ASTANA. AGENCY An ...", "YEREVAN, May 2. /AGENCY/.",
# "JAKARTA ~ A court ...", an upper-case town alone on its line): read only when the gazetteer knows the words as a
# town ("Police: two died" and "Peru: 16 killed" are no datelines).
_TOWN_WORD = r"[A-ZÀ-Þ][A-Za-zÀ-ÿ'’.\-]*"
TOWN_DATELINE = re.compile(
    rf"(?P<place>{_TOWN_WORD}(?: (?:{_TOWN_WORD}|de|del|da|do|la|el|al)){{0,3}}?)"
    r"(?:\s*,\s*(?P<country>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}))?"
    r"(?:\s*,\s*(?P<date>[A-Z][A-Za-z]{2,8}\.? \d{1,2}))?"
    r"(?:\s*\((?P<agency>[^()\n]{2,40})\))?"
    r"(?P<mark>\.\s*/[A-Za-z]{2,12}/\.?|\.\s+[A-Z]{3,12}\b|[ \t]?:|\s*(?:—|–|--|-|~)(?=\s)|(?=[ \t]*\n))\s*"
)
# The places the gazetteer knows a name (as written) by.
PlaceLookup = Callable[[str], list[PlaceRecord]]
# A dateline names a town big enough to hold a newsroom or an agency's desk; a smaller one of the same name is
# more often an English word ("Police: two died", a town in Poland).
DATELINE_TOWN_POPULATION = 100_000


def gazetteer_lookup(gazetteer: Gazetteer) -> PlaceLookup:
    return lambda words: list(gazetteer.places_named([fold(words)]).get(fold(words)) or [])


def _town_dateline(text: str, offset: int, lookup: PlaceLookup) -> re.Match | None:
    """A TOWN_DATELINE whose place is a town: a city of some size and not a country's name ("Peru: 16 killed")."""
    match = TOWN_DATELINE.match(text, offset)
    if not match:
        return None
    records = lookup(match.group("place"))
    if any(r.kind == "country" for r in records) or not any(
        r.kind == "city" and (r.population or 0) >= DATELINE_TOWN_POPULATION for r in records
    ):
        return None
    if match.group("mark").strip():
        # the story goes on after the mark on its line ("Name :" closing a line is a form's label)
        return match if re.match(r"[ \t]*\S", text[match.end("mark") :]) else None
    # alone on its line: only an upper-case town or one with its country ("Kabul" alone is a tag or a caption's)
    return match if match.group("place").isupper() or match.group("country") else None


def _bare(match: re.Match) -> bool:
    """An upper-case dateline with no country, date or agency: "UPDATE:" and "BBC-" look the same."""
    return not any(match.groupdict().get(name) for name in ("country", "date", "agency", "agency2", "agency3"))


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


def find_dateline(text: str, lookup: PlaceLookup | None = None) -> Dateline | None:
    """The dateline at the start of the text, or of a later line when headline, byline or date lines come
    first. With `lookup` (the gazetteer), also the forms only a known town tells from a sentence
    (TOWN_DATELINE), and a bare upper-case label no gazetteer knows ("UPDATE:") gives way to a later dateline."""
    unknown = None
    for offset in _line_starts(text):
        while offset < len(text) and text[offset].isspace():
            offset += 1
        match = DATELINE.match(text, offset) or TITLE_DATELINE.match(text, offset)
        if not match and lookup is not None:
            match = _town_dateline(text, offset, lookup)
        if match and not match.group("place").strip().endswith("."):
            place = match.group("place").strip()
            if len(place) < 3 or not any(c.isalpha() for c in place):
                continue
            dateline = _dateline(match, match.end())
            if lookup is not None and _bare(match) and not lookup(place):
                unknown = unknown or dateline  # a town the gazetteer lacks ("JOHOR BARU:") when nothing follows
                continue
            return dateline
    if unknown is not None and lookup is not None:
        # "UPDATE: 15 killed ..." headline, then page lines, then "Mogadishu (HOL) - At least ...": the town's
        return _later_town_dateline(text, unknown.body_start, lookup) or unknown
    return unknown


def _dateline(match: re.Match, body: int) -> Dateline:
    place = match.group("place").strip()
    start = match.start("place")
    country = match.group("country")
    return Dateline(start, start + len(place), place, country, match.start("country") if country else None, body)


# How far into the text a dateline below captions, a deck or page furniture is looked for.
LATE_CHARS = 2000
LATE_PLACE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’.\-]{3,}(?:\s*(?:/|\s)\s*[A-ZÀ-Þ][A-ZÀ-Þ'’.\-]+)*")


def later_dateline(text: str, after: int, lookup: PlaceLookup | None = None) -> Dateline | None:
    """An upper-case dateline that opens a paragraph below what `find_dateline` reads (photo captions, a deck
    sentence, more than a few furniture lines): "JOHANNESBURG – The toll ...", "HYDERABAD / KARACHI: At least ...".
    It says where the outlet sits as any dateline does; the text before it is not masked (a caption can tell an
    event), so its `body_start` is where it begins."""
    for offset in _paragraph_starts(text, after):
        found = DATELINE.match(text, offset)
        if found and LATE_PLACE.fullmatch(found.group("place").strip()):
            return _dateline(found, found.start("place"))
        found = _town_dateline(text, offset, lookup) if lookup is not None else None
        if found and found.group("mark").strip():
            return _dateline(found, found.start("place"))  # ("Kabul" alone on a line down the page is a tag)
    return None


def _later_town_dateline(text: str, after: int, lookup: PlaceLookup) -> Dateline | None:
    for offset in _paragraph_starts(text, after):
        found = _town_dateline(text, offset, lookup)
        if found and found.group("mark").strip():
            return _dateline(found, found.start("place"))
    return None


def _paragraph_starts(text: str, after: int) -> list[int]:
    starts = (match.end() for match in re.finditer(r"(?:^|\n)[ \t]*", text[:LATE_CHARS]))
    return [offset for offset in starts if offset >= after]


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
