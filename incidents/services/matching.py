"""Resolve extracted entities and incidents against existing rows.

Persistence (`incidents.services.persist`) asks here "is this already in the
database?" and creates a record only when the answer is no. This module reads;
it never writes. The scoring is kept in small pure functions over plain facts
(`IncidentFacts`, `PersonFacts`), so each rule can be read and tested alone;
the functions that query the database only gather those facts.

Names
-----
`fold` (lower case, no accents or punctuation) is the stored lookup key.
`ascii_spelling` goes deeper for places: letters that Unicode does not split
into a base letter and an accent (l with a stroke, dotless i, o with a
stroke ...) become their plain letter and transliteration apostrophes (the
ayn and hamza of "Sanaʿa") are dropped, so "Sanaʿa" finds "Sanaa" and the
same town is never two records for one spelling with diacritics.
`spelling_key` goes one step further for transliterated names, conservatively:
honorifics dropped (Haji, Mawlawi, Dr ...), doubled letters single (Anwaar ->
Anwar), and the vowel spellings that vary between transliterations merged
(ou/oo/o -> u, ee/e -> i). "Mohammed" and "Muhammad" still differ: a/e is too
loose to merge on. `compact_key` removes spaces for acronyms ("IS-KP" = "ISKP").

Places outside the gazetteer (`match_location`)
-----------------------------------------------
A site is matched only under its parent ("Central Market" of two cities stays two places). A town or
region is matched by name in the same country and first-level division, whatever place a report hung it
under, so two reports never make it two records; when a later report hangs it under a division inside
the one on record, the record moves down there (`finer_parent`) and takes that report's coordinates.

Persons (`match_person`)
------------------------
A person is resolved only on a name of at least two words (never "Ihsani"
alone), then scored with the evidence around it (weights below, `PERSON_*`):
the same name +2 (a spelling variant +1.5), another shared name or alias +1, a
name of three words or more +1; a shared armed group (affiliation) +2 (a parent
or branch +1), different known groups -1; a shared country +1, only different
countries -1; an incident within 90 days +1; the same stated origin +1, a
different one -2. A person is resolved at `PERSON_RESOLVE_AT` (3) or more, and
only when one candidate scores best: two namesakes with no evidence either way
give a new record. So "Muhammad Ihsani alias Anwaar" resolves "Muhammad Ihsani,
also known as Anwar" (name + alias variant = 3), but "Abdul Rahman" killed in
Kandahar is not "Abdul Rahman" shot in Peshawar months later (2 + 0 - 1 = 1).

Incidents (`incident_match`)
----------------------------
Candidates are retrieved cheaply from indexed columns: the same type class
(`TYPE_CLASS`; for a day-dated complex attack, the other day-dated ones too),
a date window of `DATE_WINDOW_DAYS` around the incident (for one dated only to a year,
that year: the events that find it find it), the same country;
for an undated incident, the window is the month before its report's publication
(undated candidates are found the same way, by the publication of their reports);
at most `MAX_CANDIDATES`, and never incidents of the same source (the extractor
already split those) nor pairs an analyst marked "not the same". Each candidate
is then scored (`score_incidents`, weights `INCIDENT_*`):

- place: the same place +2; one inside the other (Location hierarchy) +1.5
  when the wider one is a town, district or site, +0.5 when a province or a
  named region, 0 when a country; two records of one named site, one report
  hanging it under a place on the other's chain (its town, or only the
  country; a place hung under nothing counts as hung under its country, and
  a site's name is compared with and without its articles: "Al-Noor Mosque"
  is "Noor Mosque"), +2; two sites of one country named by the same words in another
  order (a road named from either end), +2 when within `NEARBY_KM`; otherwise
  within `NEARBY_KM`, or two records of one name (the same `ascii_spelling`)
  where one has no coordinates, +1; else incompatible (no match).
- date: same day +2, a day apart +1.5, two or three days +0.5, more: no
  match. A report without date words is dated to its publication day: when
  that is the later of two days a day apart, they count as the same day
  (stories tell the day before's events). A coarse date (week, month, year)
  that contains a finer other date is evidence for: +1 for a week, +0.5 for a month (a year, 0, is too coarse to
  count either way); one that only overlaps the window counts +0.5 (week), 0
  (month), -1 (year). An undated report counts neither for nor against: 0, and
  the merge rule below does not ask it for date evidence; when its only date
  words are a weekday ("on Sunday") that is the weekday of the other report's
  day, +1; the weekday of the day before or after it (an attack across midnight, a
  "yesterday" read against a page day that is not the day of writing), +0.5.
  A report with neither a date nor a publication day ("timeless") is looked for
  only at its place (or a place above or inside it, or another
  record of its named site: one report may hang the site only under the
  country), of any year; nothing says it is not an event of another year, so
  the full bar asks more place of it, and the lower bars merge it only on what
  ties it to the event without the calendar: its own day words, one named
  group at one site, the same toll of ten or more, or its being the only event
  of its class there (below).
  A report that gives a day without its year ("on Tuesday November 21") takes
  the year from a day-dated other report (`yearless_match`): the same day or
  the next scores as above, further or another weekday is no match; with its
  weekday told and agreeing it is dated, no longer timeless.
- kind: the same type +0.5 (a suicide bombing and a bombing count as one: reports differ on whether the
  bomber died by his bomb); the type class is required, except for one complex attack that two
  reports type by different parts (a bombing, a clash, an attack on civilians, a targeted killing:
  `COMPLEX_ATTACK_TYPES`), compared at -1 and only when both are dated to the same day or the next.
- actors: each shared person +2 (at most +4); the same perpetrator +2 (a
  parent or branch +1); a shared target group +1; perpetrators named on both
  sides with none in common -3, unless one side names only a description the
  extractor made a record of ("Rebels", "Separatist fighters": `described_only`),
  which may be the other side's group under another word.
- counts: the same fatalities +1 (+2 when ten or more: an exact toll that large rarely recurs at one
  place within days); close figures (within 3, or the lower at
  least half the higher) +0.5; a toll that rose in the later report, up to
  five-fold (or any rise after a report of the event's day or the next: a first
  count), 0, the lower of two counts published the same day taken as the earlier (the ingest order never
  decides it); otherwise -2.

A candidate at `INCIDENT_MERGE_AT` (6) or more, with positive place and date
evidence (or no date on one side), is the same event: merged; for a timeless
report, only at the same place or one inside a town, district or site (its
actors and toll, not the calendar, tie it to the event). So is one at
`INCIDENT_MERGE_IN_TOWN_AT` (4.5, a site in the town counted as the town) that both reports date
to the same day at one town or a site in it (not a district, province or country), neither
timeless (two sites or quarters of one town, neither inside the other, are at one town too: `town_of`):
the same town, day and kind of event with nothing against is how two outlets tell one event
(ACLED codes such reports as one event too), and an analyst can undo the merge
(`merging.unmerge`). The same bar merges an undated report, timeless or not, at one named site (not a town)
when its own day words agree with the other's day (the weekday, or the day without its year), or when both
reports name one group as the doers (by its name, not a description such as "Gunmen"): another event of that
kind at that very site on that weekday, or by that group, is too unlikely to ask for more (a town sees many
events of one kind by one group, so there the full bar stays). At one town the same bar merges an undated
report when both reports give the same toll of ten or more, or close tolls of ten or more told of one named group:
few events at one town share such a toll. An undated report, timeless or not, at the same town or site as
the only other event of its class on record there, of the same kind, with the same toll (any) and nothing against,
merges at 3.5 (`undated_alone_at_one_place`): with a third event of that class there on record the other rules decide.
So does one when a report places the event only at its district or province and the other at that division or a
place in it, and the two are the only events of their class anywhere in the division (`undated_alone_in_one_division`).
A report whose own day words are the other's day (a weekday told alone) counts for both as an undated one does. Two
reports of one day, neither timeless, one placed only at a district or province and the other at it or in it, of
one kind with nothing against (the bar of one town's day, 4.5, the division counted as the town), merge when they
are the only events of their class anywhere in that division (`same_day_alone_in_one_division`).
A toll of ten or more that both reports give (the same, or close) of one kind of event merges with nothing against
(3, `LARGE_TOLL_AT_ONE_SITE_AT`) at one named site when one report says nothing of the day (undated, timeless or
not, or dated only to a week, month or year that holds the other's date: a background "the 2017 arena bombing"; a
timeless report only on the same toll, as close tolls recur at one site across years, unless its weekday told alone
is the other's day or next to it), and (4,
`LARGE_TOLL_ON_TOLD_DAY_AT`) at one town or a site in it when the undated report's own weekday or yearless day,
timeless or not, is the other's day.
From `INCIDENT_FLAG_AT` (4) it is uncertain: the new incident is
flagged as a possible duplicate and an analyst decides. Which of the two
survives a merge is decided by `survivor_key` (an analyst's record first, then the more precise place and
date, then the earliest report), so ingesting reports in any order gives the same incident.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Min, Q, QuerySet

from incidents.choices import ActorRole, DatePrecision, IncidentType, LocationKind, Origin
from incidents.extraction.dates import yearless_date
from incidents.extraction.normalize import fold, strip_accents
from incidents.extraction.places import ADMIN_KINDS
from incidents.extraction.vocabulary import DESCRIPTOR_NOUNS, WEEKDAYS
from incidents.models import (
    Affiliation,
    Group,
    GroupAlias,
    Incident,
    IncidentActor,
    IncidentPerson,
    IncidentSource,
    Location,
    NotSamePair,
    Person,
    PersonAlias,
    Source,
)

# ---------------------------------------------------------------- names

# Titles written before a name, dropped when comparing spellings (not names that are also titles: Syed, Sardar).
HONORIFICS = frozenset(
    ("haji", "hajji", "hadji", "mawlawi", "maulvi", "molvi", "mawlana", "maulana", "mullah", "mulla", "mufti")
    + ("qari", "sheikh", "shaikh", "dr", "doctor", "mr", "mrs", "ms", "eng", "gen", "col", "maj", "capt", "lt")
)
_DOUBLED = re.compile(r"([a-z])\1+")
# Vowel spellings that vary between transliterations of one name, longest first.
_VOWELS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("o", "u"), ("e", "i"))


def spelling_key(name: str) -> str:
    """A name's key across transliterations: 'Haji Ahmad Zia Rahimi' -> 'ahmad zia rahimi',
    'Anwaar' -> 'anwar', 'Mazar-e-Sharif' -> 'mazar i sharif', 'Mohammad' -> 'muhamad'."""
    words = [w for w in fold(name).split() if w not in HONORIFICS]
    key = " ".join(words)
    for before, after in _VOWELS:
        key = key.replace(before, after)
    return _DOUBLED.sub(r"\1", key)


def compact_key(name: str) -> str:
    """Letters and digits only, case kept: 'IS-KP' -> 'ISKP' (acronyms keep their capitals)."""
    return re.sub(r"[^0-9A-Za-z]", "", strip_accents(name or ""))


# Letters NFKD leaves whole, and what they are written as without diacritics.
_PLAIN_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ø": "o", "Ø": "O", "ħ": "h", "Ħ": "H",
     "ŧ": "t", "Ŧ": "T", "ŀ": "l", "Ŀ": "L", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th",
     "ß": "ss"}
)  # fmt: skip
# Spacing marks of transliteration (ayn, hamza, okina, primes, a lone acute accent): dropped like apostrophes.
_TRANSLITERATION_MARKS = re.compile("[\u02b0-\u02ff\u00b4\u2032\u2035]")


def ascii_spelling(name: str) -> str:
    """The name as written without any diacritics: 'Łódź' -> 'Lodz', 'Sanaʿa' -> 'Sanaa', 'Diyarbakır' -> 'Diyarbakir'.

    `fold` turns the letters NFKD cannot split into word breaks ('Łódź' -> 'odz'); places are
    looked up under both keys so that one spelling with such letters and one without meet.
    """
    return strip_accents(_TRANSLITERATION_MARKS.sub("", name or "")).translate(_PLAIN_LETTERS)


def place_keys(name: str) -> set[str]:
    """The keys a place name is looked up under: its `fold`, and the fold of its `ascii_spelling`."""
    return {fold(name), fold(ascii_spelling(name))} - {""}


def entity_names(entity: dict) -> list[str]:
    """The entity's name then its aliases, as written, without repeats (by folded form)."""
    seen: set[str] = set()
    names = []
    for name in [entity.get("name"), *(entity.get("aliases") or [])]:
        if isinstance(name, str) and fold(name) and fold(name) not in seen:
            seen.add(fold(name))
            names.append(name)
    return names


def _multiword(names: Iterable[str]) -> list[str]:
    """Names of two words or more once honorifics are dropped: single words name too many people."""
    return [n for n in names if len(spelling_key(n).split()) >= 2]


# ---------------------------------------------------------------- groups


def match_group(entity: dict, *, known: Mapping[int, Group] | None = None) -> Group | None:
    """By gazetteer id; else a group whose name or alias folds like the entity's name or an alias;
    else one whose name or alias is the same letters ("IS-KP" = "ISKP", "Daesh K" = "Daesh-K").

    Case-sensitive aliases (acronyms such as "IS") match only when written the same way.
    `known`: rows already loaded by id (persistence loads a document's in one query).
    """
    group = _by_id(Group, entity.get("gazetteer_id"), known)
    if group:
        return group
    names = entity_names(entity)
    folded = [fold(n) for n in names]
    if not folded:
        return None
    group = Group.objects.filter(name_folded__in=folded).order_by("-reviewed", "pk").first()
    if group:
        return group
    for alias in GroupAlias.objects.filter(name_folded__in=folded).select_related("group").order_by("pk"):
        if not alias.case_sensitive or alias.name in names:
            return alias.group
    return _group_by_compact_name(names)


def _group_by_compact_name(names: list[str]) -> Group | None:
    """Spelling variants of punctuation and spacing; only for names not found above (new to the database).

    A name on record written in capitals (an acronym) matches only with the same capitals
    ("TICR" is not "ticr"); others match whatever the case. One group must answer, else none.
    """
    exact = {compact_key(n) for n in names} - {""}
    folded = {key.casefold() for key in exact}
    if not exact:
        return None
    found = set()
    initials = Q(pk__in=[])  # only names that begin like one of these: fewer rows to compare
    for key in folded:
        initials |= Q(name_folded__startswith=key[0])
    rows = [
        *Group.objects.filter(initials).values_list("pk", "name"),
        *GroupAlias.objects.filter(initials).values_list("group_id", "name"),
    ]
    for pk, name in rows:
        key = compact_key(name)
        if key in exact or (not key.isupper() and key.casefold() in folded):
            found.add(pk)
    return Group.objects.get(pk=found.pop()) if len(found) == 1 else None


# ---------------------------------------------------------------- persons

PERSON_NAME_SAME = 2.0
PERSON_NAME_VARIANT = 1.5
PERSON_SECOND_NAME = 1.0
PERSON_LONG_NAME = 1.0
PERSON_GROUP_SAME = 2.0
PERSON_GROUP_RELATED = 1.0
PERSON_GROUP_DIFFERENT = -1.0
PERSON_COUNTRY_SAME = 1.0
PERSON_COUNTRY_DIFFERENT = -1.0
PERSON_TIME_CLOSE = 1.0
PERSON_TIME_DAYS = 90
PERSON_ORIGIN_SAME = 1.0
PERSON_ORIGIN_DIFFERENT = -2.0
PERSON_RESOLVE_AT = 3.0
MAX_PERSON_CANDIDATES = 500


@dataclass(frozen=True)
class PersonContext:
    """What the document says around a person: where, when, with whom."""

    countries: frozenset[str] = frozenset()
    dates: tuple[dt.date, ...] = ()
    groups: frozenset[int] = frozenset()  # affiliations, with their parent groups
    origin: str = ""


@dataclass(frozen=True)
class PersonFacts:
    """The same, of a person on record."""

    pk: int
    names: tuple[str, ...]
    countries: frozenset[str] = frozenset()
    dates: tuple[dt.date, ...] = ()
    groups: frozenset[int] = frozenset()
    group_family: frozenset[int] = frozenset()  # groups and their parents
    origin: str = ""


def person_context(
    entity: dict, document: dict, locations: Mapping[str, Location], groups: Mapping[str, Group]
) -> PersonContext:
    """The countries and dates of the document's incidents that name the person (else of all of them),
    and the groups the person is affiliated with."""
    key = entity.get("key")
    incidents = document.get("incidents") or []
    own = [i for i in incidents if any(isinstance(p, dict) and p.get("person") == key for p in i.get("persons") or [])]
    countries, dates = set(), []
    for incident in own or incidents:
        location = locations.get(incident.get("location"))
        if location is not None and location.country_code:
            countries.add(location.country_code)
        day = _day(incident.get("date"))
        if day:
            dates.append(day)
    if not dates:
        day = _day((document.get("source") or {}).get("published"))
        if day:
            dates.append(day)
    affiliated = [groups[a["group"]] for a in entity.get("affiliations") or [] if a.get("group") in groups]
    return PersonContext(
        countries=frozenset(countries),
        dates=tuple(dates),
        groups=frozenset(g.pk for g in affiliated) | frozenset(g.parent_id for g in affiliated if g.parent_id),
        origin=fold(entity.get("origin") or ""),
    )


def score_person(names: list[str], context: PersonContext, person: PersonFacts) -> tuple[float, list[str]]:
    """How strongly an incoming person (its names, its context) is `person`; with the reasons."""
    reasons = []
    theirs_folded = {fold(n) for n in person.names}
    theirs_keys = {spelling_key(n) for n in person.names}
    same = [n for n in names if fold(n) in theirs_folded]
    variants = [n for n in names if fold(n) not in theirs_folded and spelling_key(n) in theirs_keys]
    named = _multiword(same + variants)
    if not named:
        return 0.0, []  # never on a single word, never without a shared name
    score = PERSON_NAME_SAME if _multiword(same) else PERSON_NAME_VARIANT
    reasons.append(f"name {named[0]!r}")
    if len(same) + len(variants) >= 2:
        score += PERSON_SECOND_NAME
        reasons.append("a second shared name")
    if max(len(fold(n).split()) for n in named) >= 3:
        score += PERSON_LONG_NAME
    if context.groups and person.group_family:
        if context.groups & person.groups:
            score += PERSON_GROUP_SAME
            reasons.append("same group")
        elif context.groups & person.group_family:
            score += PERSON_GROUP_RELATED
            reasons.append("related group")
        else:
            score += PERSON_GROUP_DIFFERENT
    if context.countries and person.countries:
        if context.countries & person.countries:
            score += PERSON_COUNTRY_SAME
            reasons.append("same country")
        else:
            score += PERSON_COUNTRY_DIFFERENT
    if any(abs((a - b).days) <= PERSON_TIME_DAYS for a in context.dates for b in person.dates):
        score += PERSON_TIME_CLOSE
        reasons.append("close in time")
    if context.origin and person.origin:
        if context.origin == person.origin:
            score += PERSON_ORIGIN_SAME
        else:
            score += PERSON_ORIGIN_DIFFERENT
    return score, reasons


def match_person(entity: dict, context: PersonContext | None = None) -> Person | None:
    """The person on record this one is, or None to create a new one (see the module's rules)."""
    names = entity_names(entity)
    wanted = _multiword(names)
    if not wanted:
        return None
    context = context or PersonContext()
    ids = _persons_named(wanted) | _persons_spelled_like(wanted, context)
    if not ids:
        return None
    scored = sorted(((score_person(names, context, facts)[0], facts.pk) for facts in person_facts(ids)), reverse=True)
    best, pk = scored[0]
    if best < PERSON_RESOLVE_AT or (len(scored) > 1 and scored[1][0] == best):
        return None  # not enough evidence, or two namesakes equally likely
    return Person.objects.get(pk=pk)


def _persons_named(names: list[str]) -> set[int]:
    folded = {fold(n) for n in names} | {" ".join(w for w in fold(n).split() if w not in HONORIFICS) for n in names}
    ids = set(Person.objects.filter(name_folded__in=folded).values_list("pk", flat=True))
    ids |= set(PersonAlias.objects.filter(name_folded__in=folded).values_list("person_id", flat=True))
    return ids


def _persons_spelled_like(names: list[str], context: PersonContext) -> set[int]:
    """Persons seen around the same events (same groups; same countries within the time window)
    whose names are spelling variants of these. Found through indexed links, not by scanning names."""
    ids = set()
    if context.groups:
        members = Affiliation.objects.filter(group_id__in=context.groups).values_list("person_id", flat=True)
        ids |= set(members.distinct()[:MAX_PERSON_CANDIDATES])
    if context.countries and context.dates:
        days = dt.timedelta(days=PERSON_TIME_DAYS)
        seen = IncidentPerson.objects.filter(
            incident__location__country_code__in=context.countries,
            incident__date_start__gte=min(context.dates) - days,
            incident__date_start__lte=max(context.dates) + days,
        ).values_list("person_id", flat=True)
        # Rows, not DISTINCT persons: a LIMIT on DISTINCT first reads every link in the window
        # (at 1,000,000 incidents 263 ms for a seed article's two countries), this one stops early.
        ids |= set(seen[: MAX_PERSON_CANDIDATES * 2])
    if not ids:
        return set()
    keys = {spelling_key(n) for n in names}
    found = set()
    for pk, name in Person.objects.filter(pk__in=ids).values_list("pk", "name"):
        if spelling_key(name) in keys:
            found.add(pk)
    for pk, name in PersonAlias.objects.filter(person_id__in=ids).values_list("person_id", "name"):
        if spelling_key(name) in keys:
            found.add(pk)
    return found


def person_facts(ids: Iterable[int]) -> list[PersonFacts]:
    """Names, groups, countries and dates of these persons, in four queries."""
    ids = sorted(set(ids))
    names: dict[int, list[str]] = {pk: [] for pk in ids}
    origins = {}
    for pk, name, origin in Person.objects.filter(pk__in=ids).values_list("pk", "name", "origin"):
        names[pk].append(name)
        origins[pk] = fold(origin)
    for pk, name in PersonAlias.objects.filter(person_id__in=ids).values_list("person_id", "name"):
        names[pk].append(name)
    groups: dict[int, set[int]] = {pk: set() for pk in ids}
    family: dict[int, set[int]] = {pk: set() for pk in ids}
    for pk, group_id, parent_id in Affiliation.objects.filter(person_id__in=ids).values_list(
        "person_id", "group_id", "group__parent_id"
    ):
        groups[pk].add(group_id)
        family[pk] |= {group_id, parent_id} - {None}
    countries: dict[int, set[str]] = {pk: set() for pk in ids}
    dates: dict[int, list[dt.date]] = {pk: [] for pk in ids}
    for pk, country, day in IncidentPerson.objects.filter(person_id__in=ids).values_list(
        "person_id", "incident__location__country_code", "incident__date_start"
    ):
        if country:
            countries[pk].add(country)
        if day:
            dates[pk].append(day)
    return [
        PersonFacts(
            pk=pk,
            names=tuple(names[pk]),
            countries=frozenset(countries[pk]),
            dates=tuple(dates[pk]),
            groups=frozenset(groups[pk]),
            group_family=frozenset(family[pk]),
            origin=origins.get(pk, ""),
        )
        for pk in ids
        if names[pk]
    ]


# ---------------------------------------------------------------- locations


def match_location(
    entity: dict, *, parent: Location | None = None, known: Mapping[int, Location] | None = None
) -> Location | None:
    """A gazetteer row by id; else a place added earlier under the same name and parent; else, for a
    town or region, one added earlier under the same name in the same first-level division.

    Sites outside the gazetteer are matched only within their parent, so "Central Market" in
    two cities stays two places. A town or region is a name of its own: two reports that hang it
    under different places of one province (the town it is near, the district, the province
    itself) name one place, and two records of it would keep their incidents apart.
    """
    location = _by_id(Location, entity.get("gazetteer_id"), known)
    if location:
        return location
    keys = place_keys(entity.get("name") or "")
    if not keys:
        return None
    if parent is None and not entity.get("country"):
        return None
    scope = Q(parent=parent) if parent is not None else Q(parent__isnull=True, country_code=entity["country"])
    named = Q(name_folded__in=keys) | Q(alternate_names__name_folded__in=keys)
    found = Location.objects.filter(scope & named).order_by("pk").first()
    if found is None and entity.get("kind") in NAMED_PLACE_KINDS:
        found = _named_place_in_division(entity, named, parent)
    return found


# Kinds of place outside the gazetteer matched by name within a first-level division (not sites).
NAMED_PLACE_KINDS = frozenset((LocationKind.CITY, LocationKind.REGION))


def _named_place_in_division(entity: dict, named: Q, parent: Location | None) -> Location | None:
    """An extracted place of this name and kind in the same country and first-level division
    (a division unknown on either side does not count against); only when exactly one answers."""
    country = (entity.get("country") or (parent.country_code if parent else "") or "").upper()
    if not country:
        return None
    rows = list(
        Location.objects.filter(named, kind=entity["kind"], country_code=country, geonames_id__isnull=True)
        .order_by("pk")
        .distinct()[:MAX_SAME_NAME_PLACES]
    )
    if not rows:
        return None
    division = _division(parent.pk) if parent is not None else None
    found = [row for row in rows if division is None or _division(row.parent_id) in (None, division)]
    return found[0] if len(found) == 1 else None


MAX_SAME_NAME_PLACES = 20


def finer_parent(location: Location, parent: Location | None) -> bool:
    """Whether a report hangs an extracted place under a parent inside the one on record (the district
    rather than the province): the record then moves down to it, so its coordinates stop being the
    province's and a nearby incident of another report is measured as near."""
    if parent is None or location.geonames_id is not None or location.provenance != Origin.EXTRACTED:
        return False
    if location.parent_id in (None, parent.pk):
        return False
    if location.kind in NAMED_PLACE_KINDS and parent.kind == LocationKind.CITY:
        return False  # a town "near" a city is not in it: only a division is a finer container
    above = [place.pk for place in _place_chains({parent.pk}).get(parent.pk, ())]
    return location.parent_id in above and location.pk not in above


def _division(location_id: int | None) -> int | None:
    """The first-level division a place is in (itself if it is one), or None."""
    for place in _place_chains({location_id}).get(location_id, ()) if location_id else ():
        if place.kind == LocationKind.ADMIN1:
            return place.pk
    return None


def place_spellings(name: str, kind: str = "") -> list[str]:
    """Spellings to store as alternate names of a new place so later reports find it under them:
    the name without diacritics when that has another key ('Sanaʿa' -> ['Sanaa']); for a site, also without
    its articles ('Al-Noor Mosque' -> ['Noor Mosque']: `_site_name_keys`)."""
    plain = ascii_spelling(name).strip()
    spellings = [plain] if fold(plain) and fold(plain) != fold(name) else []
    if kind == LocationKind.SITE:
        bare = _without_articles(plain)
        if len(bare.split()) > 1 and fold(bare) not in {fold(name), fold(plain)}:  # never one bare word
            spellings.append(bare)
    return spellings


# ---------------------------------------------------------------- incidents: same source, re-ingested


def match_incident(
    entity: dict,
    *,
    source: Source,
    location: Location | None = None,
    groups: Mapping[str, Group] | None = None,
    candidates: list[Incident] | tuple = (),
) -> Incident | None:
    """On a re-ingest of `source`: the incident of `source` kept on record that this extracted one is.

    `candidates` are the incidents of `source` that were kept (an analyst reviewed
    or edited them, or other sources report them too). The best candidate shares
    the type and place (the analyst may have fixed either, so the extraction key
    of the same source is a fallback). Matching against other sources' incidents
    is `incident_match`, once the incident is written.
    """
    best, best_score = None, 0
    for incident in candidates:
        link = next((s for s in incident.source_links.all() if s.source_id == source.pk), None)
        score = 0
        if incident.type == entity.get("type"):
            score += 2
        if location is not None and incident.location_id == location.pk:
            score += 2
        if link is not None and link.extraction_key and link.extraction_key == entity.get("key"):
            score += 1
        if (incident.date_text or "") == (entity.get("date_text") or ""):
            score += 1
        if score >= 3 and score > best_score:
            best, best_score = incident, score
    return best


# ---------------------------------------------------------------- incidents: across sources

TYPE_CLASS = {
    IncidentType.BOMBING: "explosion",
    IncidentType.SUICIDE_BOMBING: "explosion",
    IncidentType.AIR_OR_DRONE_STRIKE: "strike",
    IncidentType.ARMED_CLASH: "fight",
    IncidentType.ARREST_OR_RAID: "fight",
    IncidentType.TARGETED_KILLING: "killing",
    IncidentType.ATTACK_ON_CIVILIANS: "killing",
    IncidentType.OTHER_VIOLENCE: "killing",
    IncidentType.ABDUCTION: "abduction",
}  # non-violent developments are not events to merge
# One complex attack (a blast, then gunmen storming the site) is typed by what each report leads with: a bombing
# in one, a clash or an attack on civilians in the other. These types of different classes are compared, at a cost,
# only when both reports date the event to the same day or the next (`cross_class_allowed`).
COMPLEX_ATTACK_TYPES = frozenset(
    (IncidentType.BOMBING, IncidentType.SUICIDE_BOMBING, IncidentType.ARMED_CLASH, IncidentType.ATTACK_ON_CIVILIANS,
     IncidentType.TARGETED_KILLING)
)  # fmt: skip
INCIDENT_TYPE_OTHER_CLASS = -1.0
CROSS_CLASS_MIN_DATE = 1.5  # the same day, or a day apart, both dated to the day
DATE_WINDOW_DAYS = 3
NEARBY_KM = 25
MAX_CANDIDATES = 200

INCIDENT_PLACE_SAME = 2.0
INCIDENT_PLACE_NESTED = {
    LocationKind.SITE: 1.5,
    LocationKind.CITY: 1.5,
    LocationKind.ADMIN2: 1.5,
    LocationKind.ADMIN1: 0.5,
    LocationKind.REGION: 0.5,
    LocationKind.COUNTRY: 0.0,
}  # by the kind of the wider place: a place inside another is near it, a whole country is no evidence
INCIDENT_PLACE_NEARBY = 1.0
INCIDENT_DAY_GAP = {0: 2.0, 1: 1.5, 2: 0.5, 3: 0.5}  # both dated to the day: days apart -> points
INCIDENT_COARSE_DATE = {DatePrecision.WEEK: 0.5, DatePrecision.MONTH: 0.0, DatePrecision.YEAR: -1.0}
# A coarse date that contains the other (a day of that month): evidence for, except a whole year.
# A year that contains the day says nothing either way (a background "the 2017 bombing" of the same event).
INCIDENT_COARSE_DATE_INSIDE = {DatePrecision.WEEK: 1.0, DatePrecision.MONTH: 0.5, DatePrecision.YEAR: 0.0}
INCIDENT_UNDATED = 0.0  # an undated report says nothing about the date: neither for nor against
# An undated report's only date words are a weekday ("on Sunday") and the other report's day is that weekday.
INCIDENT_WEEKDAY_AGREES = 1.0
# Its weekday is the day before or after the other's day: an event across midnight, a "yesterday" read against a page
# day that is not the day of writing. Weaker: three weekdays of seven fit.
INCIDENT_WEEKDAY_NEXT_TO = 0.5
UNDATED_LOOKBACK_DAYS = 31  # an undated report is looked for among events of the month before its publication
INCIDENT_TYPE_SAME = 0.5
# Types one report may tell more finely than another: whether a bomber blew himself up is often told by only one.
ONE_KIND_OF_EVENT = (frozenset((IncidentType.BOMBING, IncidentType.SUICIDE_BOMBING)),)
INCIDENT_PERSON_SHARED = 2.0
INCIDENT_PERSONS_MAX = 4.0
INCIDENT_PERPETRATOR_SAME = 2.0
INCIDENT_PERPETRATOR_RELATED = 1.0
INCIDENT_PERPETRATOR_CONFLICT = -3.0
INCIDENT_TARGET_SHARED = 1.0
INCIDENT_TOLL_SAME = 1.0
INCIDENT_TOLL_SAME_LARGE = 2.0  # the same toll of ten or more: few events in one place and week share it
LARGE_TOLL = 10
INCIDENT_TOLL_CLOSE = 0.5
INCIDENT_TOLL_ROSE = 0.0
TOLL_ROSE_AT_MOST = 5  # a later toll up to five times the earlier one; any rise after a first day's report
FIRST_REPORT_DAYS = 1  # a report published on the day of the event or the next: its toll is a first count
INCIDENT_TOLL_APART = -2.0
INCIDENT_MERGE_AT = 6.0
# The same day at one town or a site in it: a lower bar (see the module's docstring). On the real-news pairs, four
# more of 31 pairs merged and no other two articles came within it (scripts/measure_real_pairs.py, issue 12).
INCIDENT_MERGE_IN_TOWN_AT = 4.5
TOWN_OR_FINER = frozenset((LocationKind.CITY, LocationKind.SITE))
INCIDENT_FLAG_AT = 4.0
# On the full bar, a report with neither a date nor a publication day merges only at the same place or one inside a
# town, district or site: what ties it to the event must be its actors and toll, not the calendar. The lower bars
# that take it ask what stands in for the calendar (its own day words, a named group or toll at one site: `verdict`).
TIMELESS_MERGE_MIN_PLACE = 1.5

MERGE, FLAG = "merge", "flag"
PRECISION_RANK = {DatePrecision.DAY: 3, DatePrecision.WEEK: 2, DatePrecision.MONTH: 1, DatePrecision.YEAR: 0}


@dataclass(frozen=True)
class Place:
    pk: int
    name: str
    kind: str
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class IncidentFacts:
    """What matching compares of an incident, as plain values."""

    pk: int
    type: str
    start: dt.date | None
    end: dt.date | None
    precision: str
    places: tuple[Place, ...] = ()  # its place, then the places above it
    perpetrators: frozenset[int] = frozenset()
    perpetrator_family: frozenset[int] = frozenset()  # perpetrators and their parent groups
    described_only: frozenset[int] = frozenset()  # perpetrators that are an extracted description, not a name
    targets: frozenset[int] = frozenset()
    persons: frozenset[int] = frozenset()
    person_names: Mapping[int, str] = field(default_factory=dict)
    fatalities: int | None = None
    first_published: dt.date | None = None
    protected: bool = False
    date_text: str = ""  # the date's words: for an undated incident, maybe a date without its year


@dataclass
class Evidence:
    """A pair's score, its place and date parts, and the reasons in words."""

    score: float = 0.0
    place: float = 0.0
    date: float = 0.0
    undated: bool = False  # one side has no date: the merge rule asks no date evidence
    in_one_town: bool = False  # the place both are at is a town or a site, not a district, province or country
    timeless: bool = False  # one side has neither a date nor a publication day: no calendar ties it to the event
    at_one_site: bool = False  # the place both are at is a named site, not a town or wider
    day_told_agrees: bool = False  # an undated report's own day words (a weekday, a day without its year) agree
    # ... or they are the other's day or a day from it (an exact agreement included)
    day_told_within_a_day: bool = False
    # ... or its weekday told alone falls two days or more from the other's day: the undated report says another day
    day_told_against: bool = False
    same_named_doers: bool = False  # both reports name one perpetrator group by its name, not a description
    large_tolls_agree: bool = False  # both give a toll of ten or more, the same or close
    same_large_toll: bool = False  # both give the same toll of ten or more
    same_toll: bool = False  # both give the same toll, of one or more
    same_toll_of_several: bool = False  # ... of two or more
    division: Place | None = None  # the district or province both are at, one (or both) placed no finer
    same_type: bool = False  # the same type, or one kind of event told more finely by one report
    date_contains: bool = False  # both dated, one only to a week, month or year that holds the other's (finer) date
    reasons: list[str] = field(default_factory=list)

    def add(self, points: float, reason: str = "") -> None:
        self.score += points
        if reason:
            self.reasons.append(reason)


@dataclass(frozen=True)
class IncidentMatch:
    """What to do with a new incident: merge it with `other`, or flag it as a possible duplicate of `other`."""

    verdict: str
    other: Incident
    score: float
    reason: str


def score_incidents(new: IncidentFacts, old: IncidentFacts) -> Evidence | None:
    """How strongly two incidents are one event; None when they cannot be (see the module's weights)."""
    if TYPE_CLASS.get(new.type) is None or TYPE_CLASS.get(old.type) is None:
        return None
    same_class = TYPE_CLASS[new.type] == TYPE_CLASS[old.type]
    if not same_class and not cross_class_allowed(new.type, old.type):
        return None
    evidence = Evidence()
    for part in (place_evidence, date_evidence):
        points, reason = part(new, old)
        if points is None:
            return None
        evidence.add(points, reason)
        setattr(evidence, "place" if part is place_evidence else "date", points)
    shared = shared_place(new, old)
    # Two unlisted sites of one town named alike are the same place without a record for it (place_evidence).
    evidence.in_one_town = (
        shared.kind in TOWN_OR_FINER if shared else evidence.place >= INCIDENT_PLACE_SAME
    ) or _in_one_town(new.places, old.places)
    evidence.division = shared if shared is not None and shared.kind in ADMIN_KINDS else None
    evidence.at_one_site = (
        shared.kind == LocationKind.SITE
        if shared
        else evidence.place >= INCIDENT_PLACE_SAME and new.places[0].kind == old.places[0].kind == LocationKind.SITE
    )
    evidence.date_contains = _coarse_date_contains(new, old)
    evidence.day_told_agrees = not (_dated(new) and _dated(old)) and evidence.date >= INCIDENT_WEEKDAY_AGREES
    evidence.day_told_within_a_day = not (_dated(new) and _dated(old)) and evidence.date > 0
    told = _weekday_told_alone(new, old)
    evidence.day_told_against = told is not None and told[1] >= 2
    # A weekday a day off is too weak to count as a date for the rules that ask one: still undated for them.
    evidence.undated = not (_dated(new) and _dated(old)) and not evidence.day_told_agrees
    evidence.same_named_doers = bool((new.perpetrators - new.described_only) & (old.perpetrators - old.described_only))
    partial = yearless_match(new, old)
    evidence.timeless = any(not _dated(f) and f.first_published is None for f in (new, old)) and not (
        partial and partial[2]
    )
    evidence.same_type = new.type == old.type or {new.type, old.type} in ONE_KIND_OF_EVENT
    if new.type == old.type:
        evidence.add(INCIDENT_TYPE_SAME, f"both {new.type.replace('_', ' ')}")
    elif {new.type, old.type} in ONE_KIND_OF_EVENT:
        evidence.add(INCIDENT_TYPE_SAME, f"a {new.type.replace('_', ' ')} and a {old.type.replace('_', ' ')}")
    elif not same_class:
        if not (_dated(new) and _dated(old)) or evidence.date < CROSS_CLASS_MIN_DATE:
            return None
        evidence.add(INCIDENT_TYPE_OTHER_CLASS, f"{new.type.replace('_', ' ')} and {old.type.replace('_', ' ')}")
    for part in (person_evidence, group_evidence):
        evidence.add(*part(new, old))
    toll, reason = toll_evidence(new, old)
    evidence.add(toll, reason)
    evidence.same_large_toll = toll >= INCIDENT_TOLL_SAME_LARGE
    evidence.same_toll = bool(new.fatalities) and new.fatalities == old.fatalities
    evidence.same_toll_of_several = evidence.same_toll and new.fatalities >= 2
    evidence.large_tolls_agree = toll > 0 and min(new.fatalities, old.fatalities) >= LARGE_TOLL
    return evidence


def cross_class_allowed(a: str, b: str) -> bool:
    """Whether two types of different classes may be one complex attack (see `COMPLEX_ATTACK_TYPES`)."""
    return a in COMPLEX_ATTACK_TYPES and b in COMPLEX_ATTACK_TYPES


def _coarse_date_contains(a: IncidentFacts, b: IncidentFacts) -> bool:
    """Both dated, one to a coarser precision (a week, month or year) whose span holds the other's finer date (a
    day, or a week or month inside a month or year). `date_evidence` scores it; `verdict` asks it at one site."""
    if not (_dated(a) and _dated(b)):
        return False
    coarse, fine = sorted((a, b), key=lambda f: PRECISION_RANK.get(f.precision, 0))
    return (
        PRECISION_RANK.get(fine.precision, 0) > PRECISION_RANK.get(coarse.precision, 0)
        and coarse.start <= fine.start
        and fine.end <= coarse.end
    )


def shared_place(a: IncidentFacts, b: IncidentFacts) -> Place | None:
    """The place both incidents are at: the same record, or the wider one when one is inside the other."""
    if not a.places or not b.places:
        return None
    for inner, outer in ((a, b), (b, a)):
        if outer.places[0].pk in {p.pk for p in inner.places}:
            return outer.places[0]
    return None


# Kinds of place that lie inside a town when a town is above them: its sites, and its quarters (a named region
# hung under a town).
INSIDE_A_TOWN = frozenset((LocationKind.SITE, LocationKind.REGION))


def town_of(chain: tuple[Place, ...]) -> Place | None:
    """The town a place is in (itself for a town): the first town above it through sites and quarters only, so a
    district or province between them (a place merely in the town's province) gives none."""
    for place in chain:
        if place.kind == LocationKind.CITY:
            return place
        if place.kind not in INSIDE_A_TOWN:
            return None
    return None


def _in_one_town(a: tuple[Place, ...], b: tuple[Place, ...]) -> bool:
    """Both places lie in one town: two sites or quarters of it, neither inside the other ("the university" and
    "the university's gym" of one town, a quarter and a street of it). A site in a town is near another of its
    sites, so the same-day rule for one town holds for them as for the town and a site in it."""
    here, there = town_of(a), town_of(b)
    return here is not None and there is not None and here.pk == there.pk


def place_evidence(a: IncidentFacts, b: IncidentFacts) -> tuple[float | None, str]:
    if not a.places or not b.places:
        return None, ""
    here, there = a.places[0], b.places[0]
    if here.pk == there.pk:
        return INCIDENT_PLACE_SAME, f"same place {here.name}"
    shared = shared_place(a, b)
    if shared is not None:
        inner = there if shared.pk == here.pk else here
        return INCIDENT_PLACE_NESTED.get(shared.kind, 0.0), f"{inner.name} is in {shared.name}"
    if _one_site_placed_less_finely(a.places, b.places):
        return INCIDENT_PLACE_SAME, f"{here.name} is one site, placed less finely by one report"
    km = _distance_km(here, there)
    if _one_site_named_in_another_order(a.places, b.places) and (km is None or km <= NEARBY_KM):
        return INCIDENT_PLACE_SAME, f"{here.name} and {there.name} name one site"
    if km is not None and km <= NEARBY_KM:
        return INCIDENT_PLACE_NEARBY, f"{here.name} and {there.name} are {km:.0f} km apart"
    if km is None and _same_name_same_country(a.places, b.places):
        return INCIDENT_PLACE_NEARBY, f"{here.name} and {there.name} are one name in one country"
    if km is None and _sites_of_one_town(a.places, b.places):
        if _one_name_begins_the_other(here.name, there.name):
            return INCIDENT_PLACE_SAME, f"{here.name} and {there.name} name one site of {a.places[1].name}"
        return INCIDENT_PLACE_NEARBY, f"{here.name} and {there.name} are both in {a.places[1].name}"
    return None, ""


def _one_site_placed_less_finely(a: tuple[Place, ...], b: tuple[Place, ...]) -> bool:
    """Two records of one named site, one hung under a place the other's chain passes through ("the Chinese
    Embassy" under the country in one report, under its city in the other). Checked before distances: a site
    the gazetteer lacks takes its parent's coordinates, so the coarser record sits at the country's centre."""
    coarse, fine = sorted((a, b), key=len)
    return (
        len(coarse) > 1
        and coarse[0].kind == fine[0].kind == LocationKind.SITE
        and bool(_site_name_keys(coarse[0].name) & _site_name_keys(fine[0].name))
        and {p.pk for p in coarse[1:]} <= {p.pk for p in fine[1:]}
    )


# Articles that one transliteration writes before a name and another leaves out ("Al-Imam Al-Sadiq Mosque").
_NAME_ARTICLES = frozenset(("al", "el", "the"))


def _without_articles(name: str) -> str:
    """The name's words less its articles ("the Al-Noor Mosque" -> "Noor Mosque")."""
    return " ".join(w for w in re.split(r"[\s-]+", name) if fold(w) not in _NAME_ARTICLES)


def _site_name_keys(name: str) -> set[str]:
    """A site's `place_keys`, and the same without articles: one report writes "the Al-Noor Mosque", another
    "Noor Mosque"."""
    keys = place_keys(name)
    return keys | {_without_articles(key) for key in keys} - {""}


def _one_site_named_in_another_order(a: tuple[Place, ...], b: tuple[Place, ...]) -> bool:
    """Two sites named by the same words in another order, in one country: a road or a line named after the two
    places it joins is written from either end ("the Lakeport-Brindle highway", "the Brindle-Lakeport highway")."""
    here, there = a[0], b[0]
    countries = [next((p.pk for p in chain if p.kind == LocationKind.COUNTRY), None) for chain in (a, b)]
    return (
        here.kind == there.kind == LocationKind.SITE
        and countries[0] is not None
        and countries[0] == countries[1]
        and _word_set(here.name) == _word_set(there.name)
    )


def _word_set(name: str) -> list[str]:
    return sorted(fold(ascii_spelling(name)).split())


def _one_name_begins_the_other(a: str, b: str) -> bool:
    """ "Kelmar" and "Kelmar Market": one report names the site by its first words only."""
    short, long = sorted((fold(a).split(), fold(b).split()), key=len)
    return bool(short) and long[: len(short)] == short


def _sites_of_one_town(a: tuple[Place, ...], b: tuple[Place, ...]) -> bool:
    """Two places without coordinates (sites or quarters the gazetteer lacks) hung under the same town: as near
    as NEARBY_KM, which a distance would have said had they coordinates. One report's "the airport" and another's
    "the airport's terminal" would otherwise stay apart."""
    return (
        len(a) > 1
        and len(b) > 1
        and a[1].pk == b[1].pk
        and a[1].kind == LocationKind.CITY
        and None in (a[0].lat, a[0].lon)
        and None in (b[0].lat, b[0].lon)
    )


def _same_name_same_country(a: tuple[Place, ...], b: tuple[Place, ...]) -> bool:
    """Two records of one place: the same name without diacritics, of the same kind, in the same country
    (known on both sides). Only asked when a distance cannot be measured."""
    here, there = a[0], b[0]
    countries = [next((p.pk for p in chain if p.kind == LocationKind.COUNTRY), None) for chain in (a, b)]
    return (
        here.kind == there.kind
        and None not in countries
        and countries[0] == countries[1]
        and bool(place_keys(here.name) & place_keys(there.name))
    )


def date_evidence(a: IncidentFacts, b: IncidentFacts) -> tuple[float | None, str]:
    if not (_dated(a) and _dated(b)):
        partial = yearless_match(a, b)
        if partial is None:
            weekday = weekday_agrees(a, b)
            if weekday:
                return INCIDENT_WEEKDAY_AGREES, f"told on a {weekday}, the weekday of the other report's day"
            weekday = weekday_next_to(a, b)
            if weekday:
                return INCIDENT_WEEKDAY_NEXT_TO, f"told on a {weekday}, a day from the other report's day"
            return INCIDENT_UNDATED, "one report undated"
        gap, day, weekday = partial
        if gap is None or gap > YEARLESS_DAY_GAP:
            return None, ""
        told = f"{day:%B} {day.day}" + (f", a {day:%A}" if weekday else "")
        return INCIDENT_DAY_GAP[gap], f"{told} without a year, {gap} day(s) from the other report's date"
    gap = max(0, (max(a.start, b.start) - min(a.end, b.end)).days)
    if gap > DATE_WINDOW_DAYS:
        return None, ""
    if a.precision == b.precision == DatePrecision.DAY:
        if gap == 1 and _dated_by_publication(max((a, b), key=lambda f: f.start)):
            later = max(a.start, b.start).isoformat()
            return INCIDENT_DAY_GAP[0], f"{later} is only the day one report was published: the day before fits"
        points = INCIDENT_DAY_GAP[gap]
        return points, ("same day " + a.start.isoformat()) if gap == 0 else f"dates {gap} day(s) apart"
    coarse, fine = sorted((a, b), key=lambda f: PRECISION_RANK.get(f.precision, 0))
    if _coarse_date_contains(a, b):  # two months alike are no evidence
        points = INCIDENT_COARSE_DATE_INSIDE.get(coarse.precision, -1.0)
        return points, f"{fine.start.isoformat()} within the {coarse.precision} of {coarse.start.isoformat()}"
    return INCIDENT_COARSE_DATE.get(coarse.precision, -1.0), f"dates compatible ({coarse.precision} precision)"


def _dated(facts: IncidentFacts) -> bool:
    return bool(facts.start and facts.end)


def _dated_by_publication(facts: IncidentFacts) -> bool:
    """Dated to its report's publication day for want of any date words (the extractor's fallback): a story
    often tells the day before's event, so that day is as likely as the one on record."""
    return not facts.date_text and facts.precision == DatePrecision.DAY and facts.start == facts.first_published


YEARLESS_DAY_GAP = 1  # a date without its year is compared with a day-dated report: the same day or the next


def yearless_match(a: IncidentFacts, b: IncidentFacts) -> tuple[int | None, dt.date, bool] | None:
    """When one of two incidents is undated but its words give a day without a year ("on Tuesday November 21")
    and the other is dated to the day: (days between them, the day in the other's year, whether the weekday
    was told and agrees), with a gap of None when the weekday told disagrees (another year). Else None.

    The other report supplies the year, so the undated one is no longer "timeless" when its weekday agrees: a
    day of the month and a weekday together recur only every five to eleven years.
    """
    undated, dated = (a, b) if not _dated(a) else (b, a)
    if _dated(undated) or not _dated(dated) or dated.precision != DatePrecision.DAY:
        return None
    told = yearless_date(undated.date_text)
    if told is None:
        return None
    month, day, weekday = told
    days = []
    for year in (dated.start.year - 1, dated.start.year, dated.start.year + 1):  # across New Year
        try:
            days.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not days:
        return None
    nearest = min(days, key=lambda d: abs((d - dated.start).days))
    if weekday is not None and nearest.weekday() != weekday:
        return None, nearest, False
    return abs((nearest - dated.start).days), nearest, weekday is not None


# "on Sunday", "late Tuesday", "Saturday morning": a weekday told alone (a page without its publication day).
_WEEKDAY_ALONE = re.compile(
    rf"(?:(?:on|late|early|last|this)\s+)*(?P<weekday>{'|'.join(WEEKDAYS)})(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)


def weekday_agrees(a: IncidentFacts, b: IncidentFacts) -> str | None:
    """The weekday an undated report tells alone, when the other report's day (dated to the day) is that weekday.

    Weaker than a date: the week and year stay unknown, so it counts for the date but does not make a
    report without a publication day any less timeless.
    """
    told = _weekday_told_alone(a, b)
    return told[0] if told and told[1] == 0 else None


def weekday_next_to(a: IncidentFacts, b: IncidentFacts) -> str | None:
    """The weekday an undated report tells alone, when it is the day before or after the other report's day.

    One event told a day apart by two reports: an attack begun late in the evening and ended after midnight (a
    siege), or a "yesterday" resolved against a page's day that is not the day it was written.
    """
    told = _weekday_told_alone(a, b)
    return told[0] if told and told[1] == 1 else None


def _weekday_told_alone(a: IncidentFacts, b: IncidentFacts) -> tuple[str, int] | None:
    """(the weekday an undated report tells alone, days between it and the other report's weekday: 0 to 3), when
    the other is dated to the day."""
    undated, dated = (a, b) if not _dated(a) else (b, a)
    if _dated(undated) or not _dated(dated) or dated.precision != DatePrecision.DAY:
        return None
    told = _WEEKDAY_ALONE.fullmatch(undated.date_text.strip())
    if told is None:
        return None
    apart = (WEEKDAYS[told.group("weekday").lower()] - dated.start.weekday()) % 7
    return told.group("weekday").capitalize(), min(apart, 7 - apart)


def person_evidence(a: IncidentFacts, b: IncidentFacts) -> tuple[float, str]:
    shared = sorted(a.persons & b.persons)
    if not shared:
        return 0.0, ""
    names = ", ".join(a.person_names.get(pk, str(pk)) for pk in shared)
    return min(INCIDENT_PERSONS_MAX, INCIDENT_PERSON_SHARED * len(shared)), f"shared persons: {names}"


def group_evidence(a: IncidentFacts, b: IncidentFacts) -> tuple[float, str]:
    points, reasons = 0.0, []
    if a.perpetrators and b.perpetrators:
        if a.perpetrators & b.perpetrators:
            points, reasons = INCIDENT_PERPETRATOR_SAME, ["same perpetrator"]
        elif a.perpetrator_family & b.perpetrator_family:
            points, reasons = INCIDENT_PERPETRATOR_RELATED, ["related perpetrators"]
        elif a.perpetrators - a.described_only and b.perpetrators - b.described_only:
            points, reasons = INCIDENT_PERPETRATOR_CONFLICT, ["different perpetrators"]
    if a.targets & b.targets:
        points += INCIDENT_TARGET_SHARED
        reasons.append("same target group")
    return points, "; ".join(reasons)


def toll_evidence(a: IncidentFacts, b: IncidentFacts) -> tuple[float, str]:
    if a.fatalities is None or b.fatalities is None:
        return 0.0, ""
    low, high = sorted((a.fatalities, b.fatalities))
    if low == high:
        return INCIDENT_TOLL_SAME_LARGE if low >= LARGE_TOLL else INCIDENT_TOLL_SAME, f"same toll {low}"
    if high - low <= 3 or low * 2 >= high:
        return INCIDENT_TOLL_CLOSE, f"tolls {low} and {high} close"
    earlier, later = sorted((a, b), key=lambda f: (f.first_published or dt.date.max, f.pk))
    if (a.first_published or dt.date.max) == (b.first_published or dt.date.max):
        # Published the same day (or neither day known): which count came later is unknown, and the order the
        # reports were ingested in must not decide it; the lower is taken as the earlier count.
        earlier, later = sorted((a, b), key=lambda f: f.fatalities)
    if later.fatalities == high and (low * TOLL_ROSE_AT_MOST >= high or _first_report(earlier)):
        return INCIDENT_TOLL_ROSE, f"toll rose from {earlier.fatalities} to {later.fatalities}"
    return INCIDENT_TOLL_APART, f"tolls {low} and {high} far apart"


def _first_report(facts: IncidentFacts) -> bool:
    """Published on the event's day or the next: its toll is a first count, which later counts often multiply."""
    return bool(facts.first_published and facts.start) and (
        0 <= (facts.first_published - facts.start).days <= FIRST_REPORT_DAYS
    )


def verdict(evidence: Evidence | None, *, alone: bool = False, alone_in_division: bool = False) -> str | None:
    """MERGE, FLAG or None for a scored pair; `alone`: the two are the only events of their class on record at
    their place (`alone_at_place`), which `undated_alone_at_one_place` asks; `alone_in_division`: the same anywhere in
    the district or province they share (`alone_in_division`), which `alone_in_one_division_would_tie` asks."""
    if evidence is None:
        return None
    if alone and undated_alone_at_one_place(evidence):
        return MERGE
    if alone_in_division and alone_in_one_division_would_tie(evidence):
        return MERGE
    if (
        evidence.score >= INCIDENT_MERGE_AT
        and evidence.place >= (TIMELESS_MERGE_MIN_PLACE if evidence.timeless else 0.0)
        and evidence.place > 0
        and (evidence.date > 0 or evidence.undated)
    ):
        return MERGE
    # A site in the town counts as the town here: one report named the site, the other only its town.
    if (
        evidence.score - evidence.place + INCIDENT_PLACE_SAME >= INCIDENT_MERGE_IN_TOWN_AT
        and evidence.in_one_town
        and evidence.date >= INCIDENT_DAY_GAP[0]
        and not evidence.timeless
    ):
        return MERGE
    # One named site, and what ties an undated report to the other is its own day (the weekday or the day without
    # its year told, the other's) or the group both name as the doers: another event of that kind at that very site
    # on that weekday, or by that group, is too unlikely to ask the full bar of a report without its year.
    if (
        evidence.score - evidence.place + INCIDENT_PLACE_SAME >= INCIDENT_MERGE_IN_TOWN_AT
        and evidence.at_one_site
        and (evidence.day_told_agrees or (evidence.undated and evidence.same_named_doers))
    ):
        return MERGE
    # An undated report at one town: a town sees many events of one kind by one group, so neither the place nor the
    # group is enough there; a toll of ten or more that both give (the same, or close and told of by the same named
    # group) is: few events at one town share it, as `INCIDENT_TOLL_SAME_LARGE` says of one week.
    if (
        evidence.score >= INCIDENT_MERGE_IN_TOWN_AT
        and evidence.undated
        and evidence.in_one_town
        and evidence.place >= INCIDENT_PLACE_SAME
        and (evidence.same_large_toll or (evidence.same_named_doers and evidence.large_tolls_agree))
    ):
        return MERGE
    # A toll of ten or more that both give (the same or close) of one kind of event at one named site (not a town),
    # when one report says nothing of the day (undated, or dated only to a week, month or year that holds the other's
    # date): a hotel, a concert hall or a church seldom sees two such events, so no group need be named. A timeless
    # report is looked for among the site's events of every year, and over years close tolls recur at one site (a
    # hotel stormed twice, 21 and then 40 killed), so it must give the same toll; an undated report with a
    # publication day is only compared with the month before it, where close tolls are a first and a later count.
    # On the real-news pairs this left one pair apart (a hotel, 28 and 40 killed), which main merged in name order
    # only: in reverse order it was apart already.
    # `same_type`: two types of one class that are not one kind (a targeted killing, an attack on civilians) are
    # scored undated too, at no type points; a toll alone must not merge them.
    # A timeless report whose own day words are the other's day or next to it (a siege begun late one evening, a page
    # day read for "yesterday" that is not the day of writing): another event at the site with close tolls would also
    # have to fall on one of those three weekdays, so close tolls are enough again.
    if (
        evidence.at_one_site
        and evidence.same_type
        and (
            evidence.large_tolls_agree
            if evidence.day_told_within_a_day or not evidence.timeless
            else evidence.same_large_toll
        )
        and (evidence.undated or evidence.date_contains)
        and evidence.score - evidence.place + INCIDENT_PLACE_SAME >= LARGE_TOLL_AT_ONE_SITE_AT
    ):
        return MERGE
    # At one town (a site in it counted as the town), an undated report whose own day words (a weekday told alone,
    # a day without its year) are the other's day, of one kind of event, with tolls of ten or more that agree: the
    # weekday does for the date what the named group does above, and the large toll is what the town rule asks.
    # Timeless or not: the weekday, agreeing, is the calendar's word. `day_told_agrees` holds only for an undated
    # report (two reports dated days apart at one town are not tied by a toll), `same_type` as above.
    if (
        evidence.in_one_town
        and evidence.day_told_agrees
        and evidence.same_type
        and evidence.large_tolls_agree
        and evidence.score - evidence.place + INCIDENT_PLACE_SAME >= LARGE_TOLL_ON_TOLD_DAY_AT
    ):
        return MERGE
    if evidence.score >= INCIDENT_FLAG_AT:
        return FLAG
    return None


# Nothing against: the place, the kind and a close toll (the date adds nothing, an undated report none).
LARGE_TOLL_AT_ONE_SITE_AT = INCIDENT_PLACE_SAME + INCIDENT_TYPE_SAME + INCIDENT_TOLL_CLOSE
# Nothing against, with the weekday told: the place, the weekday, the kind and a close toll.
LARGE_TOLL_ON_TOLD_DAY_AT = INCIDENT_PLACE_SAME + INCIDENT_WEEKDAY_AGREES + INCIDENT_TYPE_SAME + INCIDENT_TOLL_CLOSE


# An undated report and the only event of its kind on record at one town or site, both giving the same toll with
# nothing against: the place, the kind and the count, which the calendar cannot contradict.
UNDATED_ALONE_AT = INCIDENT_PLACE_SAME + INCIDENT_TYPE_SAME + INCIDENT_TOLL_SAME


def undated_alone_at_one_place(evidence: Evidence) -> bool:
    """An undated report (timeless or not) at the same town or site as the other (not a district, province or
    country; not merely inside it), of the same kind, with the same toll and nothing against: merged when the other
    are the only events of their class on record at that place (`incident_match` asks `alone_at_place`). An undated
    report counts neither for nor against, but a town sees many events of one kind, so it is their being alone
    there that ties the two, not the toll: with a third event of that class at the place on record, the other rules
    decide (a flag or apart). Not when the undated report's own weekday is two days or more from the other's day:
    being alone ties the two only when nothing in either says another day. A timeless report (no date, no publication
    day: any year) needs a toll of two or more: one death at a town recurs across the years (two one-dead roadside
    bombs at one Iraqi town, 2010 and 2011, merged so)."""
    return (
        _alone_would_tie(evidence)
        and evidence.in_one_town
        and evidence.place >= INCIDENT_PLACE_SAME
        and evidence.score >= UNDATED_ALONE_AT
    )


def _alone_would_tie(evidence: Evidence) -> bool:
    """What both alone rules ask besides the place: one report undated with nothing in it saying another day (or
    whose own day words are the other's day: more for the date, not less), one kind of event, the same toll (two or
    more for a timeless report)."""
    return (
        (evidence.undated or evidence.day_told_agrees)
        and not evidence.day_told_against
        and (evidence.same_toll_of_several or not evidence.timeless)
        and evidence.same_type
        and evidence.same_toll
    )


def undated_alone_in_one_division(evidence: Evidence) -> bool:
    """As `undated_alone_at_one_place`, when one report places the event only at a district or province and the
    other at that division or a place in it (an undated report of one town's attack told under its province, or a
    dated one under its district): merged when the two are the only events of their class on record anywhere in that
    division (`incident_match` asks `alone_in_division`). The wider the place, the more events a third one would be
    found among, so being alone there says as much as at one town; the coarser place costs nothing else."""
    return (
        _alone_would_tie(evidence)
        and evidence.division is not None
        and evidence.score - evidence.place + INCIDENT_PLACE_SAME >= UNDATED_ALONE_AT
    )


def same_day_alone_in_one_division(evidence: Evidence) -> bool:
    """Two reports of one day (neither timeless), one placing the event only at a district or province and the
    other at that division or a place in it, of one kind with nothing against (the bar of one town's day): merged
    when the two are the only events of their class on record anywhere in that division (`incident_match` asks
    `alone_in_division`). At one town the same day and kind are enough (`verdict`); a division sees more events, so
    their being alone there stands in for the town, as for an undated report (`undated_alone_in_one_division`)."""
    return (
        evidence.division is not None
        and evidence.date >= INCIDENT_DAY_GAP[0]
        and not evidence.timeless
        and evidence.same_type
        and evidence.score - evidence.place + INCIDENT_PLACE_SAME >= INCIDENT_MERGE_IN_TOWN_AT
    )


def alone_in_one_division_would_tie(evidence: Evidence) -> bool:
    """Whether being the only events of their class in the division they share would merge the two."""
    return undated_alone_in_one_division(evidence) or same_day_alone_in_one_division(evidence)


# Levels of places searched in a district or province, the division itself the first: its districts, their towns, the
# towns' sites and quarters, and the sites in a quarter.
DIVISION_DEPTH = 5


def _others_of_class(new: IncidentFacts, *besides: IncidentFacts) -> QuerySet:
    """The incidents on record of `new`'s type class (one `TYPE_CLASS` knows), other than `new` and `besides`."""
    kind = TYPE_CLASS[new.type]
    return Incident.objects.filter(type__in=[t for t, c in TYPE_CLASS.items() if c == kind]).exclude(
        pk__in=[new.pk, *(facts.pk for facts in besides)]
    )


def events_in_division(new: IncidentFacts, division: Place) -> frozenset[int]:
    """Up to two incidents of `new`'s type class on record besides `new` at this district or province or at a place
    inside it (`DIVISION_DEPTH` levels), whatever their dates: enough to tell, for every other event there, whether
    it is alone there with `new` (`alone_in_division`), so one query answers for all of a division's candidates."""
    if TYPE_CLASS.get(new.type) is None:
        return frozenset()
    # Each level a subquery through the parent index (not a list of ids sent back: a province holds thousands of
    # places; nor one query joining the table to itself), all levels in one query.
    level = Location.objects.filter(pk=division.pk).order_by().values("pk")
    levels = [level]
    for _ in range(DIVISION_DEPTH - 1):
        level = Location.objects.filter(parent_id__in=level).order_by().values("pk")
        levels.append(level)
    places = levels[0].union(*levels[1:], all=True)
    return frozenset(_others_of_class(new).filter(location_id__in=places).order_by().values_list("pk", flat=True)[:2])


def alone_in_division(
    new: IncidentFacts, other: IncidentFacts, division: Place, events: frozenset[int] | None = None
) -> bool:
    """Whether the two are the only events of their type class on record at this district or province or at any
    place inside it (down to its districts' towns' sites and quarters), whatever their dates; `events`: what
    `events_in_division` found for `new` there, when already asked."""
    if TYPE_CLASS.get(new.type) is None:
        return False
    return (events_in_division(new, division) if events is None else events) <= {other.pk}


def alone_at_place(new: IncidentFacts, other: IncidentFacts) -> bool:
    """Whether the two are the only events of their type class on record at their places (each one's place, and the
    sites and quarters under it), whatever their dates: the same answer in either ingest order, as a timeless report
    finds every event at its place while a dated one finds only those of its window."""
    places = {facts.places[0].pk for facts in (new, other) if facts.places}
    if TYPE_CLASS.get(new.type) is None or not places:
        return False
    # The places as a subquery of location ids, not an OR across the join: at 1,000,000 incidents the OR read
    # every incident when none matched (500 ms), the subquery walks the place index (1 ms; bench_pages database).
    here = Location.objects.filter(Q(pk__in=places) | Q(parent_id__in=places)).values("pk")
    return not _others_of_class(new, other).filter(location_id__in=here).exists()


# Nouns for a group's men (not "group" or "movement", which end real names).
MEN_NOUNS = DESCRIPTOR_NOUNS - {"group", "movement", "member", "members", "commander", "commanders"}


def is_description(name: str) -> bool:
    """A group name that describes its men rather than names them: "Rebels", "Separatist fighters", "Gunmen"."""
    words = fold(name).split()
    return bool(words) and words[-1] in MEN_NOUNS and len(words) <= 3


def survivor_key(facts: IncidentFacts) -> tuple:
    """Larger survives a merge: an analyst's record, then the finer place, the finer date, the earliest report."""
    span = (facts.end - facts.start).days if facts.start and facts.end else 10**6
    published = facts.first_published.toordinal() if facts.first_published else 10**7
    return (facts.protected, len(facts.places), PRECISION_RANK.get(facts.precision, -1), -span, -published, -facts.pk)


def incident_match(incident: Incident, *, source: Source) -> IncidentMatch | None:
    """Whether an incident just written from `source` is an event already on record (see the module's rules).

    For a merge, `other` is the incident to merge with; `survivor_pair` says which of the two survives.
    """
    ids = incident_candidates(incident, source=source)
    if not ids:
        return None
    facts = incident_facts([incident.pk, *ids])
    new = facts.get(incident.pk)
    if new is None:
        return None
    scored = []
    events_by_division: dict[int, frozenset[int]] = {}  # division pk -> `events_in_division`: one query a division
    for pk in ids:
        evidence = score_incidents(new, facts[pk]) if pk in facts else None
        if evidence is None:
            continue
        # Whether the two are alone at their place or division costs queries: asked only of a pair not merged yet.
        decision = verdict(evidence)
        if decision != MERGE and undated_alone_at_one_place(evidence) and alone_at_place(new, facts[pk]):
            decision = verdict(evidence, alone=True)
        if decision != MERGE and alone_in_one_division_would_tie(evidence):
            division = evidence.division
            if division.pk not in events_by_division:
                events_by_division[division.pk] = events_in_division(new, division)
            if alone_in_division(new, facts[pk], division, events_by_division[division.pk]):
                decision = verdict(evidence, alone_in_division=True)
        if decision:
            scored.append((evidence.score, survivor_key(facts[pk]), pk, decision, evidence))
    if not scored:
        return None
    score, _, pk, decision, evidence = max(scored)
    return IncidentMatch(decision, Incident.objects.get(pk=pk), score, _reason_words(evidence))


def survivor_pair(a: Incident, b: Incident) -> tuple[Incident, Incident]:
    """(survivor, absorbed) of two incidents to merge, by `survivor_key`, whichever was written first."""
    facts = incident_facts([a.pk, b.pk])
    return (a, b) if survivor_key(facts[a.pk]) >= survivor_key(facts[b.pk]) else (b, a)


def incident_candidates(incident: Incident, *, source: Source) -> list[int]:
    """Incidents that could be the same event, from indexed columns: type class, date window, country.

    An undated incident is looked for among the events of the month before its report's publication
    (when that is unknown too, among the events at its place, of any year: merged only by what stands in for the
    calendar, see `verdict`); undated candidates are
    found by their own reports' publication, or by their place when that is unknown.
    Excludes the incidents of `source` itself and those an analyst marked not the same as this one.
    """
    kind = TYPE_CLASS.get(incident.type)
    if kind is None or incident.location_id is None:
        return []
    country = Location.objects.filter(pk=incident.location_id).values_list("country_code", flat=True).first()
    if not country:
        return []
    window = dt.timedelta(days=DATE_WINDOW_DAYS)
    lookback = dt.timedelta(days=UNDATED_LOOKBACK_DAYS)
    start, end = incident.date_start, incident.date_end
    if start and end:
        if incident.date_precision == DatePrecision.YEAR:
            # The events of that year, as a day-dated report finds this one: either order, the same candidates.
            when = Q(date_start__gte=start, date_start__lte=end)
        else:
            # A candidate dated to the month starts up to 31 days before the day; one dated to the year on 1 January.
            when = Q(date_start__gte=start - window - dt.timedelta(days=31), date_start__lte=end + window,
                     date_end__gte=start - window)  # fmt: skip
            years = {dt.date(start.year, 1, 1), dt.date(end.year, 1, 1)}
            when |= Q(date_precision=DatePrecision.YEAR, date_start__in=years)
        # An undated report of this event was published in the days after it.
        reported = (start - window, end + lookback)
    elif source.published:
        when = Q(date_start__lte=source.published + window, date_end__gte=source.published - lookback - window)
        reported = (source.published - lookback, source.published + lookback)
    else:
        # Nothing places it in time: only events at its place (or one it is in, or one in it), of any year.
        when = _same_place(incident.location_id)
        reported = None
    if reported is not None:
        when |= Q(date_start__isnull=True, source_links__source__published__range=reported)
        # A report with neither date nor publication day, at this place: merged only by what stands in for the
        # calendar (its day words; a named group or the same large toll at one site; the same toll, alone there).
        when |= Q(date_start__isnull=True, source_links__source__published__isnull=True) & _same_place(
            incident.location_id
        )
    kinds = Q(type__in=[t for t, c in TYPE_CLASS.items() if c == kind])
    if incident.type in COMPLEX_ATTACK_TYPES and start and end and incident.date_precision == DatePrecision.DAY:
        # Another report may type the same complex attack otherwise: compared only when dated to the day too.
        kinds |= Q(type__in=COMPLEX_ATTACK_TYPES, date_precision=DatePrecision.DAY)
    rows = (
        Incident.objects.filter(when)
        .filter(kinds)
        .filter(location__country_code=country)
        .exclude(pk=incident.pk)
        .exclude(source_links__source=source)
        .order_by("pk")
        .values_list("pk", flat=True)
        .distinct()[:MAX_CANDIDATES]
    )
    ids = list(rows)
    decided = _marked_not_same(incident.pk, ids)
    return [pk for pk in ids if pk not in decided]


def _same_place(location_id: int) -> Q:
    """Incidents at this place, at a place above it, or at a place one or two levels inside it; for a site, also at
    the other records of a site of its name in its country, which scoring may find to be this site placed less
    finely by one report (`_one_site_placed_less_finely`): a report hangs the site under its town, another only
    under the country, and the two records are not on one chain."""
    places = _place_chains({location_id}).get(location_id, ())
    chain = [place.pk for place in places]
    here = Q(location_id__in=chain) | Q(location__parent_id=location_id) | Q(location__parent__parent_id=location_id)
    if places and places[0].kind == LocationKind.SITE:
        here |= Q(location_id__in=_namesake_sites(location_id, places[0].name))
    return here


def _namesake_sites(location_id: int, name: str) -> list[int]:
    """Other site records of this name (any of its spellings) in the country of this one."""
    country = Location.objects.filter(pk=location_id).values_list("country_code", flat=True).first()
    if not country:
        return []
    keys = _site_name_keys(name)
    named = Q(name_folded__in=keys) | Q(alternate_names__name_folded__in=keys)
    rows = Location.objects.filter(named, kind=LocationKind.SITE, country_code=country).exclude(pk=location_id)
    return list(rows.values_list("pk", flat=True).distinct()[:MAX_SAME_NAME_PLACES])


def _marked_not_same(pk: int, others: list[int]) -> set[int]:
    if not others:
        return set()
    pairs = NotSamePair.objects.filter(content_type=ContentType.objects.get_for_model(Incident)).filter(
        Q(first_id=pk, second_id__in=others) | Q(second_id=pk, first_id__in=others)
    )
    return {b if a == pk else a for a, b in pairs.values_list("first_id", "second_id")}


def incident_facts(ids: Iterable[int]) -> dict[int, IncidentFacts]:
    """Facts of these incidents, by id, in a handful of queries whatever their number."""
    ids = list(dict.fromkeys(ids))
    rows = list(
        Incident.objects.filter(pk__in=ids).values(
            "pk", "type", "date_start", "date_end", "date_precision", "location_id", "fatalities",
            "analyst_edited", "review_status", "date_text",
        )
    )  # fmt: skip
    chains = _place_chains({r["location_id"] for r in rows} - {None})
    actors: dict[int, dict[str, set[int]]] = {
        pk: {"perp": set(), "family": set(), "target": set(), "described": set()} for pk in ids
    }
    for pk, group_id, parent_id, role, name, provenance, reviewed in IncidentActor.objects.filter(
        incident_id__in=ids
    ).values_list("incident_id", "group_id", "group__parent_id", "role", "group__name", "group__provenance",
                  "group__reviewed"):  # fmt: skip
        if role == ActorRole.PERPETRATOR:
            actors[pk]["perp"].add(group_id)
            actors[pk]["family"] |= {group_id, parent_id} - {None}
            if provenance == Origin.EXTRACTED and not reviewed and is_description(name):
                actors[pk]["described"].add(group_id)
        else:
            actors[pk]["target"].add(group_id)
    persons: dict[int, dict[int, str]] = {pk: {} for pk in ids}
    for pk, person_id, name in IncidentPerson.objects.filter(incident_id__in=ids).values_list(
        "incident_id", "person_id", "person__name"
    ):
        persons[pk][person_id] = name
    published = dict(
        IncidentSource.objects.filter(incident_id__in=ids)
        .values("incident_id")
        .annotate(first=Min("source__published"))
        .values_list("incident_id", "first")
    )
    return {
        r["pk"]: IncidentFacts(
            pk=r["pk"],
            type=r["type"],
            start=r["date_start"],
            end=r["date_end"],
            precision=r["date_precision"],
            places=chains.get(r["location_id"], ()),
            perpetrators=frozenset(actors[r["pk"]]["perp"]),
            perpetrator_family=frozenset(actors[r["pk"]]["family"]),
            described_only=frozenset(actors[r["pk"]]["described"]),
            targets=frozenset(actors[r["pk"]]["target"]),
            persons=frozenset(persons[r["pk"]]),
            person_names=persons[r["pk"]],
            fatalities=r["fatalities"],
            first_published=published.get(r["pk"]),
            protected=bool(r["analyst_edited"]) or r["review_status"] != "extracted",
            date_text=r["date_text"] or "",
        )
        for r in rows
    }


def _place_chains(location_ids: set[int]) -> dict[int, tuple[Place, ...]]:
    """Each place with those above it, loading one level of the hierarchy per query."""
    places: dict[int, tuple[Place, int | None]] = {}
    wanted = set(location_ids)
    for _ in range(8):
        wanted -= set(places)
        if not wanted:
            break
        rows = list(
            Location.objects.filter(pk__in=wanted).values_list(
                "pk", "name", "kind", "latitude", "longitude", "parent_id", "country_code"
            )
        )
        countries = _countries_above([(kind, code) for _, _, kind, _, _, parent, code in rows if parent is None])
        for pk, name, kind, lat, lon, parent, country_code in rows:
            places[pk] = (Place(pk, name, kind, lat, lon), parent or countries.get((kind, country_code)))
        wanted = {parent for _, parent in places.values() if parent is not None}
    chains = {}
    for pk in location_ids:
        chain, at = [], pk
        while at in places and len(chain) < 8:
            place, parent = places[at]
            chain.append(place)
            at = parent
        chains[pk] = tuple(chain)
    return chains


def _countries_above(unplaced: list[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """The country record above each (kind, country code) of a place hung under nothing but known to be in that
    country (a site the extractor could not place in a town): the report still says which country it is in, so its
    chain ends there as another report's chain for the same site does. One query for a level's places."""
    codes = {code.upper() for kind, code in unplaced if kind != LocationKind.COUNTRY and code}
    if not codes:
        return {}
    # lowest id last, so it wins: the record .first() would give
    by_code = dict(
        Location.objects.filter(kind=LocationKind.COUNTRY, country_code__in=codes)
        .order_by("-pk")
        .values_list("country_code", "pk")
    )
    return {
        (kind, code): by_code[code.upper()]
        for kind, code in unplaced
        if kind != LocationKind.COUNTRY and code and code.upper() in by_code
    }


def _distance_km(a: Place, b: Place) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def _reason_words(evidence: Evidence) -> str:
    return f"score {evidence.score:g}: " + "; ".join(r for r in evidence.reasons if r)


# ---------------------------------------------------------------- helpers


def _day(value) -> dt.date | None:
    """'2025-09-28' / '2025-09' / '2025' -> its first day."""
    if not isinstance(value, str):
        return None
    parts = value.strip().split("-")
    try:
        numbers = [int(p) for p in parts] + [1] * (3 - len(parts))
        return dt.date(*numbers[:3])
    except (TypeError, ValueError):
        return None


def _by_id(model, gazetteer_id, known):
    pk = _as_int(gazetteer_id)
    if pk is None:
        return None
    if known is not None and pk in known:
        return known[pk]
    return model.objects.filter(pk=pk).first()


def rows_by_gazetteer_id(model, entities: list[dict]) -> dict:
    """The rows a document's entities name by `gazetteer_id`, in one query."""
    ids = {_as_int(e.get("gazetteer_id")) for e in entities} - {None}
    return model.objects.in_bulk(ids) if ids else {}


def _as_int(value) -> int | None:
    if isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
