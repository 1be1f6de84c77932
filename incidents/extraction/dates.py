"""Dates in news prose, resolved against the publication date, each with a precision.

A small resolver of our own: generic date libraries land a Sunday story's
"on Sunday" a week early and read "by 74%" as 1974. Every expression found
keeps its words and offsets; without a publication date, relative expressions
keep their words and resolve to None.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from .regex_speed import first_char_gate
from .text_spans import line_around, sentence_around
from .vocabulary import MONTHS, NUMBER_WORDS, WEEKDAY_NAMES, WEEKDAYS


def _typos(name: str) -> set[str]:
    """Misspellings of a month's name that news copy lets through ("Janaury", "Febuary"): two neighbouring letters
    swapped (names of five letters or more) or one letter dropped (six or more); the first letter stays."""
    out = {name[:i] + name[i + 1] + name[i] + name[i + 2 :] for i in range(1, len(name) - 1)}
    if len(name) >= 6:
        out |= {name[:i] + name[i + 1 :] for i in range(1, len(name))}
    return out - {name}


TYPO_MONTHS = {
    t: n for name, n in MONTHS.items() if len(name) >= 5 for t in _typos(name.capitalize()) if t.lower() not in MONTHS
}
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|"
    + "|".join(sorted(TYPO_MONTHS, key=len, reverse=True))
    + ")"
)
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_PART = r"(?:morning|afternoon|evening|night)"
# "on 8 and 10 February", "May 10 and 11": two days of one month; the events told began on the first
_AND_DAY = r"(?:\s+and\s+\d{1,2}(?:st|nd|rd|th)?)"
# Holidays on a fixed day: (month, day).
HOLIDAYS = {
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "boxing day": (12, 26),
}
# Days fixed by Easter: days after Easter Sunday.
EASTER_DAYS = {"easter sunday": 0, "easter monday": 1, "good friday": -2, "palm sunday": -7}
_HOLIDAY = (
    r"(?:(?i:Christmas|Boxing) Day|(?i:Christmas) Eve|New Year['’]s (?:Day|Eve)|"
    r"Easter (?:Sunday|Monday)|Good Friday|Palm Sunday)"
)
# "Easter Sunday", "Good Friday", "Bloody Sunday": the name of a day (or an event), not a weekday of the week told.
NAMED_DAY_BEFORE = re.compile(r"\b(?:Easter|Palm|Good|Holy|Black|Bloody|Ash|Maundy|Super)\s+$")

# "just over a month", "some four months", "two weeks": the length of a span of time told from another event.
_SPAN_HEDGE = (
    r"(?:(?:just|only|some|about|around|roughly|nearly|almost|barely|little|a little|more than|less than|over|under)"
    r"\s+)*"
)
_SPAN_COUNT = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"

ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "fifteenth": 15,
    "twentieth": 20,
    "twenty-fifth": 25,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
}
_ORDINAL = "|".join(sorted(ORDINALS, key=len, reverse=True))
_YEARS_WORD = "|".join(w for w, n in NUMBER_WORDS.items() if " " not in w and 1 <= n <= 50 and w not in ("a", "an"))
# "on / ahead of / days before the 10th anniversary of X": the event of the sentence is told by the anniversary, and
# happens now, not on the day remembered.
ANNIVERSARY_TIME_BEFORE = re.compile(
    r"\b(?:on|ahead of|before|after|until|since|around|near|eve of|marking|to mark|marks?|marked)\s+(?:\w+\s+){0,2}$",
    re.I,
)

# Ordered: the first pattern that matches at a position wins. Each names the resolver below.
PATTERNS: list[tuple[str, re.Pattern]] = [
    # "on Wednesday, March 22, 2023", "Tuesday November 21", "Friday 3 May", "on Sunday (Jan 12)": a weekday that
    # names the date told
    # beside it is one expression, so the event takes the date (and a yearless date the weekday's year).
    (
        "weekday_date",
        re.compile(
            rf"\b(?:(?i:on|late|early|late on|early on)\s+)?(?P<weekday>{WEEKDAY_NAMES})(?:\s+{_PART})?\s*,?\s+"
            rf"(?P<paren>\()?"
            rf"(?:(?P<month1>{_MONTH})\s+(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"|(?:the\s+)?(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTH}))\b"
            rf"(?:\s*,?\s*(?P<year>{_YEAR})\b|(?!\s*,?\s*\d))(?(paren)\))"
        ),
    ),
    # "Thursday (13/10/2011)", "on Monday, 4.3.2019": a weekday beside a numeric date; the weekday tells day/month
    # from month/day.
    (
        "weekday_numeric",
        re.compile(
            rf"\b(?:(?i:on|late|early)\s+)?(?P<weekday>{WEEKDAY_NAMES})\s*,?\s*(?P<paren>\()?"
            rf"(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)(?P<year>{_YEAR})\b(?(paren)\))"
        ),
    ),
    # ("26th March 2024", "21st May, 2024", "the 26th of March 2024": the ordinal's letters, "the" and "of", as in
    # day_month)
    (
        "day_month_year",
        re.compile(
            rf"\b(?:on\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?{_AND_DAY}?\s+(?:of\s+)?({_MONTH})\s*,?\s*({_YEAR})\b"
        ),
    ),
    (
        "month_day_year",
        re.compile(rf"\b(?:on\s+)?({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?{_AND_DAY}?\s*,\s*({_YEAR})\b"),
    ),
    # "Christmas Day 2011", "on New Year's Eve": a holiday on a fixed day of the year
    # ("a 2011 Christmas Day bombing": the year may come first)
    (
        "holiday",
        re.compile(rf"\b(?:on\s+)?(?:({_YEAR})\s+)?({_HOLIDAY})(?:\s*,?\s*(?:of\s+)?({_YEAR}))?\b"),
    ),
    (
        "month_year",
        re.compile(rf"\b(?:(?i:in|since)\s+)?(?:(?:early|late|mid)-?\s*)?({_MONTH})\s+(?:of\s+)?({_YEAR})\b"),
    ),
    # "the previous October": a month told relative to the event just told, resolved by the incident stage
    ("month_of_event", re.compile(rf"\b(?i:the\s+)?(?i:previous|preceding|following)\s+({_MONTH})\b")),
    (
        "month_day",
        re.compile(rf"\b(?:on\s+)?({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:{_AND_DAY}(?!\s+[a-z]))?\b(?!\s*,?\s*\d)"),
    ),
    (
        "day_month",
        re.compile(rf"\b(?:on\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?{_AND_DAY}?\s+(?:of\s+)?({_MONTH})\b"),
    ),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?i:on|late|early|last|this|before dawn on|late on|early on)\s+)*({WEEKDAY_NAMES})(?:['’]s)?"
            rf"(?:\s+(?:{_PART}))?\b"
        ),
    ),
    # ("overnight Thursday to Friday": the weekday says which night)
    (
        "relative_day",
        re.compile(
            rf"\b(yesterday|today|the day before|overnight(?!\s+(?:(?i:on|from)\s+)?{WEEKDAY_NAMES})|tonight|"
            rf"last night|this {_PART})\b",
            re.I,
        ),
    ),
    (
        "a_day_later",
        re.compile(
            r"\b(?:(a|one|two|three) days? (later|earlier|before|after)|"
            r"the (?:next|following) (?:day|morning|afternoon|evening|night)|the day after)\b",
            re.I,
        ),
    ),
    # "four months later", "just over a month later", "two weeks later", "a year earlier": a time counted from the
    # event told before, resolved by the incident stage (relative_span)
    (
        "span_later",
        re.compile(rf"\b{_SPAN_HEDGE}{_SPAN_COUNT}\s+(?:days?|weeks?|months?|years?)\s+(?:later|earlier)\b", re.I),
    ),
    # "In another attack the same night", "on the same day", "Earlier in the day": the day of the date told before
    # (resolved after matching, by _same_day; "later that day" is left to the incident stage, which dates it from the
    # event told before rather than from the last day named, which may be the day of a report)
    (
        "same_day",
        re.compile(
            r"\b(?:(?i:on|during)\s+)?(?i:earlier\s+(?:in\s+the|that|the\s+same)|the\s+same|that(?:\s+same)?)"
            r"\s+(?i:day|night|morning|afternoon|evening)\b(?!-)"
        ),
    ),
    # "the 15th anniversary of the market blast", "the two-year anniversary of ...": that event, N years before
    (
        "anniversary",
        re.compile(
            rf"\b(?i:the)\s+(?:(?P<nth>\d{{1,2}})(?:st|nd|rd|th)|(?P<ordinal>{_ORDINAL})|"
            rf"(?P<years>\d{{1,2}}|{_YEARS_WORD})[-\s]year)\s+anniversary\s+of\b",
            re.I,
        ),
    ),
    ("days_ago", re.compile(r"\b(a|one|two|three|four|five|six|\d) days? ago\b", re.I)),
    ("weeks_ago", re.compile(r"\b(a|one|two|three|\d) weeks? ago\b", re.I)),
    ("weekend", re.compile(r"\b(?:over|during|at|on) the weekend\b|\blast weekend\b", re.I)),
    ("last_week", re.compile(r"\b(last|this|earlier this|past) week(?:end)?\b", re.I)),
    (
        "this_month",
        re.compile(r"\b(earlier this|this|last|late last|early this|earlier in the|later this) month\b", re.I),
    ),
    # "last July": the latest July before the publication month
    ("last_month_name", re.compile(rf"\b(?i:last)\s+({_MONTH})\b(?!\s+\d)")),
    (
        "year_month",
        re.compile(rf"\b(?i:in|since|during|by|until|from)\s+(?:(?i:early|late|mid)-?\s*)?({_MONTH})\b(?!\s+\d)"),
    ),
    # ("a 2017 concert": the year of the event named next, unless it counts: "a 2000-strong force")
    ("year", re.compile(rf"\b(?i:in|since|during|by|of|until|from|the|an?)\s+({_YEAR})\b(?![-\s]*(?:%|per|strong))")),
    ("last_year", re.compile(r"\b(last|this|earlier this|late last) year\b", re.I)),
]
# Speed (regex_speed.py): behind a look-ahead for their first characters, these scans skip most positions at once,
# with the same matches.
PATTERNS = [(kind, first_char_gate(pattern)) for kind, pattern in PATTERNS]
_PATTERNS = dict(PATTERNS)
# "since ...", "until ..." and "by ..." open ranges, not event dates.
RANGE_WORDS = re.compile(r"^(since|until|by|from)\b", re.I)
# "a rebel group that signed a peace deal in 2016", "a man born in 1990", "he joined the group in 2018": the date
# of a fact about an actor, context like an open range, never the date of the event the sentence tells.
BACKGROUND_FACT_BEFORE = re.compile(
    r"\b(?:signed|founded|formed|established|born|elected|re-elected|joined|took office|came to power|created|"
    r"set up|inaugurated|appointed|sworn in|ratified|graduated|married|emigrated)\b[^.;:,\n]{0,40}$",
    re.I,
)

# "the conflict, which began in 2014", "an offensive having begun in 2012": the year a war or campaign started,
# context like an open range (years only: "the siege began on 3 May 2020" dates the siege).
BEGAN_BEFORE = re.compile(r"\b(?:began|begun|started|erupted|broke out)\b[^.;:,\n]{0,40}$", re.I)

# "fighting continuing into this morning", "a siege that dragged on into Sunday": the day an event told goes on
# into, not the day of another event (context like an open range).
CONTINUES_INTO_BEFORE = re.compile(
    r"\b(?:continu(?:e|es|ed|ing)|last(?:s|ed|ing)|(?:went|going|goes|dragg(?:ed|ing)|drags?|carr(?:ied|ying|ies)) on|"
    r"stretch(?:ed|ing|es)|spill(?:ed|ing|s) over|extend(?:ed|ing|s))\s+(?:well\s+)?into\s+$",
    re.I,
)


@dataclass(frozen=True)
class DateExpression:
    start: int
    end: int
    text: str
    value: str | None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"; None when it cannot be resolved
    precision: str  # day | week | month | year
    relative: bool  # needs the publication date
    open_range: bool = False  # "since 2015": context, not the date of an event
    date_end: str | None = None


def _month_number(word: str) -> int:
    return TYPO_MONTHS[word] if word in TYPO_MONTHS else MONTHS[word.lower().rstrip(".")]


def _past_month(month: int, published: dt.date) -> str:
    year = published.year if month <= published.month else published.year - 1
    return f"{year:04d}-{month:02d}"


def _day(day: dt.date) -> str:
    return day.isoformat()


def resolve(kind: str, match: re.Match, published: dt.date | None) -> tuple[str | None, str, str | None]:
    """(value, precision, date_end) of one matched expression."""
    g = match.groups()
    if kind == "weekday_date":
        return _weekday_date(match, published), "day", None
    if kind == "weekday_numeric":
        return _numeric_day(match), "day", None
    if kind == "day_month_year":
        return _safe_day(int(g[2]), _month_number(g[1]), int(g[0])), "day", None
    if kind == "month_day_year":
        return _safe_day(int(g[2]), _month_number(g[0]), int(g[1])), "day", None
    if kind == "month_year":
        return f"{int(g[1]):04d}-{_month_number(g[0]):02d}", "month", None
    if kind == "holiday":
        year = g[0] or g[2]
        return _holiday(g[1].lower().replace("’", "'"), int(year) if year else None, published), "day", None
    if kind in ("month_day", "day_month"):
        month, day = (g[0], g[1]) if kind == "month_day" else (g[1], g[0])
        if published is None:
            return None, "day", None
        month_n = _month_number(month)
        year = published.year
        if (dt.date(year, month_n, 1) - published).days > 62:  # far in the future: last year's date
            year -= 1
        return _safe_day(year, month_n, int(day)), "day", None
    if kind == "year":
        return g[0], "year", None
    if kind == "anniversary":
        if published is None:
            return None, "month", None
        found = match.group("nth") or match.group("years")
        n = int(found) if found and found.isdigit() else ORDINALS.get((match.group("ordinal") or "").lower())
        n = n or NUMBER_WORDS.get((found or "").lower())
        # stories of an anniversary are told in its month ("marks", "just days before"): the month of that year
        return (f"{published.year - n:04d}-{published.month:02d}", "month", None) if n else (None, "month", None)
    if kind == "month_of_event":
        return None, "month", None  # relative to another event: resolved by the incident stage
    if kind == "span_later":
        return None, _span_unit(match.group(0)) or "day", None  # likewise (relative_span)
    if published is None:
        precision = {
            "last_week": "week",
            "weeks_ago": "week",
            "weekend": "week",
            "this_month": "month",
            "year_month": "month",
            "last_month_name": "month",
            "last_year": "year",
        }
        return None, precision.get(kind, "day"), None
    if kind == "weekday":
        target = WEEKDAYS[g[0].lower()]
        back = (published.weekday() - target) % 7
        if re.match(r"last\s", match.group(0), re.I) and back == 0:
            back = 7
        return _day(published - dt.timedelta(days=back)), "day", None
    if kind == "relative_day":
        word = g[0].lower()
        back = 0 if word in ("today", "tonight") or word.startswith("this ") else 1
        return _day(published - dt.timedelta(days=back)), "day", None
    if kind == "days_ago":
        n = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}.get(g[0].lower()) or int(g[0])
        return _day(published - dt.timedelta(days=n)), "day", None
    if kind == "weeks_ago":
        n = {"a": 1, "one": 1, "two": 2, "three": 3}.get(g[0].lower()) or int(g[0])
        return _day(published - dt.timedelta(days=7 * n)), "week", None
    if kind == "weekend":
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
        if saturday == published and "last" in match.group(0).lower():
            saturday -= dt.timedelta(days=7)
        return _day(saturday), "week", _day(saturday + dt.timedelta(days=1))
    if kind == "a_day_later":
        return None, "day", None  # relative to another event: resolved by the incident stage
    if kind == "last_week":
        if g[0].lower() == "last":
            start = published - dt.timedelta(days=published.weekday() + 7)
            return _day(start), "week", _day(start + dt.timedelta(days=6))
        start = published - dt.timedelta(days=published.weekday())
        return _day(start), "week", _day(published)
    if kind == "this_month":
        if "last" in g[0].lower():
            first = published.replace(day=1) - dt.timedelta(days=1)
            return f"{first.year:04d}-{first.month:02d}", "month", None
        return f"{published.year:04d}-{published.month:02d}", "month", None
    if kind == "last_month_name":
        month = _month_number(g[0])
        year = published.year if month < published.month else published.year - 1
        return f"{year:04d}-{month:02d}", "month", None
    if kind == "year_month":
        return _past_month(_month_number(g[0]), published), "month", None
    if kind == "last_year":
        year = published.year - 1 if "last" in g[0].lower() else published.year
        return f"{year:04d}", "year", None
    return None, "day", None


def _numeric_day(match: re.Match) -> str | None:
    """The day of "Thursday (13/10/2011)": the reading, day/month or month/day, that falls on the weekday named."""
    a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
    weekday = WEEKDAYS[match.group("weekday").lower()]
    days = {_safe_day(year, month, day) for day, month in ((a, b), (b, a))} - {None}
    fits = [d for d in days if dt.date.fromisoformat(d).weekday() == weekday]
    return fits[0] if len(fits) == 1 else None


def _weekday_date(match: re.Match, published: dt.date | None) -> str | None:
    """The day of "Tuesday, November 21, 2023" or, against the publication day, of "Tuesday November 21".

    Without a publication day a yearless one stays unresolved, like "November 21" alone: the weekday would fix
    the year only up to a cycle of five to eleven years, and an unresolved weekday keeps telling the incident
    stage that "on Tuesday May 18" is not the "on Friday" of the event told before it.
    """
    month = _month_number(match.group("month1") or match.group("month2"))
    day = int(match.group("day1") or match.group("day2"))
    if match.group("year"):
        return _safe_day(int(match.group("year")), month, day)
    if published is None:
        return None
    year = published.year
    if (dt.date(year, month, 1) - published).days > 62:  # far in the future: last year's date
        year -= 1
    return _safe_day(year, month, day)


def yearless_date(words: str | None) -> tuple[int, int, int | None] | None:
    """(month, day, weekday or None) of a date written without its year: "on Tuesday November 21" ->
    (11, 21, 1), "10 February" -> (2, 10, None); None for anything else ("on Friday", "May 2019").

    What an incident keeps of such a date when its report has no publication day: the matcher takes the
    year from another report of the event instead.
    """
    text = (words or "").strip()
    for kind in ("weekday_date", "month_day", "day_month"):
        match = _PATTERNS[kind].fullmatch(text)
        if match is None:
            continue
        if kind == "weekday_date":
            if match.group("year"):
                return None
            month, day = match.group("month1") or match.group("month2"), match.group("day1") or match.group("day2")
            weekday = WEEKDAYS[match.group("weekday").lower()]
        else:
            month, day = match.groups() if kind == "month_day" else reversed(match.groups())
            weekday = None
        return _month_number(month), int(day), weekday
    return None


def yearless_month(words: str | None) -> int | None:
    """The month of "in late March", "in June" (a month written without its year, unresolved without a publication
    day); None for anything else."""
    found = _PATTERNS["year_month"].fullmatch((words or "").strip())
    return _month_number(found.group(1)) if found else None


def easter(year: int) -> dt.date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return dt.date(year, month, day + 1)


def _holiday(name: str, year: int | None, published: dt.date | None) -> str | None:
    """The day of a named holiday: in `year`, else the latest one on or before the publication day."""

    def day_in(y: int) -> dt.date:
        if name in EASTER_DAYS:
            return easter(y) + dt.timedelta(days=EASTER_DAYS[name])
        return dt.date(y, *HOLIDAYS[name])

    if year is not None:
        return day_in(year).isoformat()
    if published is None:
        return None
    day = day_in(published.year)
    return (day if day <= published else day_in(published.year - 1)).isoformat()


def _safe_day(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


# What a publication month alone resolves (an address's "/2023/12/"): a day or month told with its month, a month
# or year told from the publication's ("last month", "in March", "last year"). Never a weekday, "yesterday" or
# "last week": they need the publication's day.
MONTH_ENOUGH = frozenset(
    ("weekday_date", "month_day", "day_month", "holiday", "this_month", "last_month_name", "year_month", "last_year")
)


# Kinds that always carry their year: they need no publication day.
WITH_YEAR = frozenset(("weekday_numeric", "day_month_year", "month_day_year", "month_year", "year"))


def month_anchor(month: str | None) -> dt.date | None:
    """The last day of a publication month "YYYY-MM": the latest the page can have been published."""
    if not month:
        return None
    year, number = int(month[:4]), int(month[5:7])
    return dt.date(year + number // 12, number % 12 + 1, 1) - dt.timedelta(days=1)


def find_dates(
    text: str, published: dt.date | None, start: int = 0, end: int | None = None, month: str | None = None
) -> list[DateExpression]:
    """Every date expression in text[start:end], left to right, without overlaps. `month` ("YYYY-MM"), the
    publication's month when its day is unknown, resolves the expressions of MONTH_ENOUGH only."""
    end = len(text) if end is None else end
    by_month = month_anchor(month) if published is None else None
    window = text[start:end]
    taken: list[tuple[int, int]] = []
    found: list[DateExpression] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(window):
            a, b = match.start() + start, match.end() + start
            if any(a < y and x < b for x, y in taken):
                continue
            if kind == "weekday" and NAMED_DAY_BEFORE.search(text[max(0, a - 12) : a]):
                continue
            anchor = published or (by_month if kind in MONTH_ENOUGH else None)
            value, precision, date_end = resolve(kind, match, anchor)
            if kind == "anniversary" and (value is None or ANNIVERSARY_TIME_BEFORE.search(text[max(0, a - 40) : a])):
                continue  # unresolved, or the time of the sentence's own event ("on the first anniversary of ...")
            relative = kind not in WITH_YEAR and not (
                (kind == "holiday" and (match.group(1) or match.group(3)))
                or (kind == "weekday_date" and match.group("year"))
            )
            words = match.group(0)
            context = (
                bool(RANGE_WORDS.match(words))
                or (not relative and bool(BACKGROUND_FACT_BEFORE.search(text[max(0, a - 60) : a])))
                or (kind == "year" and bool(BEGAN_BEFORE.search(text[max(0, a - 60) : a])))
                or bool(CONTINUES_INTO_BEFORE.search(text[max(0, a - 40) : a]))
            )
            found.append(DateExpression(a, b, words, value, precision, relative, context, date_end))
            taken.append((a, b))
    found.sort(key=lambda d: d.start)
    found = _same_month_of_year(text, _that_year(text, found), published)
    return _same_day(text, found if published else _year_from_text(text, found))


# "on March 3 that year", "in June of the same year": the year the text named last, not the publication's.
THAT_YEAR = re.compile(r"\s*,?\s*(?:of\s+)?(?:that|the same)\s+year\b", re.I)


def _that_year(text: str, found: list[DateExpression]) -> list[DateExpression]:
    out, year = [], None
    for date in found:
        if date.relative and date.value and year and THAT_YEAR.match(text, date.end):
            date = replace(date, value=year + date.value[4:], relative=False)
        if not date.relative and date.value and not date.open_range:
            year = date.value[:4]
        out.append(date)
    return out


# "a truck bomb hit the same hotel in the same month in 2019", "the same month last year": the month of the time
# told, in that year.
SAME_MONTH_BEFORE = re.compile(r"\b(?:the|that)\s+same\s+month\s*,?\s*$", re.I)


def _same_month_of_year(text: str, found: list[DateExpression], published: dt.date | None) -> list[DateExpression]:
    """A year told as "the same month in 2017" takes the month of the date named last before it (else of the
    publication day): the month the story is about, in another year."""
    out: list[DateExpression] = []
    month = f"{published.month:02d}" if published else None
    for date in found:
        same_month = SAME_MONTH_BEFORE.search(text[max(0, date.start - 30) : date.start])
        if date.precision == "year" and date.value and same_month:
            if month is not None:
                date = replace(date, value=f"{date.value}-{month}", precision="month")
        elif date.value and len(date.value) >= 7 and not date.open_range:
            month = date.value[5:7]
        out.append(date)
    return out


def _year_from_text(text: str, found: list[DateExpression]) -> list[DateExpression]:
    """A story with no publication day: a day written without its year ("On 21 April", "on Tuesday, May 3") takes
    the year that puts it within three months of a date a line of the story gives in full ("15 March 2019",
    "January 2022"); with a weekday, only a year where the day is that weekday. (Not a date alone on its line:
    "Tuesday, February 27, 2024" above a story is the day the page was read, not the story's time.)"""
    told = [
        _as_day(d.value)
        for d in found
        if d.value and not d.relative and not d.open_range and len(d.value) >= 7 and not _alone_on_line(text, d)
    ]
    out = []
    for date in found:
        parts = yearless_date(date.text) if told and not date.value and not date.open_range else None
        if parts is not None:
            month, day, weekday = parts
            near = []
            for ref in told:
                for year in (ref.year - 1, ref.year, ref.year + 1):
                    when = _safe_day(year, month, day)
                    if when and (weekday is None or dt.date.fromisoformat(when).weekday() == weekday):
                        near.append((abs((dt.date.fromisoformat(when) - ref).days), when))
            gap, when = min(near, default=(None, None))
            if when is not None and gap <= 92:
                date = replace(date, value=when)
        out.append(date)
    return _weekday_from_text(text, out)


# "last Thursday", "this Sunday", "next Sunday": a weekday of another week than the one the story tells.
OTHER_WEEK_BEFORE = re.compile(r"\b(?:last|this|next|coming|past|following)\s+$", re.I)
# A day the story recalls rather than tells: "two years after ... on 24 June 2022", "the victims of a truck bomb that
# killed 500 on 14 October 2017", "on 3 May 2019, when ..." (in the day's own sentence).
RECALLED_DAY = re.compile(
    r"\bago\b|\banniversary\b|\bsince\b|\b(?:years?|months?|weeks?)\s+(?:after|before|earlier|later)\b|\bmourn|"
    r"\bvictims\s+of\b|\b(?:that|which)\s+(?:had\s+)?killed\b",
    re.I,
)
WHEN_AFTER = re.compile(r"\s*,?\s*when\b", re.I)
# "File photo: soldiers patrol ... on March 3, 2023": an archive picture's day, not the story's.
FILE_PHOTO = re.compile(r"\bfile\s+(?:photo|picture|image|pic)\b", re.I)


def _weekday_from_text(text: str, found: list[DateExpression]) -> list[DateExpression]:
    """A story with no publication day: a weekday told alone ("on Sunday", "Also on Thursday", "Tuesday's attack")
    is the day the story gives in full that falls on that weekday ("Thursday (13/10/2011)" in the lead, a caption's
    "June 23, 2024", "on March 1" of an address's month) before the weekday's first mention, when one day of the
    last week up to the latest day told so far does: the weekday tells that day, not another week's. Every later
    mention of the weekday keeps what the first got. (A full date told only after the first mention is as often a
    past event the story recalls: "on Saturday ..., near where a truck bomb killed 80 on 14 October 2017"; so is
    one told in a sentence of recall, "two years after ..., on 24 June 2022", or on an archive picture's line.
    "last Thursday", "next Sunday" are another week's: never resolved, and no first mention.)"""
    out: list[DateExpression] = []
    days: list[dt.date] = []  # the days told in full so far
    first: dict[int, str | None] = {}  # a weekday -> the day its first mention took
    for date in found:
        weekday = _PATTERNS["weekday"].fullmatch(date.text) if date.value is None and not date.open_range else None
        if weekday is not None:
            name = weekday.group(1)
            before = text[max(0, date.start - 12) : date.start] + date.text[: date.text.find(name)]
            if not OTHER_WEEK_BEFORE.search(before):
                target = WEEKDAYS[name.lower()]
                if target not in first:
                    latest = max(days, default=None)
                    fits = {d for d in days if d.weekday() == target and (latest - d).days < 7}
                    first[target] = fits.pop().isoformat() if len(fits) == 1 else None
                if first[target] is not None:
                    date = replace(date, value=first[target])
        elif (
            date.value
            and len(date.value) == 10
            and date.precision == "day"
            and not date.open_range
            and not _alone_on_line(text, date)
            and not _recalled(text, date)
        ):
            days.append(dt.date.fromisoformat(date.value))
        out.append(date)
    return out


def _recalled(text: str, date: DateExpression) -> bool:
    """A day told in a sentence of recall, followed by ", when", or on a line of an archive picture."""
    start, end = sentence_around(text, date.start, date.end)
    return bool(
        RECALLED_DAY.search(text, start, end)
        or WHEN_AFTER.match(text, date.end)
        or FILE_PHOTO.search(line_around(text, date.start, date.end))
    )


def _as_day(value: str) -> dt.date:
    """The day of a full date, the middle of a month told by its month."""
    return dt.date.fromisoformat(value if len(value) == 10 else value + "-15")


def _alone_on_line(text: str, date: DateExpression) -> bool:
    line = line_around(text, date.start, date.end)
    return not re.search(r"[a-z]{2}", re.sub(WEEKDAY_NAMES, "", line.replace(date.text, "")))


# "Later that day", "later on the same day": dated by the incident stage from the event told before.
LATER_BEFORE = re.compile(r"\blater\s+(?:on\s+)?$", re.I)


def _same_day(text: str, found: list[DateExpression]) -> list[DateExpression]:
    """ "the same night", "That day", "earlier in the day" take the day named last before them; without one (or
    when that day is unresolved) they are dropped, and the incident stage dates the event as it would without."""
    out: list[DateExpression] = []
    last: DateExpression | None = None
    for date in found:
        if _PATTERNS["same_day"].fullmatch(date.text):
            if last is None or last.value is None or LATER_BEFORE.search(text[max(0, date.start - 12) : date.start]):
                continue
            if date.text.startswith("that") and not text[max(0, date.start - 2) : date.start].startswith(","):
                continue  # "officials said that night raids ...": a conjunction, unless it opens the sentence or clause
            date = replace(date, value=last.value, relative=last.relative)
        if date.precision == "day" and not date.open_range:
            last = date
        out.append(date)
    return out


def shift_days(value: str | None, days: int) -> str | None:
    if value is None or len(value) != 10:
        return None
    return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()


SPAN = re.compile(
    rf"^{_SPAN_HEDGE}(?P<n>{_SPAN_COUNT})\s+(?P<unit>day|week|month|year)s?\s+(?P<way>later|earlier|before|after)$",
    re.I,
)


def _span_unit(words: str) -> str | None:
    found = SPAN.match(words.strip())
    return found.group("unit").lower() if found else None


def relative_span(words: str, value: str | None) -> tuple[str | None, str | None]:
    """(value, precision) of "four months later", "two weeks later", "a year earlier" counted from the date `value`
    of the event told before: days need a day and give one; weeks give the month of the day reached (from the
    middle of a month told only by its month: news rounds weeks); months and years give a month and a year."""
    found = SPAN.match((words or "").strip())
    if found is None or not value:
        return None, None
    count = found.group("n").lower()
    n = NUMBER_WORDS.get(count) or int(count)
    n = -n if found.group("way").lower() in ("earlier", "before") else n
    unit = found.group("unit").lower()
    if unit == "day":
        return (shift_days(value, n), "day") if len(value) == 10 else (None, None)
    if unit == "week":
        if len(value) < 7:
            return None, None
        day = value if len(value) == 10 else value[:7] + "-15"
        return shift_days(day, 7 * n)[:7], "month"
    if unit == "month":
        if len(value) < 7:
            return None, None
        months = int(value[:4]) * 12 + int(value[5:7]) - 1 + n
        return f"{months // 12:04d}-{months % 12 + 1:02d}", "month"
    return f"{int(value[:4]) + n:04d}", "year"


# "in November", "on Aug. 7", "last month": words that name a time on the calendar, which a story without a
# publication day cannot resolve (unlike a weekday, "today" or "hours later", they are rarely the day of the news)
_CALENDAR_TIME = re.compile(
    r"\b(?:" + "|".join(sorted((m for m in MONTHS if len(m) > 2), key=len, reverse=True)) + r")\b\.?|"
    r"\b(?:last|previous|past)\s+(?:week|month|year)\b",
    re.I,
)


def unresolved_calendar_time(date: DateExpression) -> bool:
    """Is the date a month, a day of a month or "last month" that stayed unresolved (the story gives no day of its
    own)?"""
    return date.value is None and bool(_CALENDAR_TIME.search(date.text))


def reference_day(text: str, published: dt.date | None, month: str | None = None) -> dt.date:
    """The day an article's names are read as of (a group's name that changed hands, `gazetteer.DatedGazetteer`):
    its publication day; else the last day of its publication month when only that is known; else the latest
    day the text itself gives in full ("15 March 2019"; not a date alone on its line, which is the day the page
    was read); else today. Kept simple on purpose: a story published years after the events it tells is read
    as of its publication."""
    if published is not None:
        return published
    if month:
        return month_anchor(month)
    told = []
    for date in find_dates(text, None):
        full = date.value and len(date.value) == 10 and not date.relative and not date.open_range
        if full and not _alone_on_line(text, date):
            try:
                told.append(dt.date.fromisoformat(date.value))
            except ValueError:
                continue  # "30 February 2019"
    return max(told) if told else dt.date.today()
