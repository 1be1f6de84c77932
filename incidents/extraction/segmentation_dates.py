"""Date helpers of segmentation (segmentation.py): whether two dates can be one event's, the day of an event told
in passing or counted from the one told before ("a day later", "the previous October"), another weekday or month than
the event told's, and the day of an incident no sentence dates.
"""

from __future__ import annotations

import datetime as dt
import re

from .counts import number_value
from .dates import SPAN, DateExpression, relative_span, shift_days
from .model import Incident
from .segmentation_openers import MONTH_WORDS, OCCURRED, PASSING_EARLIER, SAME_EVENT
from .sentence_facts import SentenceFacts
from .vocabulary import MONTHS, WEEKDAYS

WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def _weekday(words: str | None) -> int | None:
    found = WEEKDAY.search(words or "")
    return WEEKDAYS[found.group(1).lower()] if found else None


MONTH_NAME = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b", re.I)


def _month(words: str | None) -> int | None:
    found = MONTH_NAME.search(words or "")
    return MONTHS[found.group(1).lower()] if found else None


def other_weekday(date: DateExpression | None, incident: Incident) -> bool:
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


DAY_OF_MONTH = re.compile(
    rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_WORDS}|{MONTH_WORDS}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?)\b",
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


def long_span(date: DateExpression) -> bool:
    """Is the date a span of weeks, months or years from the event told before ("four months later")?"""
    found = SPAN.match(date.text.strip()) if date.value is None else None
    return bool(found) and found.group("unit").lower() != "day"


MONTH_OF_EVENT = re.compile(r"\b(previous|preceding|following)\s+(\w+)", re.I)


def date_value(
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


def fits(value: str, reference: str | None, dated: bool) -> bool:
    """Can a sentence dated `value` be about an incident dated (or only reported) `reference`?"""
    if reference is None:
        return True
    if dated or len(value) < 10 or len(reference) < 10:
        return dates_compatible(value, reference)
    return -7 <= (dt.date.fromisoformat(reference) - dt.date.fromisoformat(value)).days <= 7


# How many months before the event told a month names a past event told in passing ("In March, 19 died in ...")
LONG_BEFORE_MONTHS = 2


def long_before(value: str | None, precision: str | None, reference: str | None) -> bool:
    """Is a date of year or month precision long before the reference date (another year, or months before)?"""
    if not value or not reference or precision not in ("year", "month"):
        return False
    if precision == "year" or len(reference) < 7:
        return int(value[:4]) < int(reference[:4])
    months = (int(reference[:4]) - int(value[:4])) * 12 + int(reference[5:7]) - int(value[5:7])
    return months >= LONG_BEFORE_MONTHS


# ---------------------------------------------------------------- the day of an incident no sentence dates


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
