"""Segmentation: which sentences tell the same violent event (what each says: sentence_facts.py).

A sentence with an event word (or a casualty count) opens a new incident when it
brings a date that does not fit the current one, a toll in an unrelated place, or
starts with "Separately" (or is a roundup's next item: "In X, ...", "In addition, ..." at a place apart or with a
toll of its own; or tells people arrested at a place apart from the event told); otherwise it joins the current
incident, as do the sentences of details, claims and reactions that follow. Aggregate statistics
("attacks rose 74%", "29 killed since January") and claims by the attackers never
give an incident or a count. An event the story "came days after" is told in passing:
its clause is an incident of its own, and the lines after it go on about the story
(unless they name whom only that clause named). A sentence the trained classifier reads
as an incident (SentenceFacts.told_by_model) opens the story's first incident even when
its words are weak.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .counts import number_value
from .dates import SPAN, DateExpression, relative_span, shift_days, unresolved_calendar_time
from .model import Incident, Place
from .sentence_facts import MODEL_INCIDENT, NO_CLAIM, OTHER_EVENT_NOUNS, SentenceFacts, event_parts
from .vocabulary import (
    CAPTURE_ACTS,
    MONTHS,
    REPORT_VERBS,
    TOLL_RISE_VERBS,
    VIOLENT_EVENT_NOUNS,
    WEEKDAYS,
    WHERE_THE_BOMB_WENT_OFF,
    alternation,
    noun_alternation,
)

# "In a separate attack", "In another incident": the singular event nouns, and "development", that open another
# event at a sentence's start after "a" or "another" with or without a word between. Blasts and explosions are the
# nouns of the common list left out here: they, with "instance", "case", "killing" and "strike", open one only
# after "another" or "a separate / second / similar / related" (the second list).
_OPENER_NOUNS = noun_alternation(
    tuple(n for n in VIOLENT_EVENT_NOUNS if n[0] not in ("blast", "explosion"))
    + (("incident", "incidents"), ("development", "developments")),
    "singular",
)
_QUALIFIED_OPENER_NOUNS = noun_alternation(
    (
        ("instance", "instances"),
        ("case", "cases"),
        ("blast", "blasts"),
        ("explosion", "explosions"),
        ("killing", "killings"),
        ("strike", "strikes"),
    ),
    "singular",
)
# "on the same day", "on Monday" ...
_ON_THE_DAY = r"on (?:the same day|" + "|".join(WEEKDAYS) + r")"
# "Earlier that day, two farmers were shot near ...": another event of the same day
_SAME_DAY = r"(?:earlier|later) (?:in the day|that day|the same day|" + _ON_THE_DAY + r")"
NEW_EVENT_OPENERS = re.compile(
    r"^\W*(?:separately|in (?:a|another) (?:separate |second |third |further |similar |related )?"
    + _OPENER_NOUNS
    + r"|elsewhere|meanwhile|in another development|"
    r"in (?:another|a (?:separate|second|similar|related)) " + _QUALIFIED_OPENER_NOUNS + r"|" + _SAME_DAY + r")\b",
    re.I,
)
# "Earlier that day, two farmers were shot near ...", "Also on Sunday, a lorry was set alight ...": another event told
# by the time it happened, whether or not its toll is one told already.
DAY_OPENER = re.compile(r"^\W*(?:" + _SAME_DAY + r"|also " + _ON_THE_DAY + r")\b", re.I)
# "Another insurgent was killed in a gunfight near X", "In the evening, one more civilian was hurt in a grenade
# attack": a victim of its own, hit in an event told with "a" (not "was also hurt in the attack": the event told).
ANOTHER_VICTIM = re.compile(
    r"^\W*(?:(?:in the|on \w+|late on \w+) (?:morning|afternoon|evening|night),\s*)?(?:another|one more)\s+"
    r"(?:[\w\-]+\s+){1,3}(?:was|were)\s+(?:shot dead|killed|injured|wounded|hurt|shot)\s+(?:in|during)\s+an?\b",
    re.I,
)
# "..., the committee said that": a report told by its day, not an event
REPORTED_AFTER = re.compile(rf"^\W*(?:the\s+)?(?:[\w\-’']+\s+){{0,4}}{REPORT_VERBS}\b", re.I)

# "It comes three days after the same fighters attacked ...", "The raid came one day after a bomber blew
# himself up ...", "It comes two years after militants raided ...": the clause tells an earlier event of its own
# (not "came a day after the attack": the event told; "days after the commander X was killed" is another).
PASSING_EARLIER = re.compile(
    r"\b(?:comes?|came|took place|takes place|follows?|followed|happened|occurred)\s+"
    r"(?:(?:just|only|merely|barely|less than|more than|about|some|nearly)\s+)*"
    r"(?:(?P<n>an?|a few|a couple of|several|[a-z]+(?:-[a-z]+)?|\d+)\s+)?"
    r"(?P<unit>hours?|days?|weeks?|months?|years?)\s+after\s+"
    r"(?!(?:the|this|that)\s+(?:attack|assault|blast|bombing|explosion|raid|ambush|strike|incident)s?\b)|"
    # "The killing followed another incident in which a trader was gunned down", "It follows a deadly raid last
    # year on a hotel", "The rampage followed two other attacks", "The blast was preceded by another attack on ...": an
    # event of its own, told by an article or a number before its noun (not "followed the attack": the event told)
    r"\b(?:follow(?:s|ed)|c(?:o|a)me after|(?:was|were) preceded by)\s+"
    r"(?:another|an earlier|a separate|a similar|(?:two|three|four|several) other|an?(?:\s+[\w\-]+)?)\s+"
    r"(?:[\w\-]+\s+)?(?:incident|attack|shooting|bombing|raid|ambush)s?\b",
    re.I,
)

# "... died in another air raid on Monday", "where a similar incident occurred on May 9", "In October,
# another attack in the same district had killed 21": a clause that names an event other than the one told.
OTHER_EVENT = re.compile(
    r"\b(?:another|a similar|a separate|an earlier|a previous|a second)\s+(?:[\w\-]+\s+)?" + OTHER_EVENT_NOUNS + r"\b",
    re.I,
)

# The parts of one twin attack: "the first blast ..., followed by a second explosion".
TWIN_PARTS = re.compile(r"\bthe first\s+(?:[\w\-]+\s+)?" + OTHER_EVENT_NOUNS + r"|\bfollowed by a second\b", re.I)

# A wire roundup's header: "At least five people died and seven were hurt:"; each line after it is an
# event of its own.
LIST_HEADER = re.compile(r":\s*$")

WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def _weekday(words: str | None) -> int | None:
    found = WEEKDAY.search(words or "")
    return WEEKDAYS[found.group(1).lower()] if found else None


MONTH_NAME = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b", re.I)


def _month(words: str | None) -> int | None:
    found = MONTH_NAME.search(words or "")
    return MONTHS[found.group(1).lower()] if found else None


def _other_weekday(date: DateExpression | None, incident: Incident) -> bool:
    """Without a publication date "on Saturday" resolves to nothing, yet it is not the "on Tuesday" of the event
    told: two weekdays name two days, and so do two months ("in February" after "on May 10"). A weekday or month
    that is not the one of the event's resolved date names another day too, and a year of its own ("in 2011")
    another time than an event told only by its weekday or its day and month, and a full date in November than one
    told "on 10 February"; without a publication date, "November 16" is another day than "on November 22"."""
    if date is not None and date.value is not None and not date.relative:
        if incident.date is not None:
            return False
        if date.precision == "year":
            # ("On 21 April, ..." then "In 2014, three died in clashes": a year of its own is another time too)
            return _weekday(incident.date_text) is not None or _month(incident.date_text) is not None
        their_month = _month(incident.date_text)
        return bool(their_month and int(date.value[5:7]) != their_month)
    if date is None or date.value is not None:
        return False
    if date.relative and date.precision == "day" and incident.date_precision in ("year", "month"):
        # "yesterday's bombing" after "a car bomb in 2011": the story's own days, unresolved for want of a publication
        # day, are another time than an event it dates by a year or a month written out
        return True
    ours = _weekday(date.text)
    if incident.date is None:
        theirs = _weekday(incident.date_text)
    elif len(incident.date) == 10:
        theirs = dt.date.fromisoformat(incident.date).weekday()
    else:
        theirs = None
    if ours is not None and theirs is not None and ours != theirs:
        return True
    month = _month(date.text)
    if month is None:
        return False
    their_month = _month(incident.date_text) if incident.date is None else int(incident.date[5:7] or 0) or None
    if their_month and month == their_month and incident.date is None:
        # "On November 16, skirmishes broke out" after an event "on November 22": two days of one month
        ours_day, their_day = _day_of_month(date.text), _day_of_month(incident.date_text)
        return bool(ours_day and their_day and ours_day != their_day)
    return bool(their_month and month != their_month)


_MONTH_WORDS = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
DAY_OF_MONTH = re.compile(
    rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORDS}|{_MONTH_WORDS}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?)\b",
    re.I,
)


def _day_of_month(words: str | None) -> int | None:
    found = DAY_OF_MONTH.search(words or "")
    return int(found.group(1) or found.group(2)) if found else None


def dates_compatible(a: str | None, b: str | None, tolerance_days: int = 0) -> bool:
    if a is None or b is None:
        return True
    if len(a) == 10 and len(b) == 10 and tolerance_days:
        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days) <= tolerance_days
    k = min(len(a), len(b))
    return a[:k] == b[:k]


def passing_date(earlier: re.Match, reference: str | None) -> tuple[str | None, str | None]:
    """The day of an event told in passing, N hours, days, weeks, months or years before the reference day: 'hours
    after' is the same day, 'six days after' six days before it, 'a week after' the month of the day a week before (a
    week is rounded in news), 'three months after' that month, 'two years after' that year."""
    unit = (earlier.group("unit") or "").lower()
    if not unit:
        return None, None
    words = (earlier.group("n") or "").lower()
    n = number_value(words) if words else None
    if unit.startswith("hour"):
        return (reference, "day") if reference and len(reference) == 10 else (None, None)
    if unit.startswith(("month", "year")):
        # "three months after": that month; "two years after": that year (a coder's precision for either)
        if not n or not reference or (unit.startswith("month") and len(reference) < 7):
            return None, None
        if unit.startswith("year"):
            return str(int(reference[:4]) - n), "year"
        months = int(reference[:4]) * 12 + int(reference[5:7]) - 1 - n
        return f"{months // 12:04d}-{months % 12 + 1:02d}", "month"
    if not n:
        # "only days after", "a few weeks after": some time before, in the month of the reference, as a coder would
        # (unless the reference is in the month's first week: the days before may be the month before)
        if not reference or words or (len(reference) == 10 and int(reference[8:]) <= 7):
            return None, None
        return reference[:7], "month"
    if unit.startswith("week"):
        day = shift_days(reference, -7 * n)
        return (day[:7], "month") if day else (None, None)
    day = shift_days(reference, -n)
    return (day, "day") if day else (None, None)


HEADING_ITEM = re.compile(r"^\W*\w")
HEADING_MAX_WORDS = 12


def _heading_line(text: str) -> bool:
    """A short line that no sentence punctuation ends: a heading ("Khyber attack, July 2021")."""
    words = text.strip()
    return bool(words) and words[-1] not in '.!?"”’:;' and len(words.split()) <= HEADING_MAX_WORDS


def _long_span(date: DateExpression) -> bool:
    """Is the date a span of weeks, months or years from the event told before ("four months later")?"""
    found = SPAN.match(date.text.strip()) if date.value is None else None
    return bool(found) and found.group("unit").lower() != "day"


MONTH_OF_EVENT = re.compile(r"\b(previous|preceding|following)\s+(\w+)", re.I)


def _date_value(
    date: DateExpression, previous: Incident | None, sentence: str = "", reference: str | None = None
) -> tuple[str | None, str | None]:
    """Value and precision; 'a day later' counts from the previous incident, 'the previous October' from its
    month; 'it came a day after a bomber struck' dates the bomber a day before it (or before the day the story
    was reported, `reference`, when the event told has no date of its own yet)."""
    earlier = PASSING_EARLIER.search(sentence)
    if date.value is None and earlier and date.text in earlier.group(0) and previous:
        return passing_date(earlier, previous.date or reference)
    relative_month = MONTH_OF_EVENT.search(date.text) if date.value is None else None
    if relative_month and relative_month.group(2).lower() in MONTHS:
        if not (previous and previous.date and len(previous.date) >= 7):
            return None, None
        year, month = int(previous.date[:4]), int(previous.date[5:7])
        target = MONTHS[relative_month.group(2).lower()]
        if relative_month.group(1).lower() == "following":
            year += 1 if target <= month else 0
        else:
            year -= 1 if target >= month else 0
        return f"{year:04d}-{target:02d}", "month"
    a_day_later = re.match(r"(?:a|one|two|three) days? ", date.text, re.I)
    if date.value is None and SPAN.match(date.text.strip()) and not a_day_later:
        # "four months later", "just over a month later": counted from the event told before
        return relative_span(date.text, previous.date if previous else None)
    if date.value is None and re.search(r"later|after|next|following", date.text, re.I) and previous and previous.date:
        n = {"a": 1, "one": 1, "two": 2, "three": 3}.get(date.text.split()[0].lower(), 1)
        return shift_days(previous.date, n), "day"
    if date.value is None and re.search(r"earlier|before", date.text, re.I) and previous and previous.date:
        n = {"a": 1, "one": 1, "two": 2, "three": 3}.get(date.text.split()[0].lower(), 1)
        return shift_days(previous.date, -n), "day"
    return date.value, date.precision if date.value else None


@dataclass
class _Open:
    """An incident being built, with what segmentation compares new sentences to."""

    incident: Incident
    labels: set[str]  # the strong event words of its lead sentence
    reference: str | None  # its date, else the date it was reported on
    places: list[Place] = field(default_factory=list)  # where its event sentences say it happened


# Words that point back to the event already told: "the attack", "the blast" (of several told: "the blasts").
_TOLD_EVENT_NOUNS = "attack|assault|blast|bombing|explosion|raid|ambush|strike|incident"
SAME_EVENT = re.compile(
    rf"\b(?:(?:the|this|that|\w+day['’]s) (?:{_TOLD_EVENT_NOUNS})|the (?:{_TOLD_EVENT_NOUNS})s)\b", re.I
)
# "that attack", "that confrontation": the event told just before, even one told in passing.
THAT_EVENT = re.compile(rf"\bthat\s+(?:{_TOLD_EVENT_NOUNS}|confrontation|clash|fighting|shooting)\b(?!s)", re.I)
# The words before "that attack" that frame a line about it: nothing ("That bombing killed ..."), or "in"/"during"
# ("In that attack, ...", "... were killed in that attack").
THAT_EVENT_FRAME = re.compile(r"(?:^\W*|\b(?:in|during)\s+)$", re.I)
# The words before "that attack" that compare the event told with it: "Unlike that raid", "deadlier than that attack",
# "the worst since that bombing".
THAT_EVENT_COMPARED = re.compile(r"\b(?:unlike|like|than|since|after)\s+(?:in\s+|during\s+)?$", re.I)
# Words that point at the event told now: "this attack", "the latest raid".
THIS_EVENT = re.compile(
    rf"\bthis\s+(?:{_TOLD_EVENT_NOUNS}|confrontation|clash|fighting|shooting)\b|\bthe\s+latest\b", re.I
)
# "in X", "near al-X", "north of X": the words before a place that locate something there.
LOCATED = re.compile(
    r"\b(?:in|near|at|outside|off|(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of)"
    r"\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,3}(?:[a-z]{1,3}-)?$",
    re.I,
)
NOT_EVENT_PLACE = re.compile(
    r"\b(?:sources|officials?|spokesm[ae]n|ministry|hospitals?|based)\s+(?:in|at)\s+(?:the\s+)?$", re.I
)


# Between two names of one place chain: "X area, Y, " before "Z County", ", " before "Z province".
PLACE_CHAIN = re.compile(r"^(?:\s+[a-z]+)?,\s*(?:[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*){0,2},\s*)?$")


def _event_places(sentence: SentenceFacts, listed: bool = True) -> list[Place]:
    """Gazetteer places the sentence locates something in ('in Kaduna'), sources' whereabouts left out (with
    `listed` false, places the gazetteer does not know count too)."""
    out = []
    located_end = None  # where the last located name ended: "in X area, Y, Z County" locates Z too
    for mention, place in sentence.places:
        before = sentence.text[max(0, mention.start - sentence.start - 40) : mention.start - sentence.start]
        located = LOCATED.search(before) and not NOT_EVENT_PLACE.search(before)
        if not located and located_end is not None:
            located = bool(
                PLACE_CHAIN.match(sentence.text[located_end - sentence.start : mention.start - sentence.start])
            )
        if located:
            located_end = mention.end
        if (place.record is not None or not listed) and place.kind != "country" and located:
            out.append(place)
    return out


def _points_at_that_event(sentence: SentenceFacts, current: _Open | None) -> bool:
    """Whether the line is about "that attack": the pointer frames the line ("In that attack, ...", "That bombing
    killed ...", "... were killed in that attack"), the line does not compare the event told with it ("Unlike that
    raid, Monday's assault ..."), and it neither points at the event told ("the latest raid") nor names its day."""
    text = sentence.text
    pointer = THAT_EVENT.search(text)
    if pointer is None or THIS_EVENT.search(text):
        return False
    before = text[: pointer.start()]
    if not THAT_EVENT_FRAME.search(before) or THAT_EVENT_COMPARED.search(before):
        return False
    day = current.incident.date if current is not None else None
    return not (day and any(d.value and _date_value(d, None, text)[0] == day for d in sentence.dates))


def related(a: Place, b: Place) -> bool:
    """Same place, or one inside the other."""
    return a is b or within(a, b) or within(b, a)


def within(place: Place, container: Place) -> bool:
    """`place` lies under `container` in the places' parent links (a few steps at most)."""
    current, steps = place.parent, 0
    while current is not None and steps < 8:
        if current is container:
            return True
        current, steps = current.parent, steps + 1
    return False


def _labels(sentence: SentenceFacts) -> set[str]:
    return {label for label, strength, _ in sentence.events if strength >= 4}


# Event words of a narrower kind, with the kind they belong to: "a blast" and "suicide bombings" can tell one event.
_BROADER_KIND = {"suicide_bombing": "bombing"}


def _kinds(labels: set[str]) -> set[str]:
    """The labels with the broader kinds they belong to."""
    return labels | {_BROADER_KIND[label] for label in labels if label in _BROADER_KIND}


# An event noun that points back to the event told ("the blast", "Saturday's attack") or goes on ("as fighting
# continued"): what follows is about that event, whatever day it names.
BACK_REFERENCE_BEFORE = re.compile(
    r"\b(?:the|this|that|these|those|\w+day['’]s)\s+(?:(?!(?:was|were|is|are|has|had|have|been)\b)[\w\-]+\s+){0,2}$",
    re.I,
)
GOES_ON_AFTER = re.compile(r"^\w*\s+(?:continued|went on|raged|persisted|resumed|dragged on)\b", re.I)

# "Hours after the blast in X, ...": the event told, named only as the time of what the sentence tells
TIME_OF_TOLD = re.compile(r"\b(?:after|before|since|following)\s+$", re.I)


def _points_back(words: str) -> bool:
    """Do the words name the event told as their subject ("the blast occurred ..."), not only as a time ("hours
    after the blast")?"""
    return any(not TIME_OF_TOLD.search(words[: m.start()]) for m in SAME_EVENT.finditer(words))


# "the March 2019 attacks": a date that, with no name between, is the first word of an event noun phrase
DATED_BACK_BEFORE = re.compile(r"\bthe\s+$", re.I)
DATED_BACK_AFTER = re.compile(r"^\s+(?:[a-z\-]+\s+)?" + OTHER_EVENT_NOUNS + r"\b")


def _dated_back(sentence: SentenceFacts, date: DateExpression) -> bool:
    """Does the date name the event told, by the definite article and the event's noun alone ("Tarvel said of the
    March 2019 attacks"), not another event by a name of its own ("the 2002 Bali bombings")?"""
    at, end = date.start - sentence.start, date.end - sentence.start
    return bool(DATED_BACK_BEFORE.search(sentence.text[:at]) and DATED_BACK_AFTER.match(sentence.text[end:]))


def _dates_undated_event(sentence: SentenceFacts, date: DateExpression, value: str | None, current: _Open) -> bool:
    """Does a line that points back at the event told ("The ambush in X took place in March 2019") give the date the
    story left out? Only when no line dated the event (its reference is the publication day), the date is written
    in full (not counted from the publication day, not an open range), before that day, and the line says the
    event happened then."""
    return (
        current.incident.date is None
        and current.incident.date_text is None
        and value is not None
        and not date.relative
        and not date.open_range
        and current.reference is not None
        and value < current.reference[: len(value)]
        and bool(OCCURRED.search(sentence.text))
    )


# An event word that is a verb ("the village was attacked", "the militia took control of X"), not a noun
EVENT_VERB = re.compile(r"(?:[\w\-]+ed|took|overran)\b")


def _follow_up(sentence: SentenceFacts, current: _Open) -> bool:
    """A sentence on another day that only refers back to the current event: no toll, no new place, no new event."""
    if any(c.value > 0 for c in sentence.counts):
        return False
    here = _event_places(sentence)
    if here and current.places and any(not related(p, q) for p in here for q in current.places):
        return False
    strong = [offset for _, strength, offset in sentence.events if strength >= 4]
    if not strong:
        return False
    for offset in strong:
        at = offset - sentence.start
        if EVENT_VERB.match(sentence.text[at:]):  # a verb tells an event, it does not point back to one
            return False
        back = BACK_REFERENCE_BEFORE.search(sentence.text[:at])
        if back and any(back.start() <= d.start - sentence.start < at for d in sentence.dates):
            back = None  # "the 2002 Bali bombings": an earlier event named by its date, not the one told
        if not (back or GOES_ON_AFTER.match(sentence.text[at:])):
            return False
    return True


def _retells_toll(sentence: SentenceFacts, current: _Open, by_index: dict[int, SentenceFacts]) -> bool:
    """Does a line with no strong event word of its own point back at the event told ("the attack") and give a
    number of dead that event's lines told already?"""
    if sentence.strength >= 4 or not _points_back(sentence.text):
        return False
    told = _told_counts(current, by_index)
    return any(c.value > 0 and c.value in told for c in sentence.kills)


def _named_places(told: _Open, by_index: dict[int, SentenceFacts]) -> list[Place]:
    """The gazetteer places an incident's sentences name at all ("across the city of X"), for an incident none of
    whose sentences locates it with "in X"."""
    return [
        place
        for i in told.incident.sentences
        if i in by_index
        for _, place in by_index[i].places
        if place.record is not None and place.kind != "country"
    ]


# A later figure for the dead of the event told: "the death toll rose to 11", "two of the wounded died".
TOLL_UPDATE = re.compile(
    rf"\b(?:death )?toll (?:has |had )?(?:{TOLL_RISE_VERBS}|went up)\b|"
    r"\b(?:of the|of them) (?:wounded|injured) (?:later |had |have )?died\b|"
    r"\bsuccumbed to (?:their|his|her) (?:wounds|injuries)\b",
    re.I,
)


# "... as bodies were found in the bush": the dead of a toll update found, not an event of their own
BODIES_FOUND = re.compile(
    r"\bbod(?:y|ies)\b(?:\s+\w+){0,3}?\s+(?:were|was|had been|have been)\s+(?:found|recovered|discovered)\b", re.I
)


def _update_labels(sentence: SentenceFacts) -> set[str]:
    """The strong event labels of a toll update, bodies found for it left out ("the toll rose to 50 as bodies were
    found in the bush": the event told, its dead found)."""
    found = [(m.start() + sentence.start, m.end() + sentence.start) for m in BODIES_FOUND.finditer(sentence.text)]
    return {
        label
        for label, strength, at in sentence.events
        if strength >= 4 and not (label == "other_violence" and any(a <= at < b for a, b in found))
    }


# "the Y district of the capital": a part of the town told, whatever the gazetteer says of it
OF_THE_TOWN_AFTER = re.compile(
    r"^(?:\s+(?:district|area|neighbou?rhood|quarter|suburb|section|part))?\s+of\s+the\s+(?:capital|city|town)\b",
    re.I,
)


def _part_of_the_told_town(sentence: SentenceFacts, place: Place) -> bool:
    return any(
        q is place and OF_THE_TOWN_AFTER.match(sentence.text[m.end - sentence.start :]) for m, q in sentence.places
    )


# A raid that takes people: "officers raided a house and detained four men", "stormed a hideout, arresting two".
RAID_ACT = re.compile(r"\b(?:raid(?:ed|ing)|storm(?:ed|ing)|swooped on|swept through)\b", re.I)
CAPTURE_ACT = re.compile(rf"\b(?:{alternation(CAPTURE_ACTS)}|took (?:\w+ ){{1,3}}into custody)\b", re.I)
SOON_AFTER = re.compile(
    r"^\W*(?:(?:hours|minutes|moments|shortly|soon)\s+(?:later|after(?:wards)?)|"
    r"later (?:that|the same|in the) (?:day|night|morning|afternoon|evening))\b",
    re.I,
)


# A roundup's next item, told by the place it happened in before anything else ("In X, a car bomb killed two"), or
# added to the one told ("In addition, a bomb went off in X", "Also in the province, a guard was wounded").
FRONTED_PLACE = re.compile(r"^\W*(?:also\s+)?in\s+(?!the\s+(?:same|incident|attack|end)\b)[^,;:]{2,80},", re.I)
ADDITIVE_OPENER = re.compile(r"^\W*(?:in addition|additionally|moreover|furthermore|also in)\b(?!\s+to\b)", re.I)
# "about 90 miles northeast of X": X is where the distance is told from, not where the event happened
DISTANCE_FROM = re.compile(
    r"\b\d[\d,.]*\s*(?:-\s*)?(?:km|kms|kilometres|kilometers|miles|mi)\s+(?:[a-z]+\s+)?(?:of|from)\s+"
    r"(?:the\s+)?(?:[\w'’\-]+\s+){0,3}$",
    re.I,
)


# "in the dusty old border town of X": a place named by its kind after a longer description
IN_TOWN_OF = re.compile(
    r"\b(?:in|near|at|outside)\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,4}"
    r"(?:city|town|village|district|province|region|county|area|suburb|neighbou?rhood)\s+of\s+$",
    re.I,
)


def _where_told(sentence: SentenceFacts) -> list[Place]:
    """The places (listed or not, no country) the sentence locates its event in, less those a distance is told
    from."""
    located = _event_places(sentence, listed=False)
    out = []
    for mention, place in sentence.places:
        before = sentence.text[max(0, mention.start - sentence.start - 60) : mention.start - sentence.start]
        if place.kind == "country" or DISTANCE_FROM.search(before) or any(place is p for p in out):
            continue
        if any(place is p for p in located) or IN_TOWN_OF.search(before):
            out.append(place)
    return out


def _distance_points(sentence: SentenceFacts) -> list[Place]:
    """The places a distance is told from ("90 miles northeast of X")."""
    return [
        place
        for mention, place in sentence.places
        if DISTANCE_FROM.search(
            sentence.text[max(0, mention.start - sentence.start - 60) : mention.start - sentence.start]
        )
    ]


def _finest(places: list[Place]) -> list[Place]:
    """The places no other of them lies in: "in X district of Y province" is X."""
    return [p for p in places if not any(q is not p and within(q, p) for q in places)]


def _told_at(current: _Open, by_index: dict[int, SentenceFacts]) -> list[Place]:
    """The finest places the incident open was told at ("in X"); for an event no line locates so, the places its
    lines name, less those distances are told from."""
    told = [by_index[i] for i in current.incident.sentences if i in by_index]
    return _finest([p for f in told for p in _where_told(f)]) or _finest(
        [p for p in _named_places(current, by_index) if all(p is not q for f in told for q in _distance_points(f))]
    )


def _new_count(sentence: SentenceFacts, told: _Open, by_index: dict[int, SentenceFacts]) -> bool:
    """Does the sentence count dead or injured (by number and kind) that the incident's sentences have not?"""
    counted = {(c.value, c.kind) for i in told.incident.sentences if i in by_index for c in by_index[i].counts}
    return any(c.value > 0 and (c.value, c.kind) not in counted for c in sentence.counts)


def _roundup_next_item(sentence: SentenceFacts, current: _Open, by_index: dict[int, SentenceFacts]) -> bool:
    """Is the sentence another item of a roundup: fronted by a place ("In X, ...") or an additive opener ("In
    addition, ..."), an event with a toll the incident open has not told or at a place apart from the finest places
    it was told at (a town of the same province is apart; the province itself is not)?"""
    fronted = FRONTED_PLACE.match(sentence.text)
    additive = ADDITIVE_OPENER.match(sentence.text)
    if not (fronted or additive) or sentence.strength < 1 or sentence.claim:
        return False
    if SAME_EVENT.search(sentence.text) or TOLL_UPDATE.search(sentence.text):
        return False
    theirs = _told_at(current, by_index)
    here = _where_told(sentence)
    if fronted and not additive:
        # the place fronting the sentence must be its own, and it must count dead or wounded of its own
        head = sentence.start + fronted.end()
        here = [p for p in here if any(m.start < head and q is p for m, q in sentence.places)]
        return bool(here and theirs) and _new_count(sentence, current, by_index) and _apart(here, theirs)
    if _new_count(sentence, current, by_index):
        return True
    return sentence.strength >= 4 and bool(here and theirs) and _apart(here, theirs)


# "a car bomb", "another attack", "two blasts": an event noun brought in as a new one (not "the blast": the one told)
INDEFINITE_BEFORE = re.compile(
    r"\b(?:an?|another|one|two|three|four|five|several|multiple|\d+)\s+(?:[\w\-]+\s+){0,2}$", re.I
)
# "..., he said in X on Thursday": where the speaker was, not where anything happened
# (also after an audience or an occasion: "told reporters in X", "said at a news conference in X")
SPOKEN_IN = re.compile(
    r"\b(?:said|says|told|added|stated)\s+(?:(?:reporters|journalists)\s+)?(?:(?:in|at)\s+(?:the\s+)?"
    r"(?:[\w'’\-]+\s+){0,4}?)?(?:in|at)\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,2}$",
    re.I,
)


def _introduces_event(sentence: SentenceFacts) -> bool:
    """Does a strong event noun of the sentence come in with an indefinite word ("a suicide car bombing")?"""
    return any(
        strength >= 4
        and INDEFINITE_BEFORE.search(sentence.text[: offset - sentence.start])
        and not EVENT_VERB.match(sentence.text[offset - sentence.start :])
        for _, strength, offset in sentence.events
    )


def _struck_apart(sentence: SentenceFacts, current: _Open, by_index: dict[int, SentenceFacts]) -> bool:
    """Does a line the classifier reads as an incident bring in an event ("a suicide car bombing is underway in Y",
    or fronted by its place: "In Y, troops exchanged fire ...") with no count, at places apart from the finest places
    the incident open was told at? (A line with a count is weighed by the rules of tolls; an arrest by
    _capture_elsewhere.)"""
    if sentence.counts or sentence.strength < 4 or not sentence.told_by_model:
        return False
    if "arrest_or_raid" in _labels(sentence) or SAME_EVENT.search(sentence.text) or TOLL_UPDATE.search(sentence.text):
        return False
    if not (FRONTED_PLACE.match(sentence.text) or _introduces_event(sentence)):
        return False
    spoken = {id(p) for m, p in sentence.places if SPOKEN_IN.search(sentence.text[: m.start - sentence.start])}
    here = [p for p in _where_told(sentence) if id(p) not in spoken]
    theirs = _told_at(current, by_index)
    return bool(here and theirs) and _apart(here, theirs)


# "Earlier, residents said ...", "Earlier on Wednesday the ministry said ...": a line told as before the event told,
# the same day (not "Earlier this year": a past time of its own, PAST_TIME_OPENER)
EARLIER_OPENER = re.compile(r"^\W*earlier(?:\s*,|\s+(?:on\s+)?(?:today|" + "|".join(WEEKDAYS) + r")\b)", re.I)
# "attacked Chesht, Oba, Gulran and X districts": the places right after a verb of attack, listed one after another
ATTACKED_LIST = re.compile(
    r"\b(?:attack(?:ed|ing)|raid(?:ed|ing)|stormed|invaded|bombed|bombarded|shelled|struck|overran|torched)\s+"
    r"(?:the\s+)?(?:(?:villages?|towns?)\s+of\s+)?(?-i:(?:[A-Z][\w\-’']*\s+){0,3}?(?:[A-Z][\w\-’']*),\s*(?:and\s+)?){0,6}$",
    re.I,
)


def _acted_apart(
    sentence: SentenceFacts, current: _Open | None, opened: list[_Open], by_index: dict[int, SentenceFacts]
) -> bool:
    """Does a line the classifier reads as an incident tell an act (a word of attack, however weak) at places apart
    from the finest places the incident open, and every incident told before it, was told at: where it locates
    something ("in X", "near the village of X") or what was attacked ("attacked X, Y and Z districts"), less where a
    speaker was? Not a line pointing back at the event told ("the attack", "the attackers") or updating its toll, nor
    one naming a place an event was told at already ("in Y, just outside X" after an event in X: that event retold).
    Only a line marked as another event asks."""
    if current is None or not sentence.told_by_model or sentence.claim or sentence.strength < 1:
        return False
    text = sentence.text
    if SAME_EVENT.search(text) or TOLD_DOER.search(text) or TOLL_UPDATE.search(text) or _points_back(text):
        return False
    spoken = {id(p) for m, p in sentence.places if SPOKEN_IN.search(text[: m.start - sentence.start])}
    here = _where_told(sentence)
    for mention, place in sentence.places:
        before = text[max(0, mention.start - sentence.start - 120) : mention.start - sentence.start]
        if place.kind != "country" and ATTACKED_LIST.search(before) and all(place is not p for p in here):
            here.append(place)
    here = [p for p in here if id(p) not in spoken]
    theirs = _told_at(current, by_index) + [p for o in opened if o is not current for p in _told_at(o, by_index)]
    if not (here and theirs):
        return False
    # towns against towns when both name one ("in the northern X, ... in Y" after an event "near Z" in X, where the
    # gazetteer files neither town under the region X): the region both share does not make the towns one place
    towns, their_towns = _towns(here), _towns(theirs)
    if towns and their_towns:
        here, theirs = towns, their_towns
    return _apart(here, theirs)


def _towns(places: list[Place]) -> list[Place]:
    return [p for p in places if p.kind in ("city", "site")]


def _apart(here: list[Place], theirs: list[Place]) -> bool:
    """Is each place told here unrelated to each of the incident's finest places?"""
    return all(not related(p, q) for p in _finest(here) for q in theirs)


# "in X village", "in the town of X", "X, a village of ...": the line calls its place a village or town of its own
# (a district, ward or quarter only when the event told is not told at a town: there it is a part of that town)
KIND_AFTER_PLACE = re.compile(
    r"^(?:\s+|,\s+an?\s+(?:small\s+|remote\s+)?)(?:village|town|city|(?P<part>district|ward|quarter|neighbou?rhood))\b",
    re.I,
)
KIND_BEFORE_PLACE = re.compile(r"\b(?:village|town|city|(?P<part>district|ward|quarter|neighbou?rhood))\s+of\s+$", re.I)
# "Elsewhere, ...", "The same week, ...": a line opened as another event of the time told
ANOTHER_TIME_OPENER = re.compile(
    r"\belsewhere\b|^\W*(?:(?:in|on|during)\s+)?the same (?:day|week|night|morning|afternoon|evening)\b", re.I
)
# "attacked villages", "four remote villages": an event told over several places
SPREAD_OVER = re.compile(r"\b(?:villages|towns|communities|hamlets|settlements)\b", re.I)
# "the bomber", "the attackers": the doer of the event told
TOLD_DOER = re.compile(r"\bthe\s+(?:suicide\s+)?(?:bomber|attacker|assailant)s?\b", re.I)


def _told_apart_on_its_own(sentence: SentenceFacts, current: _Open, by_index: dict[int, SentenceFacts]) -> bool:
    """Does a line tell a violent act with dead of its own (a number the incident open has not told) at a place no
    gazetteer lists, apart from the finest places the incident open was told at, and also call that place a village or
    town of its own ("in X town"), tell another kind of act than the event told (an ambush after a bombing), or mark
    another event ("a separate attack")? Not when it points back at the event told ("the attack", "the bomber")."""
    if sentence.strength < 4 or not sentence.told_by_model or sentence.claim:
        return False
    told = {c.value for i in current.incident.sentences if i in by_index for c in by_index[i].kills}
    if not any(c.value > 0 and c.value not in told for c in sentence.kills):
        return False
    text = sentence.text
    if SAME_EVENT.search(text) or TOLD_DOER.search(text) or TOLL_UPDATE.search(text) or _points_back(text):
        return False
    if any(SPREAD_OVER.search(by_index[i].text) for i in current.incident.sentences if i in by_index):
        return False  # "gunmen stormed four villages": a line at one of them tells a part of the event told
    spoken = {id(p) for m, p in sentence.places if SPOKEN_IN.search(text[: m.start - sentence.start])}
    here = [p for p in _where_told(sentence) if p.record is None and id(p) not in spoken]
    theirs = _told_at(current, by_index)
    if not (here and theirs) or not _apart(here, theirs):
        return False
    if any(p.name.lower() == q.name.lower() for p in here for q in theirs):
        return False
    in_town = any(q.kind == "city" for q in theirs)
    own_kind = False
    for m, place in sentence.places:
        if not any(p is place for p in here):
            continue
        called = KIND_AFTER_PLACE.match(text[m.end - sentence.start :]) or KIND_BEFORE_PLACE.search(
            text[: m.start - sentence.start]
        )
        if called and not (in_town and called.group("part")):
            own_kind = True
    mine, theirs_kinds = _kinds(_labels(sentence)) - {"generic"}, _kinds(current.labels) - {"generic"}
    other_kind = bool(mine and theirs_kinds and not (mine & theirs_kinds))
    marked = bool(OTHER_EVENT.search(text) or NEW_EVENT_OPENERS.search(text) or ANOTHER_TIME_OPENER.search(text))
    return bool(own_kind or other_kind or marked)


def raid_sentence(sentence: SentenceFacts) -> bool:
    return (
        "arrest_or_raid" in _labels(sentence)
        and bool(RAID_ACT.search(sentence.text))
        and bool(CAPTURE_ACT.search(sentence.text))
    )


# "The suspect ...", "He ...": a sentence about the one an arrest told took
TOLD_CAPTIVE = re.compile(r"^\W*(?:the|this|that|these|those|he|she|they|his|her|their)\b", re.I)
# "detained the pair", "Among those held was X": the captives told, by a phrase that points back at them
TOLD_CAPTIVES = re.compile(
    r"\b(?:among|of)\s+(?:those|them)\b|\bthe\s+(?:pair|duo|trio|two|three|four|suspects?|men|man|woman|women)\b",
    re.I,
)
# "arrested outside X, Y county": where people were taken, a town the gazetteer lacks before the place it knows
TAKEN_AT = re.compile(
    r"\b(?:arrested|detained|captured|held)\s+(?:in|at|near|outside)\s+(?:[\w'’\-]+,?\s+){0,3}$", re.I
)


def _capture_elsewhere(sentence: SentenceFacts, current: _Open, by_index: dict[int, SentenceFacts]) -> bool:
    """Does the sentence tell people taken ("were arrested", "detained") at a place it locates them in, apart from
    the finest places the incident open was told at (less those a distance is told from: "in X, 10 km from Y")? After
    an arrest, only other people taken count ("Another member was held in Z"), not the one told ("The suspect ...")."""
    if "arrest_or_raid" not in _labels(sentence) or not CAPTURE_ACT.search(sentence.text):
        return False
    if "arrest_or_raid" in current.labels and (
        TOLD_CAPTIVE.match(sentence.text) or TOLD_CAPTIVES.search(sentence.text)
    ):
        return False  # "The suspect was arrested at his home in X": the arrest told, told again with its place
    theirs = _told_at(current, by_index)
    here = _where_told(sentence) or [
        place
        for mention, place in sentence.places
        if place.kind != "country"
        and TAKEN_AT.search(sentence.text[max(0, mention.start - sentence.start - 60) : mention.start - sentence.start])
    ]
    return bool(here and theirs) and _apart(here, theirs)


OCCURRED = re.compile(r"\b(?:took place|happened|occurred|was carried out|unfolded)\b", re.I)


# The words before a date that opens its sentence: "On Friday, ...", "Early on 3 May ..."
# (not a quote's "Last night, we ...": a witness retells)
DATE_OPENS_BEFORE = re.compile(r'^[^\w"“‘\']*(?:(?:early|late)\s+)?(?:on\s+)?$', re.I)
# Days apart two events told by their days are at least: a night's event is told by either of its two days
OTHER_DAY_APART = 2


def _dated_placed_event(
    sentence: SentenceFacts, date: DateExpression | None, value: str | None, precision: str | None, told: str | None
) -> bool:
    """Does a line the classifier reads as an incident open with a day of its own and locate an event word in a
    place ("On Friday, in X village, gunmen attacked a bus")? Then it tells an event of that day, not a detail of the
    event told before it."""
    return (
        date is not None
        and precision == "day"
        and told is not None
        and len(told) == 10
        and abs((dt.date.fromisoformat(told) - dt.date.fromisoformat(value)).days) >= OTHER_DAY_APART
        and sentence.told_by_model
        and sentence.strength >= 1
        and bool(DATE_OPENS_BEFORE.match(sentence.text[: date.start - sentence.start]))
        and bool(_event_places(sentence, listed=False))
        and not SAME_EVENT.search(sentence.text)
        and not TOLL_UPDATE.search(sentence.text)
    )


# "In January,", "In July of the same year,", "In February 2022,", "Last month,", "Earlier this year,": a past time
# of its own that opens a line
PAST_TIME_OPENER = re.compile(
    r"^\W*(?:(?:earlier|early|late)\s+(?:this|that|last)\s+(?:week|month|year)|last\s+(?:week|month|year)|"
    r"in\s+(?:(?:early|late|mid-?)\s*)?"
    + _MONTH_WORDS
    + r"(?:\s+of\s+(?:the\s+same|that|this|last)\s+year|\s+(?:last|this)\s+year|\s+\d{4})?)\s*,",
    re.I,
)

# "Earlier this year", "Last month": a time said to be before the time of writing
SAID_BEFORE = re.compile(r"^\W*(?:earlier|early|late|last)\b", re.I)
# "the attackers", "the bandits", "the bomber": the doers of an event already told (TOLD_DOER's, and the common
# nouns of armed men)
DOERS_TOLD_BEFORE = re.compile(
    TOLD_DOER.pattern
    + r"|\bthe\s+(?:gunm[ae]n|bandits|fighters|militants|insurgents|kidnappers|raiders|jihadists|rebels)\b",
    re.I,
)


def _told_by_a_past_time(
    sentence: SentenceFacts, date: DateExpression | None, value: str | None, current: _Open | None
) -> bool:
    """Does the line open with a past time of its own ("In January,", "Last month,", "Earlier this year,") and tell
    one violent act (its words, or the classifier's with an event word)? Then it is an earlier event than the one told
    (not when that time is the event told's own, nor a statistic of several attacks, nor a line pointing back at it)."""
    if current is None or date is None or sentence.aggregate:
        return False
    found = PAST_TIME_OPENER.match(sentence.text)
    if found is None or date.start - sentence.start > found.end():
        return False
    if not (sentence.eventful or (sentence.told_by_model and sentence.strength >= 1)):
        return False
    if sentence.claim and not any(c.value > 0 for c in sentence.kills):
        return False  # a claim's time, not a deed's (a deed with its dead claimed is still the deed)
    told = current.incident
    if (told.date_text or "").lower().strip() == date.text.lower().strip():
        return False  # the event told's own time
    # "In March," after an event of March: its own month; "Last month, the attackers ...": the period the line looks
    # back on holds the event told's day, and its doers are that event's
    holds_the_told_day = bool(value and told.date and value == told.date[: len(value)])
    if holds_the_told_day and (not SAID_BEFORE.match(found.group(0)) or DOERS_TOLD_BEFORE.search(sentence.text)):
        return False
    if value and current.reference and value > current.reference[: len(value)]:
        return False  # a time after the event told
    return not (
        SAME_EVENT.search(sentence.text)
        or THAT_EVENT.search(sentence.text)
        or TOLL_UPDATE.search(sentence.text)
        or PLURAL_EVENT.search(sentence.text)
        or SEVERAL_EVENTS.search(sentence.text)
    )


def _fits(value: str, reference: str | None, dated: bool) -> bool:
    """Can a sentence dated `value` be about an incident dated (or only reported) `reference`?"""
    if reference is None:
        return True
    if dated or len(value) < 10 or len(reference) < 10:
        return dates_compatible(value, reference)
    return -7 <= (dt.date.fromisoformat(reference) - dt.date.fromisoformat(value)).days <= 7


def _told_counts(told: _Open, by_index: dict[int, SentenceFacts]) -> frozenset[int]:
    """The numbers of dead and injured the sentences of an incident have told so far."""
    return frozenset(c.value for i in told.incident.sentences if i in by_index for c in by_index[i].counts)


CAPTION_PREFIX = 60  # characters two tellings of one sentence share at least


def _told_again_later(facts: list[SentenceFacts], body_start: int) -> set[int]:
    """Sentences that a later sentence repeats with other words at its end ("A car bomb exploded in X, injuring
    four - Copyright AFP", then the same sentence in the story with its source): a photo caption or teaser."""
    seen: dict[str, SentenceFacts] = {}
    out = set()
    for sentence in facts:
        if sentence.end <= body_start:
            continue
        words = " ".join(sentence.text.split()).lower()
        if len(words) <= CAPTION_PREFIX:
            continue
        earlier = seen.get(words[:CAPTION_PREFIX])
        if earlier is not None and " ".join(earlier.text.split()).lower() != words:
            out.add(earlier.index)
        seen[words[:CAPTION_PREFIX]] = sentence
    return out


# How many months before the event told a month names a past event told in passing ("In March, 19 died in ...")
LONG_BEFORE_MONTHS = 2


def _long_before(value: str | None, precision: str | None, reference: str | None) -> bool:
    """Is a date of year or month precision long before the reference date (another year, or months before)?"""
    if not value or not reference or precision not in ("year", "month"):
        return False
    if precision == "year" or len(reference) < 7:
        return int(value[:4]) < int(reference[:4])
    months = (int(reference[:4]) - int(value[:4])) * 12 + int(reference[5:7]) - int(value[5:7])
    return months >= LONG_BEFORE_MONTHS


def _without_clause(text: str, start: int, clause: tuple[int, int] | None) -> str:
    """The sentence's words with those of a clause blanked (same offsets)."""
    if clause is None:
        return text
    a, b = clause[0] - start, clause[1] - start
    return text[:a] + " " * (b - a) + text[b:]


# "N ... also were killed", "also died": dead beside those told.
ALSO_KILLED = re.compile(r"\balso\s+(?:\w+\s+)?(?:killed|died|dead|shot dead|martyred)\b", re.I)
# "killed 13 more villagers", "launched eight more airstrikes": the doers went on to strike again (not "seven more
# died in hospital": more dead of the event told)
STRUCK_MORE = re.compile(
    r"\b(?:killed|killing|kill|shot dead|shooting dead|slaughtered|butchered|massacred|abducted|kidnapped|launched|"
    r"carried out|conducted)\s+(?:at least\s+|another\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|several|dozens)\s+more\b",
    re.I,
)


def segment(facts: list[SentenceFacts], body_start: int, published: str | None = None) -> list[Incident]:
    """Group sentences into incidents (see the module docstring)."""
    opened: list[_Open] = []
    current: _Open | None = None
    last: _Open | None = None  # the incident the previous sentence went to
    listing = False  # after a roundup's header line, each eventful line is an event of its own
    headings = False  # after a line introducing a list of attacks, each dated heading line opens one
    summary: _Open | None = None  # the incident whose lead tells several events, while its items are told
    told: set[str] = set()  # the sentences read so far, to pass over a page's repeated paragraphs and captions
    captions = _told_again_later(facts, body_start)
    by_index = {f.index: f for f in facts}
    clauses: dict[int, tuple[int, int]] = {}  # sentences whose clause tells another event
    background: list[_Open] = []  # the incidents those clauses open
    # A sentence that tells several events one after the other ("In X gunmen killed five, while in Y two soldiers
    # died"): its first part is read as a sentence, each later part opens an incident of its own.
    sequence: list[SentenceFacts] = []
    later_parts: dict[int, tuple[int, int]] = {}  # id of a later part's facts: its characters
    split: dict[int, int] = {}  # sentence index: where its second part starts
    # The event told in passing by the sentence before ("came days after X attacked Y"), while the event told goes
    # on: (that event, the passing one, the groups only the passing clause named).
    aside: tuple[_Open, _Open, set[int]] | None = None
    # A past event the sentence before told in passing (a clause of its own, or a line of a year or months before),
    # while the event told goes on: (that event, the past one, the index of the sentence that told it).
    past: tuple[_Open, _Open, int] | None = None
    # The deeds arrest clauses told ("police arrested a man who shot three in X"), with the tolls told of them
    deeds: list[tuple[_Open, set[int]]] = []
    for sentence in facts:
        parts = event_parts(sentence) if sentence.end > body_start else []
        if not parts:
            sequence.append(sentence)
            continue
        split[sentence.index] = parts[1][0]
        sequence.append(sentence.within(parts[1][0], sentence.end, False))
        # "..., and four in Y": a count whose noun the part leaves out is the sentence's too
        sentence.counts[:] = sorted((c for _, _, part in parts for c in part.counts), key=lambda c: c.start)
        for a, b, part in parts[1:]:
            later_parts[id(part)] = (a, b)
            sequence.append(part)
    for sentence in sequence:
        if sentence.end <= body_start:
            continue  # a headline line before the dateline repeats the story
        words = " ".join(sentence.text.split()).lower()
        if sentence.index in captions:
            continue  # a caption the story tells again below, with a credit after it: the story's telling counts
        if id(sentence) in later_parts:
            incident = Incident([sentence.index])
            incident.clauses[sentence.index] = (*later_parts[id(sentence)], True)
            date = next((d for d in sentence.dates if d.value), None)
            if date is not None:
                value, precision = _date_value(date, last.incident if last else None, sentence.text)
                incident.date, incident.date_precision, incident.date_text = value, precision, date.text
            elif last is not None and last.incident.date:
                # the same telling: the day of the part before, unless the part names its own
                incident.date, incident.date_precision = last.incident.date, last.incident.date_precision
                incident.date_text = last.incident.date_text
            current = last = _Open(incident, _labels(sentence), incident.date or published, _event_places(sentence))
            opened.append(current)
            continue
        if len(words) > 40 and words in told:
            continue  # the same paragraph again (a repeated caption or block): it tells nothing new
        told.add(words)
        if sentence.eventful and sentence.counts and LIST_HEADER.search(sentence.text) and current is None:
            listing = True
            continue
        if LIST_HEADER.search(sentence.text) and PLURAL_EVENT.search(sentence.text) and not sentence.counts:
            # "Below, a look back at earlier bombings in X:": the headings below it name one attack each
            headings = True
            continue
        if sentence.claimed_deed is not None:
            # "In 2019 the group claimed responsibility for a raid on a convoy ..., killing 27": the deed is an event of
            # its own when its time is another than the event told; the claim itself goes on about the event told.
            a, b = sentence.claimed_deed
            deed = _claimed_deed(sentence, current, opened, background)
            if deed is None:
                # it may be the event told: the deed's counts stay out of it, as any claim's do
                sentence.counts[:] = [c for c in sentence.counts if not a <= c.start < b]
            else:
                background.append(deed)
                clauses[sentence.index] = (a, b)
                sentence = sentence.within(a, b, False)
        inner = _other_event_clause(sentence, current, published, opened + background, by_index)
        again = _clause_told_again(sentence, background) if inner is None else None
        if again is not None:
            # "... after lawyer X was shot dead earlier on Monday", told again after a caption told it: the clause
            # goes to the event its first telling opened, the rest of the sentence goes on as usual.
            clauses[sentence.index] = sentence.clause
            again.incident.sentences.append(sentence.index)
            again.incident.clauses[sentence.index] = (*sentence.clause, True)
            sentence = sentence.part(False)
        if inner is not None:
            # "..., which houses the tomb of a colonel killed in 2017 in an air strike in X": the clause is an
            # event of its own, with its own date, place and toll; the rest of the sentence goes on as usual.
            clauses[sentence.index] = sentence.clause
            deed = _deed_told_again(inner, deeds)
            if deed is not None:
                # "Two men accused of killing three in X were arrested", after "police arrest two men accused in an
                # attack that killed three": the deed an arrest clause told, told again
                _join_deed(deed, inner, sentence.clause, current)
            else:
                told_deed = _clause_incident(inner, current, sentence.clause, published)
                background.append(told_deed)
                past = (current, told_deed, sentence.index)
                if sentence.clause_arrest:
                    deeds.append((told_deed, {c.value for c in inner.kills if c.value > 0}))
            sentence = sentence.part(False)
        if aside is not None and aside[0] is not current:
            aside = None  # another event is told now
        named = {id(group) for _, group in sentence.groups}
        if (
            aside is not None
            and inner is None
            and again is None
            and (named & aside[2] or _points_at_that_event(sentence, current))
        ):
            # "This comes days after the group attacked soldiers of X in Y. Three X soldiers died ...", "That clash
            # left ...": a line that names whom only the event told in passing named, or points at it, goes on
            # about that event. (The rule below reads the same pointer; the two stay apart: this one holds for every
            # line while the event told stays the same and also matches by the groups named, the one below only for
            # the line right after a past event told in a clause or a line of its own.)
            aside[1].incident.sentences.append(sentence.index)
            continue
        if (
            past is not None
            and past[0] is current
            and sentence.index == past[2] + 1
            and inner is None
            and again is None
            and _points_at_that_event(sentence, current)
        ):
            # "... reminiscent of an attack at a shrine in X late last year. At least 45 were killed in that attack":
            # the line right after a past event told in passing, pointing at it, goes on about that event.
            past[1].incident.sentences.append(sentence.index)
            continue
        deed = _deed_toll_told(sentence, deeds, current, published) if inner is None and again is None else None
        if deed is not None:
            # "Six children and 22 adults died Thursday when gunmen sprayed a bus" after "three suspects have been
            # arrested in the bus attack that killed 28": the toll of the deed the arrest clause told, told again
            _join_deed(deed, sentence, None, current)
            last = deed[0]
            continue
        told_in_passing = False
        # "The attack came a day after the army chief met commanders": a time told by a happening that is no event
        passing_no_event = False
        earlier = PASSING_EARLIER.search(sentence.text) if current is not None and not sentence.claim else None
        if earlier is not None and earlier.group("unit") and inner is None and again is None:
            a, b = sentence.start + earlier.start(), sentence.end
            if a < split.get(sentence.index, a) < b:
                b = split[sentence.index]  # "came after X in A, 22 dead in B": the later parts are events of their own
            clause = sentence.within(a, b, True)
            passing_no_event = not (clause.strength >= 1 or clause.kills)
            if not passing_no_event:
                # "The raid came a day after gunmen ambushed a prison van near X": the clause tells an earlier event
                # in passing; the rest of the sentence, and the lines after it, go on about the event told.
                passed = _passing_clause(sentence, clause, earlier, (a, b), current, background)
                told_groups = {
                    id(g) for i in current.incident.sentences if i in by_index for _, g in by_index[i].groups
                }
                aside = (current, passed, {id(g) for _, g in clause.groups} - told_groups)
                clauses[sentence.index] = (a, b)
                sentence = sentence.within(a, b, False)
                told_in_passing = True
        date = sentence.dates[0] if sentence.dates else None
        if passing_no_event and date is not None and date.value is None and date.text in earlier.group(0):
            date = None  # "came a day after the group announced a truce": the day of no event
        # "the previous October", "a day later": from the event told last, even a past one told in passing
        told_last = opened[-1].incident if opened else None
        value, precision = (
            _date_value(date, told_last, sentence.text, current and current.reference) if date else (None, None)
        )
        # "Separately, a security source spoke of a toll of eight dead", "Meanwhile, the army chief said the dead
        # were all recruits": an opener before no event word and no toll but the one told is about the event told.
        opener = NEW_EVENT_OPENERS.search(sentence.text)
        day_opener = DAY_OPENER.search(sentence.text)
        if day_opener and sentence.claim:
            # "Later that day, the group claimed the blast": when the claim was made, not another event
            opener = None
        elif day_opener and not (
            sentence.reporting_dates
            or REPORTED_AFTER.match(sentence.text[day_opener.end() :])
            or TOLL_UPDATE.search(sentence.text)
        ):
            # (not "Also on Saturday, the ministry said ...": a report of that day; nor a later toll)
            opener = day_opener
        elif opener and current is not None and sentence.strength < 4:
            told_counts = _told_counts(current, by_index)
            if not any(c.value > 0 and c.value not in told_counts for c in sentence.counts) and not _acted_apart(
                sentence, current, opened, by_index
            ):
                # (but "Meanwhile, the Taliban attacked X and Y districts": an act at places apart is another event)
                opener = None
        if not opener and not sentence.claim and EARLIER_OPENER.match(sentence.text):
            # "Earlier, villagers said a drone strike had left two dead near the village of X": an act told as
            # earlier the same day, at a place apart from the event told, is an event of its own
            opener = EARLIER_OPENER.match(sentence.text) if _acted_apart(sentence, current, opened, by_index) else None
        opener = opener or ANOTHER_VICTIM.match(sentence.text)
        earlier_time = not opener and _told_by_a_past_time(sentence, date, value, current)
        if earlier_time:
            # "In January, raiders shot a headmaster dead", "Earlier this year, five chiefs were abducted": an act
            # told by a past time of its own at the line's start is an earlier event, not a detail of the one told
            opener = PAST_TIME_OPENER.match(sentence.text)
        heading = headings and date is not None and sentence.strength >= 1 and _heading_line(sentence.text)
        if heading:
            # "Attack on a consulate, November 2018": an item of the list; the lines under it tell it
            opener = HEADING_ITEM.match(sentence.text)
        if (
            not opener
            and current is not None
            and date is not None
            and _long_span(date)
            and sentence.strength >= 1
            and not SAME_EVENT.search(sentence.text)
            and not TOLL_UPDATE.search(sentence.text)
        ):
            # "Four months later, the mosque was bombed", "Two weeks later, a worker was shot": past attacks told one
            # after the other, each dated from the one before; a span of weeks or more is another event's time.
            opener = SPAN.match(date.text.strip())
        # "In a separate incident last month, three members died in a police raid": the opener says an event
        # is told, even when its words are weak.
        # (not when a clause of its own told that event: "came days after rebels hit X on Wednesday")
        passing = (
            bool(PASSING_EARLIER.search(sentence.text))
            and current is not None
            and not (told_in_passing or passing_no_event or inner is not None or again is not None)
        )
        # The other event needs something of its own (a day, a death, "took place") to be more than a comparison
        # (and the words of a clause told apart above are that clause's, not the rest's).
        rest = _without_clause(
            sentence.text, sentence.start, clauses.get(sentence.index) if inner or told_in_passing else None
        )
        other_at = OTHER_EVENT.search(rest)
        other = (
            current is not None
            and other_at is not None
            # (or an act at a place apart: "in a separate incident, a man was shot in the head ... in X")
            and bool(
                value or sentence.kills or OCCURRED.search(rest) or _acted_apart(sentence, current, opened, by_index)
            )
            # "the blast occurred after ... in a separate incident": told about the event already open
            and not _points_back(sentence.text[: other_at.start()])
            # "The first bomb went off in the hall, followed by a second explosion": one twin attack
            and not TWIN_PARTS.search(sentence.text)
        )
        passing = passing or other
        opens = bool(opener or passing) and (sentence.strength >= 1 or other) and not sentence.claim
        opens = opens or earlier_time
        # The classifier's word opens the story's first incident; later, a sentence only it calls an incident is
        # a detail of the one told ("... their bodies were discovered on Tuesday"), not an event of its own day.
        eventful = sentence.eventful or (sentence.told_by_model and current is None)
        if not (eventful or (opens and not sentence.aggregate)):
            about_claims = sentence.claim or bool(NO_CLAIM.search(sentence.text))
            if last is not None and (not sentence.aggregate or about_claims):
                # Details follow the sentence before them, unless their date names another incident.
                target = last
                if value and not _fits(value, last.reference, last.incident.date is not None):
                    target = next(
                        (o for o in opened if o.incident.date and dates_compatible(value, o.incident.date)), None
                    )
                    if target is None and (
                        (OCCURRED.search(sentence.text) and sentence.strength)
                        or _dated_placed_event(sentence, date, value, precision, last.reference)
                    ):
                        # "That attack took place on Sunday evening near X": the event an earlier sentence only
                        # mentioned in passing ("a day after a gunman shot dead a motorist"), told now; "On Friday, in
                        # X, gunmen attacked a bus": a line the classifier reads as an event, with a day and a place of
                        # its own, is that event even when its words are weak.
                        incident = Incident([sentence.index])
                        incident.date, incident.date_precision, incident.date_text = value, precision, date.text
                        current = last = _Open(incident, _labels(sentence), value, _event_places(sentence))
                        opened.append(current)
                        continue
                    if target is None and sentence.claim and precision == "day" and _event_places(sentence, False):
                        # "X claimed to have killed soldiers in Y on May 3": a claim of a deed on a day and in a
                        # place no event told has is about that deed, not the event told before it.
                        continue
                    target = target or last
                target.incident.sentences.append(sentence.index)
                last = target
                incident = target.incident
                if (
                    date is not None
                    and not value
                    and incident.date is None
                    and incident.date_text is None
                    and sentence.told_by_model
                    and len(incident.sentences) <= 2
                ):
                    # "At 18:10 on November 22, troops opened fire ...": the day the lead left out, in words
                    incident.date_text = date.text
                if (
                    value
                    and incident.date is None
                    and (
                        sentence.strength
                        # (a sentence, not a byline's date line: "March 9, 2022 11:40 am GMT")
                        or (len(incident.sentences) == 2 and precision == "day" and not _heading_line(sentence.text))
                    )
                    and (len(incident.sentences) <= 2 or (incident.date_text is None and _dated_back(sentence, date)))
                ):
                    # "Assailants raided the village on Tuesday night": the date the lead sentence left out (the line
                    # right after the lead dates it with no event word too: "The train was forced to stop on Monday").
                    incident.date, incident.date_precision, incident.date_text = value, precision, date.text
                    target.reference = value
            continue
        starts_new = current is None or bool(opener) or passing
        starts_new = starts_new or (listing and not SAME_EVENT.search(sentence.text))
        starts_new = starts_new or (_other_weekday(date, current.incident) and not SAME_EVENT.search(sentence.text))
        here = _event_places(sentence)
        # (current is open when starts_new is False)
        theirs = (
            current.places or _named_places(current, by_index) if not starts_new and here and sentence.counts else []
        )
        if theirs:
            # "In Kaduna, bandits abducted 20 villagers": a new place unrelated to the current one, with its own toll
            # (with a day of its own too, when the event told gave none: "On Sunday, gunmen killed six in Y"; or the
            # same day, in a roundup of the day). An event no line placed "in X" is compared by the places it names.
            unrelated = all(not related(p, q) for p in here for q in theirs)
            starts_new = unrelated and not SAME_EVENT.search(sentence.text)
            if starts_new and (
                WHERE_THE_BOMB_WENT_OFF.search(sentence.text) or any(_part_of_the_told_town(sentence, p) for p in here)
            ):
                # "Nine died near the X junction in the Y district of the capital, where the car blew up": a part of
                # the event told at a site of its own place (the gazetteer may not know the district is the city's)
                starts_new = False
        item = (
            not starts_new
            and summary is not None
            and (value is None or _fits(value, summary.reference, summary.incident.date is not None))
            and _roundup_item(sentence, summary, current, by_index)
        )
        if not starts_new and _roundup_next_item(sentence, current, by_index):
            # "In X, a car bomb killed two", "In addition, a bomb went off in Y": the roundup's next item
            starts_new = True
        if not starts_new and _told_apart_on_its_own(sentence, current, by_index):
            # "Three policemen were killed by a roadside bomb in X city": an act with dead of its own at a place
            # apart, called a town of its own, of another kind, or marked as another event
            starts_new = True
        if not starts_new and _struck_apart(sentence, current, by_index):
            # "A suicide car bombing is underway in Y": an attack told at a place apart, with no toll of its own
            starts_new = True
        if item:
            # "Gunmen invaded three villages, killing ten. ... the bandits attacked X village and killed five": a
            # summary of several events, then one of them, smaller, at a place of its own (inside the summary's
            # province, or a village no gazetteer lists)
            starts_new = True
        if (
            not starts_new
            and date is not None
            and ALSO_KILLED.search(sentence.text)
            and any(c.value > 0 and c.value not in _told_counts(current, by_index) for c in sentence.kills)
            and (date.text or "").lower() != (current.incident.date_text or "").lower()
            and not SAME_EVENT.search(sentence.text)
            and not sentence.claim
        ):
            # "Four guards also were killed on Saturday near the same town": more dead, at another time
            starts_new = True
        spree = not starts_new and _struck_elsewhere(sentence, current, by_index)
        if spree:
            # "The gunmen moved on to X village and killed 13 more": the next item of a spree, at a place of its own
            # (on the spree's day, unless told)
            starts_new = True
        if (
            not starts_new
            and date is not None
            and _undated_other_event(sentence, current, published, by_index, by_kind=False)
            and not _toll_of_told_event(sentence)
            and not TOLL_UPDATE.search(sentence.text)
            and not sentence.claim
        ):
            # "In November, at least 55 were killed when ..." after "... killed 63 on Sunday" in a story with no
            # publication day: a calendar time the event told was not given, with dead of its own
            starts_new = True
        if not starts_new and raid_sentence(sentence) and "arrest_or_raid" not in current.labels and not sentence.claim:
            # "Hours later, police raided a house in X and arrested two suspects": the hunt for the attackers is
            # an event of its own, by other actors, whether or not it names another day.
            starts_new = True
        capture = not starts_new and not sentence.claim and _capture_elsewhere(sentence, current, by_index)
        if capture:
            # "Four more people were detained in X, 10 km from Y": an arrest at a place of its own, after the attack
            # (or another arrest) told at Y, is an event of its own (the attack's day, unless told).
            starts_new = True
        pursuit = (
            not starts_new
            and "air_or_drone_strike" in _labels(sentence)
            and not (current.labels & {"air_or_drone_strike", "generic"})
            and current.labels
            and bool(current.places)
            and bool(_event_places(sentence, listed=False))
            and all(p is not q for p in _event_places(sentence, listed=False) for q in current.places)
            and not SAME_EVENT.search(sentence.text)
            and not sentence.claim
        )
        if pursuit:
            # "As the attackers pulled back, jets struck their convoy near X": a ground attack answered from the air
            # in another place is an event of its own, by other actors (the day of the attack, unless told).
            starts_new = True
        if (
            not starts_new
            and value
            and TOLL_UPDATE.search(sentence.text)
            and not (_update_labels(sentence) - {"generic"})
        ):
            here_new = [p for p in here if not any(related(p, q) for q in current.places)]
            if not here_new:
                # "The death toll rose to 11 on Monday": the toll of the event told, on a later day.
                current.incident.sentences.append(sentence.index)
                last = current
                continue
        if (
            not starts_new
            and value
            and precision == "day"
            and current.incident.date is None
            and current.reference
            and value != current.reference
            and _labels(sentence)
            and current.labels
            and not (_kinds(_labels(sentence)) & _kinds(current.labels))
            and not SAME_EVENT.search(sentence.text)
            and not sentence.claim
        ):
            # "On Friday, troops fought heavy battles with ..." after a drone strike reported on Saturday: another
            # kind of event on another day (a suicide bombing is a kind of bombing).
            starts_new = True
        if not starts_new and value and not _fits(value, current.reference, current.incident.date is not None):
            earlier = next(
                (
                    o
                    for o in opened
                    if o is not current and o.incident.date and dates_compatible(value, o.incident.date)
                ),
                None,
            )
            if earlier is not None and (sentence.strength < 4 or not sentence.counts):
                # "...helped plant the explosives used in Sunday's blast": about an earlier event and this one.
                earlier.incident.sentences.append(sentence.index)
                current.incident.sentences.append(sentence.index)
                last = current
                continue
            if _follow_up(sentence, current):
                # "Pamphlets found on Sunday said the blast was revenge": a later day, the same event.
                current.incident.sentences.append(sentence.index)
                last = current
                if _dates_undated_event(sentence, date, value, current):
                    # "The ambush in X took place in March 2019": the event the story left undated, dated now
                    incident = current.incident
                    incident.date, incident.date_precision, incident.date_text = value, precision, date.text
                    current.reference = value
                continue
            if _retells_toll(sentence, current, by_index):
                # "Officials first said 38 had died, but on Sunday the toll of the attack was put at 63": the event
                # told, its toll told again on a later day
                current.incident.sentences.append(sentence.index)
                last = current
                continue
            starts_new = True
        if not starts_new and not value and current is not None and _labels(sentence):
            # "The blast occurred near a culvert": the event word of an earlier incident, not of this one.
            earlier = next((o for o in opened if o is not current and _labels(sentence) <= o.labels), None)
            # "... attacked a checkpoint in Z" after an event told in Z's province: the event told, by its place
            placed_here = any(related(p, q) for p in here for q in current.places)
            if earlier is not None and not (_labels(sentence) & current.labels) and not placed_here:
                earlier.incident.sentences.append(sentence.index)
                last = earlier
                continue
        if not starts_new and not value and sentence.strength < 4 and last is not current:
            # Only a count ("The three injured were airlifted ..."): a detail of the sentence before.
            last.incident.sentences.append(sentence.index)
            continue
        if starts_new:
            incident = Incident([sentence.index])
            if value:
                incident.date, incident.date_precision, incident.date_text = value, precision, date.text
                incident.date_end = date.date_end
            elif date is not None:
                incident.date_text = date.text  # no publication date: the words stay, the date does not
            if (
                incident.date is None
                and current is not None
                and current.incident.date
                and SOON_AFTER.search(sentence.text)
            ):
                # "Hours later, ...", "Later that day, ...": the day of the event told before.
                previous = current.incident
                incident.date, incident.date_precision = previous.date, previous.date_precision
                incident.date_text = SOON_AFTER.search(sentence.text).group(0)
            if item and incident.date is None and summary.incident.date:
                incident.date, incident.date_precision = summary.incident.date, summary.incident.date_precision
                incident.date_text = summary.incident.date_text
            if (pursuit or spree or capture) and incident.date is None and current.incident.date:
                incident.date, incident.date_precision = current.incident.date, current.incident.date_precision
            reported = next((d.value for d in sentence.reporting_dates if d.value), None)
            new = _Open(incident, _labels(sentence), incident.date or reported or published, here)
            opened.append(new)
            if (
                current is not None
                and not heading
                and _long_before(incident.date, incident.date_precision, current.reference)
            ):
                # "The group was behind the 2002 bombings in X": a past event told in passing; the lines after it
                # go on about the event told before it
                past = (current, new, sentence.index)
                continue
            if not item:
                summary = new if _tells_several(sentence) else None
            current = last = new
            continue
        incident = current.incident
        incident.sentences.append(sentence.index)
        current.places += here
        last = current
        if not current.labels:
            current.labels = _labels(sentence)
        if date is not None and not value and incident.date is None and incident.date_text is None:
            incident.date_text = date.text  # "on Saturday" without a publication date: the words stay
        if value and (incident.date is None or (incident.date_precision != "day" and precision == "day")):
            incident.date, incident.date_precision, incident.date_text = value, precision, date.text
            incident.date_end = date.date_end
            current.reference = value
    for o in opened:
        for index in o.incident.sentences:
            if index in clauses and not (index in split and o.incident.told_inside_clause(index)):
                # (a later part of the sentence keeps its own characters)
                o.incident.clauses[index] = (*clauses[index], False)
            elif index in split and index not in o.incident.clauses:
                o.incident.clauses[index] = (split[index], by_index[index].end, False)
    opened += _listed_place_incidents(facts, body_start, opened, published)
    # each clause's event after the incidents opened by the same sentence or before it
    ordered = sorted(opened + background, key=lambda o: (o.incident.sentences[0], o in background))
    return [o.incident for o in ordered]


# "three villages", "several towns": places of several events told at once
SEVERAL_PLACES = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple)\s+(?:[\w\-]+\s+)?"
    r"(?:villages|towns|communities|hamlets|settlements|districts|townships|locations)\b",
    re.I,
)
# "attacked X village", "bombarded X": a place right after the verb of an attack is where it happened
ATTACKED_PLACE = re.compile(
    r"\b(?:attack(?:ed|ing)|raid(?:ed|ing)|stormed|invaded|bombed|bombarded|shelled|struck|overran|torched)\s+"
    r"(?:the\s+)?(?:villages?\s+of\s+)?$",
    re.I,
)


def _tells_several(sentence: SentenceFacts) -> bool:
    """Does the sentence tell several events at once ("two separate bombings", "Taliban attacks on checkpoints",
    "invaded three villages") with a toll of them all?"""
    if not sentence.kills:
        return False
    words = sentence.text
    return bool(SEVERAL_EVENTS.search(words) or PLURAL_EVENT.search(words) or SEVERAL_PLACES.search(words))


def _item_places(sentence: SentenceFacts) -> list[Place]:
    """The places (listed or not, no country) where the sentence locates an event: "in X", or right after an attack
    verb ("attacked X village")."""
    out = _event_places(sentence, listed=False)
    for mention, place in sentence.places:
        before = sentence.text[max(0, mention.start - sentence.start - 40) : mention.start - sentence.start]
        if place.kind != "country" and ATTACKED_PLACE.search(before) and all(place is not p for p in out):
            out.append(place)
    return out


def _roundup_item(sentence: SentenceFacts, summary: _Open, current: _Open, by_index: dict[int, SentenceFacts]) -> bool:
    """After a summary of several events with its toll, is the sentence one of them: fewer dead than the summary
    told, at a place no sentence of the incident open named?"""
    if sentence.claim or SAME_EVENT.search(sentence.text) or TOLL_UPDATE.search(sentence.text):
        return False
    told = [c.value for i in summary.incident.sentences if i in by_index for c in by_index[i].kills]
    ours = [c.value for c in sentence.kills if c.value > 0]
    if not told or not ours or max(ours) >= max(told):
        return False
    told_in = {i for o in (current, summary) for i in o.incident.sentences if i in by_index}
    named = [p for i in told_in for _, p in by_index[i].places]
    return any(all(not _same_place(p, q) for q in named) for p in _item_places(sentence))


def _struck_elsewhere(sentence: SentenceFacts, current: _Open, by_index: dict[int, SentenceFacts]) -> bool:
    """Do the doers strike again ("killed 13 more") at a place, listed or not, that no sentence of the incident open
    named nor lies inside or around one it named?"""
    if sentence.claim or not STRUCK_MORE.search(sentence.text) or SAME_EVENT.search(sentence.text):
        return False
    named = [p for i in current.incident.sentences if i in by_index for _, p in by_index[i].places]
    here = [
        place
        for mention, place in sentence.places
        if place.kind != "country"
        and not NOT_EVENT_PLACE.search(
            sentence.text[max(0, mention.start - sentence.start - 40) : mention.start - sentence.start]
        )
    ]
    return any(all(not (_same_place(p, q) or related(p, q)) for q in named) for p in here)


def _same_place(a: Place, b: Place) -> bool:
    """One place: the same record ("Kunduz" the city is not "Kunduz" the province), or one unlisted name."""
    if a is b:
        return True
    if a.record is not None or b.record is not None:
        return a.gazetteer_id == b.gazetteer_id
    return a.name.lower() == b.name.lower()


# "three deadly attacks", "a series of bombings": several events told at once (plural only: "two attack
# helicopters" is no event; "clashes" and "incidents" too).
SEVERAL_EVENTS = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|a series of|a string of|a wave of)\s+"
    # (not "two days of clashes": the span of one event)
    r"(?!(?:hours|days|weeks|months|years)\s+of\b)(?:[\w\-]+\s+){0,2}"
    + noun_alternation(VIOLENT_EVENT_NOUNS + (("clash", "clashes"), ("incident", "incidents")), "plural")
    + r"\b",
    re.I,
)


# How far before a clause "three attacks" still leads into it ("its role in three attacks carried out in 2011");
# farther back ("two explosions hit X, where crowds mourned a colonel killed in 2017") it is the sentence's own event.
SEVERAL_REACH = 40

# "... marched after a teacher was shot dead earlier on Friday": a death earlier the same day is an event of its own.
EARLIER_SAME_DAY = re.compile(r"\bearlier\b", re.I)


def _undated_other_event(
    inner: SentenceFacts,
    current: _Open | None,
    published: str | None,
    by_index: dict[int, SentenceFacts],
    by_kind: bool = True,
) -> bool:
    """In a story with no publication day the event told often has no date ("on Sunday" resolves to nothing), so a
    clause's date cannot be compared with it: a clause with a calendar time of its own ("in November", "on Aug. 7",
    "in 2017") that the event told was not given, and a toll the event told has not told or an event of another
    kind, tells another event (a whole sentence, `by_kind` false, only by its toll: its event words may be the event
    told's)."""
    if published is not None or current is None or current.incident.date is not None:
        return False
    own_time = [d.text.lower() for d in inner.dates if d.value or unresolved_calendar_time(d)]
    if not own_time or (current.incident.date_text or "").lower() in own_time:
        return False
    told = _told_counts(current, by_index)
    new_toll = any(c.value > 0 and c.value not in told for c in inner.kills)
    other_kind = by_kind and bool(_labels(inner) - {"generic"}) and not (_labels(inner) & current.labels)
    return new_toll or other_kind


# "the attack that killed 4": a relative clause right after the noun pointing back, up to the toll it gives
TOLD_EVENT_CLAUSE = re.compile(r"^\s*,?\s*(?:that|which|in which)\b[^,.;:]*$", re.I)


def _toll_of_told_event(sentence: SentenceFacts) -> bool:
    """Does the sentence give a toll in a relative clause of a noun pointing back to the event told ("the scene of
    the attack that killed 4")? That toll is the event told's, whatever the sentence's date."""
    start = sentence.start
    return any(
        start + found.end() <= count.start and TOLD_EVENT_CLAUSE.match(sentence.text[found.end() : count.start - start])
        for found in SAME_EVENT.finditer(sentence.text)
        for count in sentence.kills
    )


def _other_event_clause(
    sentence: SentenceFacts,
    current: _Open | None,
    published: str | None,
    opened: list[_Open],
    by_index: dict[int, SentenceFacts],
) -> SentenceFacts | None:
    """The facts of a clause in `sentence` that tells an event other than the rest of it and than the incident
    open (SentenceFacts.clause): its date does not fit theirs, or it names "another / a similar" event with its own
    toll. With no day to compare (a story with no publication day, an event told "on Saturday"), a clause dated in
    full ("near a square where a lorry bomb killed 80 on 2 May 2016") with a toll the event told never gave is another
    event. None when the sentence has no such clause."""
    if sentence.clause is None or sentence.claim:
        return None
    inner, outer = sentence.part(True), sentence.part(False)
    if sentence.clause_arrest:
        # "Police have arrested a man who shot three people in X": the deed is an event of its own, the arrest another
        # (not "arrested in connection with the blast" after the blast was told: the event told, pointed back at)
        if current is None:
            return inner
        kills = {c.value for c in inner.kills if c.value > 0}
        return inner if kills and not kills <= _told_counts(current, by_index) else None
    if sentence.clause_named and current is None and not (outer.strength >= 4 or outer.kills):
        # "... sentenced for ordering the 2016 bombing at X": the story's first event, told by its name (not "26 were
        # shot dead, the deadliest since the 2019 bombing at X": the sentence's own event is the story's first)
        return None
    if not (outer.events or outer.counts or sentence.clause_named):
        return None  # "In December, another attack at X killed 33": the clause is what the sentence tells
    a, b = sentence.clause
    # (one event a phrase names among many: "a string of raids, among them the hostage-taking at X in 2014")
    reach = a - sentence.start if sentence.clause_named else max(0, a - sentence.start - SEVERAL_REACH)
    if SEVERAL_EVENTS.search(sentence.text[reach : b - sentence.start]):
        return None  # "its role in three attacks carried out in 2011": a summary of several events, not one
    value = next((d.value for d in inner.dates if d.value), None)
    if value is None:
        words = sentence.text[a - sentence.start : b - sentence.start]
        if inner.kills and OTHER_EVENT.search(words) and current is not None:
            return inner
        return inner if _undated_other_event(inner, current, published, by_index) else None
    outer_value = next((d.value for d in outer.dates if d.value), None)
    base = outer_value or (current.reference if current else None) or published
    if base is None and _undated_other_event(inner, current, published, by_index):
        base = ""  # (an event the story cannot date: the clause's own date is another time)
    earlier_same_day = bool(inner.kills) and any(
        EARLIER_SAME_DAY.search(sentence.text[max(0, d.start - sentence.start - 12) : d.end - sentence.start])
        for d in inner.dates
        if d.value
    )
    if not earlier_same_day and (
        base is None
        or (base != "" and _fits(value, base, outer_value is not None or bool(current and current.incident.date)))
    ):
        return None
    if any(
        o.incident.date and dates_compatible(value, o.incident.date) and not (earlier_same_day and o is current)
        for o in opened
    ):
        return None  # "... the explosives used in Sunday's blast": an event already told
    return inner


def _passing_clause(
    sentence: SentenceFacts,
    clause: SentenceFacts,
    earlier: re.Match,
    span: tuple[int, int],
    current: _Open,
    background: list[_Open],
) -> _Open:
    """The incident of an event told in passing ("came a day after gunmen ambushed a prison van"), dated from the
    event told; told again later in the same words of time and kind, it is the same event."""
    value, precision = passing_date(earlier, current.incident.date or current.reference)
    labels = _labels(clause)
    same = next((o for o in background if value and o.incident.date == value and labels & o.labels), None)
    if same is not None:
        same.incident.sentences.append(sentence.index)
        same.incident.clauses[sentence.index] = (*span, True)
        return same
    incident = Incident([sentence.index])
    incident.clauses[sentence.index] = (*span, True)
    incident.date, incident.date_precision, incident.date_text = value, precision, earlier.group(0).strip()
    told = _Open(incident, labels, value or current.reference, _event_places(clause))
    background.append(told)
    return told


def _deed_told_again(inner: SentenceFacts, deeds: list[tuple[_Open, set[int]]]) -> tuple[_Open, set[int]] | None:
    """The deed an earlier arrest clause told, when a clause tells it again: no other kind of event (strong words),
    no other toll, no other day and no place apart from the deed's."""
    labels = _labels(inner)
    kills = {c.value for c in inner.kills if c.value > 0}
    value = next((d.value for d in inner.dates if d.value), None)
    here = _event_places(inner)
    for deed, tolls in deeds:
        if labels and deed.labels and not (_kinds(labels) & _kinds(deed.labels)):
            continue
        if kills and tolls and not kills & tolls:
            continue
        if value and deed.incident.date and not dates_compatible(value, deed.incident.date):
            continue
        if here and deed.places and _apart(here, deed.places):
            continue
        return deed, tolls
    return None


def _deed_toll_told(
    sentence: SentenceFacts, deeds: list[tuple[_Open, set[int]]], current: _Open | None, published: str | None
) -> tuple[_Open, set[int]] | None:
    """The deed an arrest clause told, when a later line about no arrest gives its toll again ("Six children and 22
    adults died Thursday when ...", after "arrested in the bus attack that killed 28") on no day apart from it."""
    if not deeds or current is None or sentence.claim or sentence.clause is not None:
        return None
    if "arrest_or_raid" in _labels(sentence) or CAPTURE_ACT.search(sentence.text):
        return None
    kills = {c.value for c in sentence.kills if c.value > 0}
    if not kills or OTHER_EVENT.search(sentence.text):
        return None
    value = next((d.value for d in sentence.dates if d.value), None)
    for deed, tolls in reversed(deeds):
        if kills & tolls and not (value and deed.incident.date and not dates_compatible(value, deed.incident.date)):
            return deed, tolls
    return None


def _join_deed(
    deed: tuple[_Open, set[int]], told: SentenceFacts, clause: tuple[int, int] | None, current: _Open | None
) -> None:
    """The sentence (or its clause) goes to the deed: its toll, places and the day the deed lacked."""
    told_deed, tolls = deed
    incident = told_deed.incident
    incident.sentences.append(told.index)
    if clause is not None:
        incident.clauses[told.index] = (*clause, True)
    tolls.update(c.value for c in told.kills if c.value > 0)
    told_deed.places += _event_places(told)
    told_deed.labels = told_deed.labels or _labels(told)
    date = next((d for d in told.dates if d.value), None)
    if date is not None and incident.date is None:
        value, precision = _date_value(date, current.incident if current else None, told.text)
        incident.date, incident.date_precision, incident.date_text = value, precision, date.text
        incident.date_end = date.date_end
        told_deed.reference = value


def _clause_told_again(sentence: SentenceFacts, background: list[_Open]) -> _Open | None:
    """The incident a clause of an earlier sentence opened, when this sentence's clause tells the same event
    again (the same day and the same kind of event, with a death of its own)."""
    if sentence.clause is None or sentence.claim:
        return None
    inner = sentence.part(True)
    value = next((d.value for d in inner.dates if d.value), None)
    if value is None or not inner.kills:
        return None
    return next(
        (o for o in background if o.incident.date == value and o.labels and _labels(inner) & o.labels),
        None,
    )


def _clause_incident(inner: SentenceFacts, current: _Open | None, clause: tuple[int, int], published) -> _Open:
    """The incident a clause tells, dated by the clause's own date."""
    incident = Incident([inner.index])
    incident.clauses[inner.index] = (*clause, True)
    date = next((d for d in inner.dates if d.value), None)
    if date is not None:
        value, precision = _date_value(date, current.incident if current else None, inner.text)
        incident.date, incident.date_precision, incident.date_text = value, precision, date.text
        incident.date_end = date.date_end
    else:
        # "in November" in a story with no publication day: the words stay, the date does not
        incident.date_text = next((d.text for d in inner.dates if unresolved_calendar_time(d)), None)
    return _Open(incident, _labels(inner), incident.date or published, _event_places(inner))


def _claimed_deed(
    sentence: SentenceFacts, current: _Open | None, opened: list[_Open], background: list[_Open]
) -> _Open | None:
    """The incident of the deed a claim names, when the deed's date (its own, else the claim's month or year: a claim
    follows its deed within days) is another time than the event told and than any event told before; None when it
    may be the event told."""
    a, b = sentence.claimed_deed
    deed = sentence.within(a, b, True)
    if current is None or not (deed.strength >= 1 or deed.kills):
        return None
    # the claim's own date, before the deed: "In February 2019 the group claimed ...", "A month earlier, X claimed"
    claim_dates = [d for d in sentence.reporting_dates + sentence.dates if d.start < a and d.precision != "day"]
    date = next(iter(deed.dates or claim_dates), None)
    if date is None:
        return None
    # "a month earlier": from the event told last, even a past one told in passing
    told_last = max(opened + background, key=lambda o: o.incident.sentences[0]).incident
    value, precision = _date_value(date, told_last, sentence.text)
    if value is None and not _other_weekday(date, current.incident):
        return None
    # (a date counted from a past event told before, "a month earlier", is no time of the event told either)
    undated_story = current.reference is None and (not date.relative or told_last is not current.incident)
    if value is not None and (
        # (in a story with no day of its own, a deed dated by its year is another time than "on Thursday")
        (_fits(value, current.reference, current.incident.date is not None) and not undated_story)
        or any(o.incident.date and dates_compatible(value, o.incident.date) for o in opened + background)
    ):
        return None
    incident = Incident([sentence.index])
    incident.clauses[sentence.index] = (a, b, True)
    incident.date, incident.date_precision, incident.date_text = value, precision, date.text
    return _Open(incident, _labels(deed), value or current.reference, _event_places(deed))


def lead_date(facts: list[SentenceFacts], body_start: int) -> DateExpression | None:
    """The day the story's first event sentence names, even a roundup's summary ("Two bomb attacks killed 10
    people in Iraq yesterday, bringing the toll across the country to 19"): the day of its undated items. A line
    before it that says when the events told happened (`_says_when`) dates them too, when the first event sentence
    names no day."""
    told_when = None
    for sentence in facts:
        if sentence.end <= body_start:
            continue
        dates = [d for d in sentence.dates if d.value and d.precision == "day" and not d.open_range]
        if sentence.strength < 4:
            if told_when is None and dates and _says_when(sentence):
                told_when = dates[0]
            continue
        return dates[0] if dates else told_when
    return None


# A line that points back to an event before the one told: "mourners buried the victims of an earlier attack",
# "last week's raid", "the funeral of".
POINTS_BACK = re.compile(
    r"\b(?:earlier|previous|prior|last (?:week|month|year)['’]s|victims of|funerals?|buried|burials?|"
    r"mourn(?:ers|ed|ing)|laid to rest|anniversary)\b",
    re.I,
)


def _says_when(sentence: SentenceFacts) -> bool:
    """A line before the story's first strong event sentence that names a day and some word of an event ("The
    attacks took place on Friday", "Early on Saturday, June 13, gunmen launched several attacks"): it says when the
    events told happened (not a statistic's or a claim's day, nor the day of a line that points back to another
    event: "mourners buried the victims of an earlier attack")."""
    if sentence.aggregate or sentence.claim:
        return False
    if SAME_EVENT.search(sentence.text) and OCCURRED.search(sentence.text):
        return True
    # ("another attack on the police left three dead on Sunday" still dates them: one more of a series, the one told)
    return sentence.strength >= 1 and not POINTS_BACK.search(sentence.text)


# "Two years ago, gunmen ...", "in a similar attack": an undated event told as one before the lead's.
TOLD_BEFORE_THE_LEAD = re.compile(r"\bago\b|\bsimilar\s+(?:attack|bombing|assault|raid|incident)s?\b", re.I)


def _told_as_past(incident: Incident, facts: dict[int, SentenceFacts]) -> bool:
    """Whether the incident's sentences tell it as an event before the lead's ("an earlier attack", "two years
    ago"): not one of the lead's day."""
    return any(
        POINTS_BACK.search(facts[i].text) or TOLD_BEFORE_THE_LEAD.search(facts[i].text) for i in incident.sentences
    )


def undated_incident_date(
    incident: Incident, facts: dict[int, SentenceFacts], published: str | None, lead: DateExpression | None = None
) -> None:
    """An incident no sentence dates: the day it was reported ("security sources said on Sunday"), else the day
    of the story's lead (also on a page without a publication day, whose lead's day the text gives in full: its
    undated items are that day's as on a dated page; not an event told as before the lead's), else the month of
    publication. Not an event judged in court: the ruling's day, or the day the story of the ruling came out, is
    months or years after the deed's."""
    if incident.date is None and not any(facts[i].court_dates for i in incident.sentences):
        reported = next(
            (d for i in incident.sentences for d in facts[i].reporting_dates if d.value and d.precision == "day"),
            None,
        )
        if reported is not None:
            incident.date, incident.date_precision, incident.date_text = reported.value, "day", reported.text
        elif lead is not None and incident.date_text is None and not _told_as_past(incident, facts):
            incident.date, incident.date_precision, incident.date_text = lead.value, "day", lead.text
        elif published and incident.date_text is None:
            # A report's undated event happened on (or the day before) the day it was published: a wire story
            # tells today's news, and a daily roundup's items are that day's.
            incident.date, incident.date_precision = published, "day"
        elif published:
            incident.date, incident.date_precision = published[:7], "month"


# The nouns of violent events, and the counted ones ("incidents", "strikes", "killings").
_EVENT_NOUN_PAIRS = VIOLENT_EVENT_NOUNS + (("incident", "incidents"), ("strike", "strikes"), ("killing", "killings"))
# A plural event noun: "bombings", "attacks", "incidents" (a list's header, "a look back at earlier bombings in X:",
# and a toll of several events at once, "Taliban attacks on checkpoints killed ...").
PLURAL_EVENT = re.compile(r"\b" + noun_alternation(_EVENT_NOUN_PAIRS, "plural") + r"\b", re.I)
# "assaults on X and Y", "attacks struck the cities of X and Y", "one attack in each of X, Y and Z states": the words
# between an event noun and a list of places, one event in each (besides the plain "attacks in X and Y").
_LIST_LEAD = (
    r"(?:(?:in|on)\s+(?:the\s+)?(?:each\s+of\s+)?|(?:struck|hit|rocked)\s+(?:the\s+)?)"
    r"(?:(?:cities|towns|villages|states|provinces|districts)\s+of\s+)?"
)
LIST_LEAD = re.compile(r"\b" + _LIST_LEAD + r"$", re.I)
LIST_VERB = re.compile(r"\b(?:struck|hit|rocked)\b", re.I)
LIST_RIGHT_AFTER_NOUN = re.compile(
    r"^\s+(?:[\w\-]+\s+|(?:(?:that|which)\s+)?(?:took\s+place|occurred|happened|were\s+carried\s+out)\s+)?"
    + _LIST_LEAD
    + r"$",
    re.I,
)
# "attacks in X, Y and Z", "two separate incidents ... in X and Y", "assaults on X and Y", "one attack in each of X,
# Y and Z": the event noun (plural, or one "in each of") before a list of places, one event at each place (not
# "clashes between X and Y" or "a march from X to Y": one event).
LISTED_EVENT = re.compile(
    r"\b"
    + noun_alternation(_EVENT_NOUN_PAIRS + (("assault", "assaults"),), "plural")
    + r"\b|\b(?:one|an?)\s+(?:[\w\-]+\s+)?"
    + noun_alternation(VIOLENT_EVENT_NOUNS + (("assault", "assaults"),), "singular")
    + r"(?=\s+in\s+each\s+of\b)",
    re.I,
)
SEPARATE_EVENTS = re.compile(r"\b(?:separate|two|three|four|five|string of|series of|wave of)\s", re.I)
LIST_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)(?:in\s+)?$")
# "in X in central Y province and in Z", "in X, central Y Prefecture, and in Z": the region an item lies in, told
# between the items (its kind word dropped before the next join)
LIST_QUALIFIER = re.compile(
    r"^\s*(?:,|\s+in)\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|central|centre|north-?east|north-?west|"
    r"south-?east|south-?west)(?:ern)?\s+)?$",
    re.I,
)
LIST_KIND_WORD = re.compile(r"^\s+(?:prefecture|province|state|region|district|county|governorate)\b", re.I)
# "militants attacked X, Y and Z", "raided the villages of X and Y", "struck three villages - X, Y and Z": an attack
# verb right before a list of places, one event at each (the verb tells the events as the plural noun does)
VERB_LIST_LEAD = re.compile(
    r"\b(?:attacked|raided|stormed|invaded|overran|struck)\s+(?:the\s+)?"
    r"(?:(?:\w+\s+)?(?:villages|towns|communities|districts)\s*(?:of\s+|in\s+|[\u2013\u2014:-]\s*))?$",
    re.I,
)


def _listed_places(sentence: SentenceFacts) -> list[Place]:
    """The places of a list "in X, Y and Z" that a plural event noun leads into (right before the list, or anywhere
    before it when the sentence says the events are separate): empty when the sentence lists none."""
    return _list_of_places(sentence)[0]


def _list_of_places(sentence: SentenceFacts) -> tuple[list[Place], bool]:
    """The listed places (as `_listed_places`), and whether the list is of the later forms (an attack verb before
    it, "took place in", "and in", a region told between the items), whose lines often tell again a lead told
    before them or a list told before."""
    mentions = [(m, p) for m, p in sentence.places if p.record is not None]
    text, start = sentence.text, sentence.start
    for i, (first, _) in enumerate(mentions):
        before = text[: first.start - start]
        by_verb = VERB_LIST_LEAD.search(before) is not None
        if not (by_verb or LIST_LEAD.search(before)):
            continue
        run = [mentions[i]]
        last_end = first.end
        later_form = by_verb
        for m, p in mentions[i + 1 :]:
            gap = text[last_end - start : m.start - start]
            if LIST_QUALIFIER.match(gap) and _under(run[-1][1], p):
                last_end = m.end  # "in X in central Y province and in Z": Y tells where X is, no item
                later_form = True
                continue
            if not LIST_JOIN.match(LIST_KIND_WORD.sub("", gap, count=1) if last_end != run[-1][0].end else gap):
                break
            later_form = later_form or bool(re.search(r"\bin\s*$", gap))
            run.append((m, p))
            last_end = m.end
        if len(run) < 2 or any(p.kind == "country" for _, p in run):
            continue
        if by_verb:
            return _distinct_places(run), True
        noun = list(LISTED_EVENT.finditer(before))
        if not noun:
            continue
        if noun[-1].group(0).lower() in ("strike", "strikes") and LIST_VERB.search(before[noun[-1].end() :]):
            continue  # "Strikes hit X and Y": a labour strike hits towns as an air strike does
        right_before = LIST_RIGHT_AFTER_NOUN.match(before[noun[-1].end() :])
        separate = SEPARATE_EVENTS.search(before[: noun[-1].start()][-60:])
        if right_before or (separate and re.search(r"\bin\s+(?:the\s+)?$", before)):
            later_form = later_form or bool(right_before and TOOK_PLACE.search(right_before.group(0)))
            return _distinct_places(run), later_form
    return [], False


TOOK_PLACE = re.compile(r"\b(?:took\s+place|occurred|happened|carried\s+out)\b", re.I)


def _under(place: Place, container: Place) -> bool:
    """`place` lies under `container`, the same object or the same gazetteer record up its parent links."""
    if within(place, container):
        return True
    current, steps = place.parent, 0
    while current is not None and steps < 8:
        if container.record is not None and current.record is container.record:
            return True
        current, steps = current.parent, steps + 1
    return False


def _distinct_places(run: list) -> list[Place]:
    """The distinct places of a list's mentions, two at least (else none)."""
    places = []
    for _, p in run:
        if all(p is not q for q in places):
            places.append(p)
    # ("in X, Y" with X a town of Y province: one place told with its parent, not two)
    places = _finest(places)
    return places if len(places) >= 2 else []


def _listed_place_incidents(
    facts: list[SentenceFacts], body_start: int, opened: list[_Open], published: str | None
) -> list[_Open]:
    """One incident per place of a sentence that lists separate events' places, each with the sentence's date and
    its place set (the toll is the list's, not one place's); a place the sentence's own incident is at is left to
    it."""
    out = []
    by_index = {f.index: f for f in facts}
    for sentence in facts:
        if sentence.end <= body_start or sentence.clause is not None:
            continue  # (a claim's deeds are events too: "attacks in X and Y claimed by Z")
        told = sentence.eventful or sentence.probability is None or sentence.probability >= MODEL_INCIDENT
        if not (told or any(d.value for d in sentence.dates)):
            # "an insurgency that grew, with attacks in X and Y": a campaign's places, no event told (unless dated:
            # "in 2019 they took part in attacks in X and Y")
            continue
        listed, later_form = _list_of_places(sentence)
        if not listed:
            continue
        own = [o for o in opened if o.incident.sentences[0] == sentence.index]
        theirs = [p for o in own for p in o.places]
        # "Coordinated attacks struck the cities of X and Y", then the story of both with no line opening an event of
        # its own after it: a lead at the listed places only (not "in Z, a week after attacks in X and Y": the list
        # told in passing; nor a lead whose story opens other events, which the list is left to)
        lead_of_the_list = (
            len(own) == 1
            and len(own[0].incident.sentences) > 1
            and not any(o.incident.sentences[0] > sentence.index for o in opened)
            and all(any(related(p, q) for q in listed) for p in theirs)
        )
        # "Explosions in X and Y in May": an incident told in passing that holds every listed place
        told_in_passing = (
            len(own) == 1
            and own[0].incident.sentences == [sentence.index]
            and all(any(related(p, q) for q in theirs) for p in listed)
        )
        # (an incident holding the line with no place yet, "Meanwhile, militants attacked X and Y", or a lead told
        # with no place before "The attacks took place in X and in Y": the place it will take is the list's first)
        unplaced = (
            later_form and not theirs and any(sentence.index in o.incident.sentences and not o.places for o in opened)
        )
        if lead_of_the_list or told_in_passing or unplaced:
            theirs = [listed[0]]  # it keeps the first place; each other place opens its own
        date = next((d for d in sentence.dates if d.value), None)
        # "The next day, in a string of attacks in X and Y": the day after the list told just before
        before = next((o.incident for o in out if o.incident.sentences[0] == sentence.index - 1), None)
        # (an item the story told apart after the list, "In Y, ...", is the event at its place)
        items = [p for o in opened if o.incident.sentences[0] > sentence.index for p in o.places]
        # (the place of an incident opened by an earlier line: the list tells that event again, "The attacks took
        # place in X and in Y" after a lead at X, or a quote repeating the list)
        earlier = [
            q
            for o in (opened + out if later_form else [])
            for i in o.incident.sentences
            if i < sentence.index and i in by_index
            for _, q in by_index[i].places
            if any(q is r for r in o.places)
        ]
        for place in listed:
            if any(related(place, q) for q in theirs + items) or any(
                _same_place(place, q) or place.name.lower() == q.name.lower() for q in earlier
            ):
                continue
            incident = Incident([sentence.index], location=place)
            if date is not None:
                value, precision = _date_value(date, None, sentence.text)
                incident.date, incident.date_precision, incident.date_text = value, precision, date.text
            elif sentence.dates and before is not None and before.date:
                incident.date, incident.date_precision = before.date, before.date_precision
                incident.date_text = sentence.dates[0].text
            out.append(_Open(incident, _labels(sentence), incident.date or published, [place]))
    return out
