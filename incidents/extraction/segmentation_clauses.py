"""Events told inside a sentence (segmentation.py): a clause that tells another event than the rest of the sentence
("..., which houses the tomb of a colonel killed in 2017"), an event told in passing ("came a day after gunmen
ambushed ..."), the deed a claim names, and the deed an arrest clause told, told again later.
"""

from __future__ import annotations

import re

from .dates import unresolved_calendar_time
from .model import Incident
from .segmentation_dates import date_value, dates_compatible, fits, other_weekday, passing_date
from .segmentation_open import Open, kinds, strong_labels, told_counts_of
from .segmentation_openers import CAPTURE_ACT, OTHER_EVENT, SEVERAL_EVENTS
from .segmentation_places import apart, event_places
from .sentence_facts import SentenceFacts


def without_clause(text: str, start: int, clause: tuple[int, int] | None) -> str:
    """The sentence's words with those of a clause blanked (same offsets)."""
    if clause is None:
        return text
    a, b = clause[0] - start, clause[1] - start
    return text[:a] + " " * (b - a) + text[b:]


# How far before a clause "three attacks" still leads into it ("its role in three attacks carried out in 2011");
# farther back ("two explosions hit X, where crowds mourned a colonel killed in 2017") it is the sentence's own event.
SEVERAL_REACH = 40

# "... marched after a teacher was shot dead earlier on Friday": a death earlier the same day is an event of its own.
EARLIER_SAME_DAY = re.compile(r"\bearlier\b", re.I)


def undated_other_event(
    inner: SentenceFacts,
    current: Open | None,
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
    told = told_counts_of(current, by_index)
    new_toll = any(c.value > 0 and c.value not in told for c in inner.kills)
    other_kind = by_kind and bool(strong_labels(inner) - {"generic"}) and not (strong_labels(inner) & current.labels)
    return new_toll or other_kind


def other_event_clause_facts(
    sentence: SentenceFacts,
    current: Open | None,
    published: str | None,
    opened: list[Open],
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
        return inner if kills and not kills <= told_counts_of(current, by_index) else None
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
        return inner if undated_other_event(inner, current, published, by_index) else None
    outer_value = next((d.value for d in outer.dates if d.value), None)
    base = outer_value or (current.reference if current else None) or published
    if base is None and undated_other_event(inner, current, published, by_index):
        base = ""  # (an event the story cannot date: the clause's own date is another time)
    earlier_same_day = bool(inner.kills) and any(
        EARLIER_SAME_DAY.search(sentence.text[max(0, d.start - sentence.start - 12) : d.end - sentence.start])
        for d in inner.dates
        if d.value
    )
    if not earlier_same_day and (
        base is None
        or (base != "" and fits(value, base, outer_value is not None or bool(current and current.incident.date)))
    ):
        return None
    if any(
        o.incident.date and dates_compatible(value, o.incident.date) and not (earlier_same_day and o is current)
        for o in opened
    ):
        return None  # "... the explosives used in Sunday's blast": an event already told
    return inner


def passing_clause(
    sentence: SentenceFacts,
    clause: SentenceFacts,
    earlier: re.Match,
    span: tuple[int, int],
    current: Open,
    background: list[Open],
) -> Open:
    """The incident of an event told in passing ("came a day after gunmen ambushed a prison van"), dated from the
    event told; told again later in the same words of time and kind, it is the same event."""
    value, precision = passing_date(earlier, current.incident.date or current.reference)
    labels = strong_labels(clause)
    same = next((o for o in background if value and o.incident.date == value and labels & o.labels), None)
    if same is not None:
        same.incident.sentences.append(sentence.index)
        same.incident.clauses[sentence.index] = (*span, True)
        return same
    incident = Incident([sentence.index])
    incident.clauses[sentence.index] = (*span, True)
    incident.date, incident.date_precision, incident.date_text = value, precision, earlier.group(0).strip()
    told = Open(incident, labels, value or current.reference, event_places(clause))
    background.append(told)
    return told


def deed_told_again(inner: SentenceFacts, deeds: list[tuple[Open, set[int]]]) -> tuple[Open, set[int]] | None:
    """The deed an earlier arrest clause told, when a clause tells it again: no other kind of event (strong words),
    no other toll, no other day and no place apart from the deed's."""
    labels = strong_labels(inner)
    kills = {c.value for c in inner.kills if c.value > 0}
    value = next((d.value for d in inner.dates if d.value), None)
    here = event_places(inner)
    for deed, tolls in deeds:
        if labels and deed.labels and not (kinds(labels) & kinds(deed.labels)):
            continue
        if kills and tolls and not kills & tolls:
            continue
        if value and deed.incident.date and not dates_compatible(value, deed.incident.date):
            continue
        if here and deed.places and apart(here, deed.places):
            continue
        return deed, tolls
    return None


def deed_toll_told(
    sentence: SentenceFacts, deeds: list[tuple[Open, set[int]]], current: Open | None, published: str | None
) -> tuple[Open, set[int]] | None:
    """The deed an arrest clause told, when a later line about no arrest gives its toll again ("Nine pupils and 14
    teachers died Monday when ...", after "held over the school raid that killed 23") on no day apart from it."""
    if not deeds or current is None or sentence.claim or sentence.clause is not None:
        return None
    if "arrest_or_raid" in strong_labels(sentence) or CAPTURE_ACT.search(sentence.text):
        return None
    kills = {c.value for c in sentence.kills if c.value > 0}
    if not kills or OTHER_EVENT.search(sentence.text):
        return None
    value = next((d.value for d in sentence.dates if d.value), None)
    for deed, tolls in reversed(deeds):
        if kills & tolls and not (value and deed.incident.date and not dates_compatible(value, deed.incident.date)):
            return deed, tolls
    return None


def join_deed(
    deed: tuple[Open, set[int]], told: SentenceFacts, clause: tuple[int, int] | None, current: Open | None
) -> None:
    """The sentence (or its clause) goes to the deed: its toll, places and the day the deed lacked."""
    told_deed, tolls = deed
    incident = told_deed.incident
    incident.sentences.append(told.index)
    if clause is not None:
        incident.clauses[told.index] = (*clause, True)
    tolls.update(c.value for c in told.kills if c.value > 0)
    told_deed.places += event_places(told)
    told_deed.labels = told_deed.labels or strong_labels(told)
    date = next((d for d in told.dates if d.value), None)
    if date is not None and incident.date is None:
        value, precision = date_value(date, current.incident if current else None, told.text)
        incident.date, incident.date_precision, incident.date_text = value, precision, date.text
        incident.date_end = date.date_end
        told_deed.reference = value


def clause_told_again(sentence: SentenceFacts, background: list[Open]) -> Open | None:
    """The incident a clause of an earlier sentence opened, when this sentence's clause tells the same event
    again (the same day and the same kind of event, with a death of its own)."""
    if sentence.clause is None or sentence.claim:
        return None
    inner = sentence.part(True)
    value = next((d.value for d in inner.dates if d.value), None)
    if value is None or not inner.kills:
        return None
    return next(
        (o for o in background if o.incident.date == value and o.labels and strong_labels(inner) & o.labels),
        None,
    )


def clause_incident(inner: SentenceFacts, current: Open | None, clause: tuple[int, int], published) -> Open:
    """The incident a clause tells, dated by the clause's own date."""
    incident = Incident([inner.index])
    incident.clauses[inner.index] = (*clause, True)
    date = next((d for d in inner.dates if d.value), None)
    if date is not None:
        value, precision = date_value(date, current.incident if current else None, inner.text)
        incident.date, incident.date_precision, incident.date_text = value, precision, date.text
        incident.date_end = date.date_end
    else:
        # "in November" in a story with no publication day: the words stay, the date does not
        incident.date_text = next((d.text for d in inner.dates if unresolved_calendar_time(d)), None)
    return Open(incident, strong_labels(inner), incident.date or published, event_places(inner))


def claimed_deed(
    sentence: SentenceFacts, current: Open | None, opened: list[Open], background: list[Open]
) -> Open | None:
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
    value, precision = date_value(date, told_last, sentence.text)
    if value is None and not other_weekday(date, current.incident):
        return None
    # (a date counted from a past event told before, "a month earlier", is no time of the event told either)
    undated_story = current.reference is None and (not date.relative or told_last is not current.incident)
    if value is not None and (
        # (in a story with no day of its own, a deed dated by its year is another time than "on Thursday")
        (fits(value, current.reference, current.incident.date is not None) and not undated_story)
        or any(o.incident.date and dates_compatible(value, o.incident.date) for o in opened + background)
    ):
        return None
    incident = Incident([sentence.index])
    incident.clauses[sentence.index] = (a, b, True)
    incident.date, incident.date_precision, incident.date_text = value, precision, date.text
    return Open(incident, strong_labels(deed), value or current.reference, event_places(deed))
