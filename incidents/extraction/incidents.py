"""Incidents: each segmented event (segmentation.segment) with its type, date, place, toll, actors, evidence and
confidence, each decided in its own module:

- date             segmentation        (the date of the sentences that tell it, else the reporting date)
- type             incident_types      (what kind of violence)
- toll             tolls               (the dead and injured of this event)
- location         incident_places     (the most specific place the lead sentences support)
- perpetrators     perpetrators        (the doer in the parse, claims, the story's context)
- persons, targets roles               (planners, attackers, victims; who was targeted)
"""

from __future__ import annotations

import re

from . import places
from .dates import yearless_month
from .incident_places import incident_location
from .incident_types import incident_type, type_given_perpetrators
from .model import Incident, Place
from .parsed_tolls import parsed_toll
from .perpetrators import named_perpetrators, perpetrators_from_context
from .roles import incident_persons, incident_targets
from .segmentation import (
    ALSO_KILLED,
    DATE_OPENS_BEFORE,
    DAY_OPENER,
    NEW_EVENT_OPENERS,
    OTHER_EVENT,
    PASSING_EARLIER,
    SEVERAL_PLACES,
    SOON_AFTER,
    STRUCK_MORE,
    dates_compatible,
    lead_date,
    related,
    segment,
    undated_incident_date,
    within,
)
from .sentence_facts import OTHER_EVENT_NOUN, OTHER_EVENT_NOUNS, SentenceFacts
from .tolls import clause_victim_toll, incident_toll
from .vocabulary import VIOLENT_EVENT_NOUNS, noun_alternation


def _confidence(incident: Incident, facts: dict[int, SentenceFacts]) -> float:
    score = 0.45
    score += 0.1 if incident.date else 0
    score += 0.1 if incident.location else 0
    score += 0.1 if incident.fatalities is not None else 0
    score += 0.1 if incident.perpetrators or incident.perpetrator_unknown else 0
    score += 0.05 if facts[incident.sentences[0]].strength >= 4 else 0
    return round(min(score, 0.95), 2)


def build_incidents(doc) -> list[Incident]:
    """Incidents from the sentences' facts on `doc`."""
    facts_list, body_start = doc._.facts, doc._.body_start
    dateline_place = places.dateline_place(doc._.dateline, doc._.mentions.items)
    published = doc._.meta.published.isoformat() if doc._.meta.published else None
    bounds = {s.index: (s.first_token, s.last_token) for s in doc._.sentences}  # each sentence's tokens
    facts = {f.index: f for f in facts_list}
    incidents = segment(facts_list, body_start, published)
    lead = lead_date(facts_list, body_start)
    claimed = {i for incident in incidents for i in incident.sentences}
    out = []
    read: dict[int, dict[int, SentenceFacts]] = {}  # id of each incident: the facts it reads
    for position, incident in enumerate(incidents):
        incident.sentences = sorted(set(incident.sentences))
        # a sentence whose clause tells another event: this incident reads only its own part of it
        own_facts = facts | {i: facts[i].within(a, b, inside) for i, (a, b, inside) in incident.clauses.items()}
        listed = incident.location  # segmentation set it: one place of a list of separate events
        if (
            listed is None
            and not any(
                own_facts[i].strength >= 4
                or own_facts[i].kills
                # (the classifier reads whole sentences: its word is not a clause's, "who died in 2015 before ...")
                or (own_facts[i].told_by_model and not incident.told_inside_clause(i))
                for i in incident.sentences
            )
            and not _named_in_clause(incident, facts)
        ):
            continue
        incident.type = incident_type(incident, own_facts, doc, bounds)
        undated_incident_date(incident, own_facts, published, lead)
        finer_date(incident, own_facts)
        incident_toll(incident, own_facts)
        incident_location(incident, own_facts, dateline_place, out, claimed)
        if listed is not None:
            # "attacks in X, Y and Z": this one's place; the sentence's toll is the list's, not this place's
            incident.location, incident.fatalities, incident.injured = listed, None, None
            incident.fatalities_text = incident.injured_text = None
        named_perpetrators(incident, own_facts, doc, bounds)
        incident.type = type_given_perpetrators(incident, own_facts)
        incident_persons(incident, own_facts, facts)
        clause_victim_toll(incident)
        if listed is None:  # (a listed place's toll is the list's: none of its own)
            parsed_toll(incident, own_facts, doc, bounds)
        perpetrators_from_context(incident, own_facts, doc, bounds, out, [*out, *incidents[position + 1 :]])
        incident_targets(incident, own_facts)
        incident.summary = _summary(own_facts[incident.sentences[0]].text)
        incident.confidence = _confidence(incident, own_facts)
        out.append(incident)
        read[id(incident)] = own_facts
    for incident in out:
        _item_toll(incident, out, read[id(incident)])
    kept = []
    for incident in out:
        if _sums_up(incident, out, facts) or _announces_items(incident, out, read[id(incident)]):
            _doers_to_items(incident, out)
        else:
            kept.append(incident)
    return _fold_retellings(kept, facts)


def _doers_to_items(summary: Incident, told: list[Incident]) -> None:
    """A roundup's summary names who did its events ("Militants of X killed seven soldiers in two separate attacks
    on Sunday"), then the story tells each of them without naming anyone: the items told after it, of the same
    days, are that group's. Only listed armed groups pass ("suspected rebels" is no one's name), and no item the
    text says nobody claimed, nor a raid (the state's)."""
    doers = [g for g in summary.perpetrators if g.kind == "armed_group" and g.record is not None]
    if not doers or len(doers) != len(summary.perpetrators):
        return
    for item in told:
        if (
            item is not summary
            and not item.perpetrators
            and not item.perpetrator_unknown
            and item.type != "arrest_or_raid"
            and item.sentences[0] > summary.sentences[0]
            and item.date is not None
            and summary.date is not None
            and dates_compatible(item.date, summary.date, 1)
        ):
            item.perpetrators = list(doers)


_FINENESS = {"year": 1, "month": 2, "week": 2, "day": 3}


def finer_date(incident: Incident, facts: dict[int, SentenceFacts]) -> None:
    """A lead that dates its event only by its year, month or week ("a 2015 assault on an exhibit", "last week",
    "last year") and a later line of the incident that gives a finer date within it ("the attack in X on May 3,
    2015", "on September 12"): the finer date is the event's. A line dated with its own year is read whatever the
    story's publication day; a date resolved against the publication day is read only within a week told. An event
    nothing dates, in a story with no publication day, takes the full date an event line of it gives; one told only
    by a month without its year ("in late March") takes a full date in that month from any line of it."""
    current = _FINENESS.get(incident.date_precision or "", 0) if incident.date else 0
    told_month = yearless_month(incident.date_text) if incident.date is None else None
    if current >= 3 or (incident.date is None and incident.date_text is not None and told_month is None):
        return
    best = None
    for i in incident.sentences:
        sentence = facts[i]
        for date in sentence.dates:
            fineness = _FINENESS.get(date.precision, 0)
            if not date.value or date.open_range or fineness <= current or date.precision == "week":
                continue
            if told_month is not None:
                fits = fineness == 3 and not date.relative and int(date.value[5:7]) == told_month
            elif incident.date is None:
                fits = fineness == 3 and not date.relative and sentence.strength >= 4
            elif incident.date_precision == "week":
                fits = incident.date <= date.value <= (incident.date_end or incident.date)
            else:
                fits = not date.relative and date.value.startswith(incident.date)
            if fits and (best is None or fineness > _FINENESS[best.precision]):
                best = date
    if best is not None:
        incident.date, incident.date_precision, incident.date_text = best.value, best.precision, best.text
        incident.date_end = None


# "Three car bombs have left 14 farmers dead", "rebels kill 17 in raids on outposts": a toll of several events
SEVERAL_EVENTS_TOLL = re.compile(
    r"\b(?:"
    + noun_alternation(
        VIOLENT_EVENT_NOUNS
        + (
            ("assault", "assaults"),
            ("bomb", "bombs"),
            ("strike", "strikes"),
            ("airstrike", "airstrikes"),
            ("killing", "killings"),
            ("clash", "clashes"),
            ("incident", "incidents"),
        ),
        "plural",
    )
    + r"|air raids)\b",
    re.I,
)


def _sums_up(incident: Incident, told: list[Incident], facts: dict[int, SentenceFacts]) -> bool:
    """A roundup's summary: its toll is told of several events ("Three car bombs have left at least 14
    farmers dead"), and two or more incidents of the same days, each with a smaller toll, account for all of it. The
    items are the incidents; the summary is not one more."""
    toll = incident.fatalities
    if not toll:
        return False
    summed = any(
        c.value == toll and SEVERAL_EVENTS_TOLL.search(facts[i].text)
        for i in incident.sentences
        if i not in incident.clauses
        for c in facts[i].kills
    )
    if not summed:
        return False
    items = [
        other.fatalities
        for other in told
        if other is not incident
        and other.fatalities
        and other.fatalities < toll
        and dates_compatible(other.date, incident.date, 1)
    ]
    return len(items) >= 2 and sum(items) >= toll


# "two separate suicide bombings", "a series of attacks", "bombing and shooting attacks": a line of several events
SEVERAL_EVENTS = re.compile(
    r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|separate|series\s+of)\s+"
    r"(?:[\w\-]+\s+){0,2}"
    + noun_alternation(
        VIOLENT_EVENT_NOUNS
        + (("strike", "strikes"), ("airstrike", "airstrikes"), ("incident", "incidents"), ("operation", "operations")),
        "plural",
    )
    + r"|\w+ing\s+and\s+\w+ing\s+attacks)\b",
    re.I,
)


def _announces_items(incident: Incident, told: list[Incident], facts: dict[int, SentenceFacts]) -> bool:
    """A line that announces several events ("two separate bombings in X on Sunday") before the story tells each of
    them: when two or more other incidents of the same days, placed in the line's places, tell the items, the
    announcement is not one more event. Its lead line is its only ground, so a summary the story never breaks down
    (no items told, or told elsewhere) stays an incident."""
    lead = facts[incident.sentences[0]]
    if not SEVERAL_EVENTS.search(lead.text):
        return False
    places = [p for _, p in lead.places if p.kind != "country"] + [incident.location] * bool(incident.location)
    if not places:
        return False
    first = incident.sentences[0]
    items = [
        other
        for other in told
        if other is not incident
        # told later, or beside it in the line when the announcement is the line's clause ("while ... attacks in X")
        and (other.sentences[0] > first or (other.sentences[0] == first and first in incident.clauses))
        and other.location is not None
        and (any(other.location is p or within(other.location, p) for p in places) or _unplaced(other.location))
        and dates_compatible(other.date, incident.date, 1)
    ]
    return len(items) >= 2


def _unplaced(place: Place) -> bool:
    """A site or village the gazetteer does not know ("Manjiwala Chowk"): nothing says it lies elsewhere."""
    return place.record is None and place.parent is None


def _item_toll(incident: Incident, told: list[Incident], facts: dict[int, SentenceFacts]) -> None:
    """A roundup's summary toll ("At least 11 were killed in two air strikes") told with the first of its items
    ("A jet bombed X village, killing 10"), while other incidents of the same days tell the other items: the
    incident is that item, and its toll is the item's (the other items' dead and the item's fit in the summary's)."""
    toll = incident.fatalities
    if not toll:
        return
    # the sentences that tell the summary's toll (a headline and the lead), one of them of several events ("in
    # attacks", "two separate bombings", "in several villages", or so the line after it says)
    summaries = [i for i in incident.sentences if any(c.value == toll for c in facts[i].kills)]
    if not any(
        SEVERAL_EVENTS_TOLL.search(facts[i].text) or SEVERAL_PLACES.search(facts[i].text)
        for i in incident.sentences
        if any(i in (j, j + 1) for j in summaries)
    ):
        return
    rest = [i for i in incident.sentences if i > summaries[0] and i not in summaries]
    if not rest:
        return
    item = Incident(rest, clauses=incident.clauses)
    incident_toll(item, facts)
    if not item.fatalities or item.fatalities >= toll:
        return
    others = [
        other.fatalities
        for other in told
        if other is not incident
        and other.fatalities
        and other.sentences[0] > summaries[0]
        and (other.date is None) == (incident.date is None)
        and dates_compatible(other.date, incident.date, 1)
    ]
    if others and item.fatalities + sum(others) <= toll:
        incident.fatalities, incident.fatalities_text = item.fatalities, item.fatalities_text


def _named_in_clause(incident: Incident, facts: dict[int, SentenceFacts]) -> bool:
    """A clause that names its event with its own date ("..., where a like incident was reported on May 9"): an
    event, whatever words tell it."""
    for i, (a, b, inside) in incident.clauses.items():
        if inside and facts[i].clause_named and facts[i].clause == (a, b):
            return True  # "the 2013 siege at X": a phrase that names the event by its date and place
        start = facts[i].start
        if inside and OTHER_EVENT_NOUN.search(facts[i].text[a - start : b - start]):
            return True
    return False


# Words by which a line tells an event apart from the one told before it: "another", "a second", "a day before",
# "hours later", "last week", "meanwhile", "it followed" (an opener, a passing "came days after", "also killed",
# "killed ten more" are read by their own patterns below).
_MARKS_ANOTHER = re.compile(
    r"\b(?:another|other|separate|separately|second|third|similar|earlier|previous|previously|prior|meanwhile|"
    r"elsewhere|again|ago|before|later|last\s+(?:week|month|year)|recent|latest|series|wave|"
    r"follow(?:s|ed|ing)?|c(?:ame|omes)\s+(?:[\w\-]+\s+){0,3}after)\b",
    re.I,
)
# A line that opens by adding one more event at a place or a time: "Also in the city, a roadside bomb went off",
# "Also on Friday, a car bomb killed 14". Not "Also in the blast, ...", "Also at the scene", "Also in attendance"
# (the event told, its place, a list of guests), nor a line whose subject is the event told ("Also in X, the bomb
# killed a child": the definite noun retells it).
_TOLD_EVENT = r"(?:" + OTHER_EVENT_NOUNS + r"|bombs?|fighting|violence)"
ALSO_OPENER = re.compile(
    r"^\W*also,?\s+(?:in|on|at|during|near)\b"
    r"(?!\s+(?:the\s+(?:[\w\-]+\s+)?(?:" + _TOLD_EVENT + r"|scene)|attendance)\b)"
    r"(?![^,;]{0,60},\s+the\s+(?:[\w\-]+\s+)?" + _TOLD_EVENT + r"\b)",
    re.I,
)
# Days apart two tellings of one event may date it: a night's event is told by either of its days, a lead by the
# day it was reported.
_RETOLD_DAYS = 2


# Words of a date told that do not change its day: "early Friday" is "early on Friday"
_DATE_FILLER = {"on", "in", "at", "the", "of", "early", "late", "morning", "afternoon", "evening", "night", "overnight"}


def _date_words(text: str | None) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+", (text or "").lower()) if w not in _DATE_FILLER)


def _dates_fit(later: Incident, told: Incident) -> bool | None:
    """Whether two incidents' dates may be one event's: True when they agree, False when they tell two times, None
    when they may be a day or two apart (a night's event, a lead dated by its report) or only one of them is dated."""
    if later.date is not None and told.date is not None:
        if dates_compatible(later.date, told.date):
            return True
        # a day or two before the told one: when it began (the lead's day may be the report's, a caption's); a
        # day after it is the next day's event
        return None if later.date < told.date and dates_compatible(later.date, told.date, _RETOLD_DAYS) else False
    if later.date is None and told.date is None:
        # "on Sunday" and "on Aug. 7" in a story with no publication day: two days told
        texts = {_date_words(i.date_text) for i in (later, told)}
        return True if len(texts) == 1 else None if frozenset() in texts else False
    undated = later if later.date is None else told
    return False if undated.date_text else None


def _places_fit(later: Place | None, told: Place | None) -> bool:
    return later is None or told is None or related(later, told)


# A line that tells a summary of several events, its items told one by one after it ("Three died in bomb attacks
# in X", "raided three villages")
_SUMMARY_OF_EVENTS = (SEVERAL_EVENTS_TOLL, SEVERAL_EVENTS, SEVERAL_PLACES)
# A line that marks another event than the one told before it ("In a separate attack", "Also on Friday,")
_OTHER_EVENT_MARKS = (
    NEW_EVENT_OPENERS,
    ALSO_OPENER,
    DAY_OPENER,
    PASSING_EARLIER,
    OTHER_EVENT,
    ALSO_KILLED,
    STRUCK_MORE,
)


def _retells(later: Incident, told: Incident, facts: dict[int, SentenceFacts]) -> bool:
    """Whether `later` retells `told`, any earlier incident: the two must agree (type, place, date, toll).

    `later` tells again the event `told` tells (a quote, the lede after a headline, a caption): the same type at
    the same place (or one inside the other), at a fitting date, with no toll above the told one, and nothing in
    its lead line marking another event ("another", "a second", "earlier", "came days after", "also killed", a line
    opening "Also in X," or "Also on Friday,")."""
    if not _places_fit(later.location, told.location):
        return False
    if later.type != told.type:
        return False
    lead = facts[told.sentences[0]].text
    if any(pattern.search(lead) for pattern in _SUMMARY_OF_EVENTS):
        return False  # "Three died in bomb attacks in X", "raided three villages": a summary, its items told after
    first = later.sentences[0]
    if later.told_inside_clause(first):
        return False  # a clause's event ("..., which came after gunmen killed two in X")
    text = facts[first].text
    if any(pattern.search(text) for pattern in (_MARKS_ANOTHER, SOON_AFTER, *_OTHER_EVENT_MARKS)):
        return False
    fit = _dates_fit(later, told)
    if fit is False:
        return False
    at = text.find(later.date_text) if fit is None and later.date_text else -1
    if at >= 0 and DATE_OPENS_BEFORE.match(text[:at]):
        return False  # "On Sunday, a bomb went off in X": a line opening with a day of its own tells that day's event
    if later.fatalities is not None and told.fatalities is not None:
        # the same day: a part of the toll told ("killed three" of the nine); another day: no dead of its own
        return fit is True and later.fatalities <= told.fatalities
    return True


def _headline_of(lead: Incident, top: Incident, facts: dict[int, SentenceFacts]) -> bool:
    """Whether `top`, the page's first incident, is only the headline of `lead`, the next: `top`'s line decides.

    `top` is only a headline or a photo caption ("Gunmen shoot dead a soldier in X", "Some of the vans burnt in the
    X attack") that the lead tells in full: its one line tells an event and gives no day of its own, names no toll
    beside the lead's, and nothing in the lead's first line marks another event. Type and place are not compared:
    the lead's day, place, type and toll are the event's, a headline's are its shorthand."""
    told = [i for i in top.sentences if facts[i].eventful or facts[i].strength >= 1]
    if len(told) != 1 or told[0] >= lead.sentences[0] or top.date_text is not None:
        return False
    if top.fatalities is not None and top.fatalities != lead.fatalities:
        return False
    if lead.told_inside_clause(lead.sentences[0]):
        return False  # a clause's event ("..., which came after gunmen killed two in X")
    line = facts[told[0]].text
    if any(p.search(line) for p in _SUMMARY_OF_EVENTS):
        return False  # "Three killed in bomb attacks in X": a summary of events told one by one
    return not any(p.search(facts[lead.sentences[0]].text) for p in _OTHER_EVENT_MARKS)


def _fold(told: Incident, later: Incident) -> None:
    """`later` told again: its sentences, and what `told` left out, go to `told`."""
    told.sentences = sorted(set(told.sentences) | set(later.sentences))
    for index, clause in later.clauses.items():
        told.clauses.setdefault(index, clause)
    if told.location is None or (later.location is not None and within(later.location, told.location)):
        told.location = later.location  # the finer place (the town in the province told)
    if later.date is not None and (
        told.date is None
        or _FINENESS.get(later.date_precision or "", 0) > _FINENESS.get(told.date_precision or "", 0)
        or (later.date_precision == told.date_precision == "day" and later.date < told.date)
    ):
        # a finer date, or the earlier of two days (the night's event, the lead's day of the report)
        told.date, told.date_precision, told.date_text = later.date, later.date_precision, later.date_text
        told.date_end = later.date_end
    if told.fatalities is None and later.fatalities is not None:
        told.fatalities, told.fatalities_text = later.fatalities, later.fatalities_text
    if told.injured is None and later.injured is not None:
        told.injured, told.injured_text = later.injured, later.injured_text
    if not told.perpetrators and later.perpetrators:
        told.perpetrators = later.perpetrators
        told.perpetrator_unknown = later.perpetrator_unknown
    persons = {id(p) for p, _ in told.persons}
    told.persons += [(p, role) for p, role in later.persons if id(p) not in persons]
    told.targets += [t for t in later.targets if t not in told.targets]
    told.confidence = max(told.confidence, later.confidence)


def _fold_retellings(incidents: list[Incident], facts: dict[int, SentenceFacts]) -> list[Incident]:
    """An incident that retells an earlier one (_retells) is that one: a quoted official's account of the attack
    with a partial toll or the night's other day, the lede after a headline, a caption's date. A page's first
    incident told only by a headline or caption (_headline_of) goes to the lead after it."""
    if len(incidents) >= 2 and _headline_of(incidents[1], incidents[0], facts):
        _fold(incidents[1], incidents[0])
        incidents = incidents[1:]
    kept: list[Incident] = []
    for incident in incidents:
        told = next((k for k in kept if _retells(incident, k, facts)), None)
        if told is None:
            kept.append(incident)
        else:
            _fold(told, incident)
    return kept


def _summary(sentence: str) -> str:
    sentence = re.sub(r"\s+", " ", sentence).strip()
    sentence = re.sub(r"^[A-ZÀ-Þ .'\-]{3,40}(?:,\s*[A-Z][a-z]+)?\s*(?::|—|–)\s*", "", sentence)
    return sentence if len(sentence) <= 200 else sentence[:197].rsplit(" ", 1)[0] + "..."
