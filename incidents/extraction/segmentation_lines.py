"""Segmentation's tests on one line against the incident open (segmentation.py): whether the line only tells the
event told again (points back at it, a follow-up on a later day, its toll told again or updated), or tells another
event (a roundup's next item, an act or an arrest at a place apart, a past time of its own, a spree's next strike).
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import DateExpression
from .segmentation_dates import date_value
from .segmentation_open import Open, kinds, new_count, strong_labels, told_at, told_counts_of
from .segmentation_openers import (
    ADDITIVE_OPENER,
    ANOTHER_TIME_OPENER,
    CAPTURE_ACT,
    DATE_OPENS_BEFORE,
    FRONTED_PLACE,
    NEW_EVENT_OPENERS,
    OCCURRED,
    OTHER_EVENT,
    PAST_TIME_OPENER,
    PLURAL_EVENT,
    RAID_ACT,
    SAME_EVENT,
    SEVERAL_EVENTS,
    SEVERAL_PLACES,
    STRUCK_MORE,
    THAT_EVENT,
    TOLD_DOER,
    TOLD_EVENT_NOUNS,
    TOLL_UPDATE,
)
from .segmentation_places import (
    NOT_EVENT_PLACE,
    apart,
    event_places,
    item_places,
    related,
    same_place,
    towns_of,
    where_told,
)
from .sentence_facts import OTHER_EVENT_NOUNS, SentenceFacts

# ---------------------------------------------------------------- the event told, told again

# The words before "that attack" that frame a line about it: nothing ("That bombing killed ..."), or "in"/"during"
# ("In that attack, ...", "... were killed in that attack").
THAT_EVENT_FRAME = re.compile(r"(?:^\W*|\b(?:in|during)\s+)$", re.I)
# The words before "that attack" that compare the event told with it: "Unlike that raid", "deadlier than that attack",
# "the worst since that bombing".
THAT_EVENT_COMPARED = re.compile(r"\b(?:unlike|like|than|since|after)\s+(?:in\s+|during\s+)?$", re.I)
# Words that point at the event told now: "this attack", "the latest raid".
THIS_EVENT = re.compile(
    rf"\bthis\s+(?:{TOLD_EVENT_NOUNS}|confrontation|clash|fighting|shooting)\b|\bthe\s+latest\b", re.I
)


def points_at_that_event(sentence: SentenceFacts, current: Open | None) -> bool:
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
    return not (day and any(d.value and date_value(d, None, text)[0] == day for d in sentence.dates))


# An event noun that points back to the event told ("the blast", "Saturday's attack") or goes on ("as fighting
# continued"): what follows is about that event, whatever day it names.
BACK_REFERENCE_BEFORE = re.compile(
    r"\b(?:the|this|that|these|those|\w+day['’]s)\s+(?:(?!(?:was|were|is|are|has|had|have|been)\b)[\w\-]+\s+){0,2}$",
    re.I,
)
GOES_ON_AFTER = re.compile(r"^\w*\s+(?:continued|went on|raged|persisted|resumed|dragged on)\b", re.I)

# "Hours after the blast in X, ...": the event told, named only as the time of what the sentence tells
TIME_OF_TOLD = re.compile(r"\b(?:after|before|since|following)\s+$", re.I)


def points_back(words: str) -> bool:
    """Do the words name the event told as their subject ("the blast occurred ..."), not only as a time ("hours
    after the blast")?"""
    return any(not TIME_OF_TOLD.search(words[: m.start()]) for m in SAME_EVENT.finditer(words))


# "the March 2019 attacks": a date that, with no name between, is the first word of an event noun phrase
DATED_BACK_BEFORE = re.compile(r"\bthe\s+$", re.I)
DATED_BACK_AFTER = re.compile(r"^\s+(?:[a-z\-]+\s+)?" + OTHER_EVENT_NOUNS + r"\b")


def dated_back(sentence: SentenceFacts, date: DateExpression) -> bool:
    """Does the date name the event told, by the definite article and the event's noun alone ("Tarvel said of the
    March 2019 attacks"), not another event by a name of its own ("the 2002 Bali bombings")?"""
    at, end = date.start - sentence.start, date.end - sentence.start
    return bool(DATED_BACK_BEFORE.search(sentence.text[:at]) and DATED_BACK_AFTER.match(sentence.text[end:]))


def dates_undated_event(sentence: SentenceFacts, date: DateExpression, value: str | None, current: Open) -> bool:
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


def follow_up(sentence: SentenceFacts, current: Open) -> bool:
    """A sentence on another day that only refers back to the current event: no toll, no new place, no new event."""
    if any(c.value > 0 for c in sentence.counts):
        return False
    here = event_places(sentence)
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


def retells_toll(sentence: SentenceFacts, current: Open, by_index: dict[int, SentenceFacts]) -> bool:
    """Does a line with no strong event word of its own point back at the event told ("the attack") and give a
    number of dead that event's lines told already?"""
    if sentence.strength >= 4 or not points_back(sentence.text):
        return False
    told = told_counts_of(current, by_index)
    return any(c.value > 0 and c.value in told for c in sentence.kills)


# "... as bodies were found in the bush": the dead of a toll update found, not an event of their own
BODIES_FOUND = re.compile(
    r"\bbod(?:y|ies)\b(?:\s+\w+){0,3}?\s+(?:were|was|had been|have been)\s+(?:found|recovered|discovered)\b", re.I
)


def update_labels(sentence: SentenceFacts) -> set[str]:
    """The strong event labels of a toll update, bodies found for it left out ("the toll rose to 50 as bodies were
    found in the bush": the event told, its dead found)."""
    found = [(m.start() + sentence.start, m.end() + sentence.start) for m in BODIES_FOUND.finditer(sentence.text)]
    return {
        label
        for label, strength, at in sentence.events
        if strength >= 4 and not (label == "other_violence" and any(a <= at < b for a, b in found))
    }


# "the attack that killed 4": a relative clause right after the noun pointing back, up to the toll it gives
TOLD_EVENT_CLAUSE = re.compile(r"^\s*,?\s*(?:that|which|in which)\b[^,.;:]*$", re.I)


def toll_of_told_event(sentence: SentenceFacts) -> bool:
    """Does the sentence give a toll in a relative clause of a noun pointing back to the event told ("the scene of
    the attack that killed 4")? That toll is the event told's, whatever the sentence's date."""
    start = sentence.start
    return any(
        start + found.end() <= count.start and TOLD_EVENT_CLAUSE.match(sentence.text[found.end() : count.start - start])
        for found in SAME_EVENT.finditer(sentence.text)
        for count in sentence.kills
    )


# ---------------------------------------------------------------- another event than the one told


def roundup_next_item(sentence: SentenceFacts, current: Open, by_index: dict[int, SentenceFacts]) -> bool:
    """Is the sentence another item of a roundup: fronted by a place ("In X, ...") or an additive opener ("In
    addition, ..."), an event with a toll the incident open has not told or at a place apart from the finest places
    it was told at (a town of the same province is apart; the province itself is not)?"""
    fronted = FRONTED_PLACE.match(sentence.text)
    additive = ADDITIVE_OPENER.match(sentence.text)
    if not (fronted or additive) or sentence.strength < 1 or sentence.claim:
        return False
    if SAME_EVENT.search(sentence.text) or TOLL_UPDATE.search(sentence.text):
        return False
    theirs = told_at(current, by_index)
    here = where_told(sentence)
    if fronted and not additive:
        # the place fronting the sentence must be its own, and it must count dead or wounded of its own
        head = sentence.start + fronted.end()
        here = [p for p in here if any(m.start < head and q is p for m, q in sentence.places)]
        return bool(here and theirs) and new_count(sentence, current, by_index) and apart(here, theirs)
    if new_count(sentence, current, by_index):
        return True
    return sentence.strength >= 4 and bool(here and theirs) and apart(here, theirs)


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


def struck_apart(sentence: SentenceFacts, current: Open, by_index: dict[int, SentenceFacts]) -> bool:
    """Does a line the classifier reads as an incident bring in an event ("a suicide car bombing is underway in Y",
    or fronted by its place: "In Y, troops exchanged fire ...") with no count, at places apart from the finest places
    the incident open was told at? (A line with a count is weighed by the rules of tolls; an arrest by
    capture_elsewhere.)"""
    if sentence.counts or sentence.strength < 4 or not sentence.told_by_model:
        return False
    if (
        "arrest_or_raid" in strong_labels(sentence)
        or SAME_EVENT.search(sentence.text)
        or TOLL_UPDATE.search(sentence.text)
    ):
        return False
    if not (FRONTED_PLACE.match(sentence.text) or _introduces_event(sentence)):
        return False
    spoken = {id(p) for m, p in sentence.places if SPOKEN_IN.search(sentence.text[: m.start - sentence.start])}
    here = [p for p in where_told(sentence) if id(p) not in spoken]
    theirs = told_at(current, by_index)
    return bool(here and theirs) and apart(here, theirs)


# "attacked Chesht, Oba, Gulran and X districts": the places right after a verb of attack, listed one after another
ATTACKED_LIST = re.compile(
    r"\b(?:attack(?:ed|ing)|raid(?:ed|ing)|stormed|invaded|bombed|bombarded|shelled|struck|overran|torched)\s+"
    r"(?:the\s+)?(?:(?:villages?|towns?)\s+of\s+)?(?-i:(?:[A-Z][\w\-’']*\s+){0,3}?(?:[A-Z][\w\-’']*),\s*(?:and\s+)?){0,6}$",
    re.I,
)


def acted_apart(
    sentence: SentenceFacts, current: Open | None, opened: list[Open], by_index: dict[int, SentenceFacts]
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
    if SAME_EVENT.search(text) or TOLD_DOER.search(text) or TOLL_UPDATE.search(text) or points_back(text):
        return False
    spoken = {id(p) for m, p in sentence.places if SPOKEN_IN.search(text[: m.start - sentence.start])}
    here = where_told(sentence)
    for mention, place in sentence.places:
        before = text[max(0, mention.start - sentence.start - 120) : mention.start - sentence.start]
        if place.kind != "country" and ATTACKED_LIST.search(before) and all(place is not p for p in here):
            here.append(place)
    here = [p for p in here if id(p) not in spoken]
    theirs = told_at(current, by_index) + [p for o in opened if o is not current for p in told_at(o, by_index)]
    if not (here and theirs):
        return False
    # towns against towns when both name one ("in the northern X, ... in Y" after an event "near Z" in X, where the
    # gazetteer files neither town under the region X): the region both share does not make the towns one place
    towns, their_towns = towns_of(here), towns_of(theirs)
    if towns and their_towns:
        here, theirs = towns, their_towns
    return apart(here, theirs)


# "in X village", "in the town of X", "X, a village of ...": the line calls its place a village or town of its own
# (a district, ward or quarter only when the event told is not told at a town: there it is a part of that town)
KIND_AFTER_PLACE = re.compile(
    r"^(?:\s+|,\s+an?\s+(?:small\s+|remote\s+)?)(?:village|town|city|(?P<part>district|ward|quarter|neighbou?rhood))\b",
    re.I,
)
KIND_BEFORE_PLACE = re.compile(r"\b(?:village|town|city|(?P<part>district|ward|quarter|neighbou?rhood))\s+of\s+$", re.I)

# "attacked villages", "four remote villages": an event told over several places
SPREAD_OVER = re.compile(r"\b(?:villages|towns|communities|hamlets|settlements)\b", re.I)


def told_apart_on_its_own(sentence: SentenceFacts, current: Open, by_index: dict[int, SentenceFacts]) -> bool:
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
    if SAME_EVENT.search(text) or TOLD_DOER.search(text) or TOLL_UPDATE.search(text) or points_back(text):
        return False
    if any(SPREAD_OVER.search(by_index[i].text) for i in current.incident.sentences if i in by_index):
        return False  # "gunmen stormed four villages": a line at one of them tells a part of the event told
    spoken = {id(p) for m, p in sentence.places if SPOKEN_IN.search(text[: m.start - sentence.start])}
    here = [p for p in where_told(sentence) if p.record is None and id(p) not in spoken]
    theirs = told_at(current, by_index)
    if not (here and theirs) or not apart(here, theirs):
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
    mine, theirs_kinds = kinds(strong_labels(sentence)) - {"generic"}, kinds(current.labels) - {"generic"}
    other_kind = bool(mine and theirs_kinds and not (mine & theirs_kinds))
    marked = bool(OTHER_EVENT.search(text) or NEW_EVENT_OPENERS.search(text) or ANOTHER_TIME_OPENER.search(text))
    return bool(own_kind or other_kind or marked)


def raid_sentence(sentence: SentenceFacts) -> bool:
    return (
        "arrest_or_raid" in strong_labels(sentence)
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


def capture_elsewhere(sentence: SentenceFacts, current: Open, by_index: dict[int, SentenceFacts]) -> bool:
    """Does the sentence tell people taken ("were arrested", "detained") at a place it locates them in, apart from
    the finest places the incident open was told at (less those a distance is told from: "in X, 10 km from Y")? After
    an arrest, only other people taken count ("Another member was held in Z"), not the one told ("The suspect ...")."""
    if "arrest_or_raid" not in strong_labels(sentence) or not CAPTURE_ACT.search(sentence.text):
        return False
    if "arrest_or_raid" in current.labels and (
        TOLD_CAPTIVE.match(sentence.text) or TOLD_CAPTIVES.search(sentence.text)
    ):
        return False  # "The suspect was arrested at his home in X": the arrest told, told again with its place
    theirs = told_at(current, by_index)
    here = where_told(sentence) or [
        place
        for mention, place in sentence.places
        if place.kind != "country"
        and TAKEN_AT.search(sentence.text[max(0, mention.start - sentence.start - 60) : mention.start - sentence.start])
    ]
    return bool(here and theirs) and apart(here, theirs)


# Days apart two events told by their days are at least: a night's event is told by either of its two days
OTHER_DAY_APART = 2


def dated_placed_event(
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
        and bool(event_places(sentence, listed=False))
        and not SAME_EVENT.search(sentence.text)
        and not TOLL_UPDATE.search(sentence.text)
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


def told_by_a_past_time(
    sentence: SentenceFacts, date: DateExpression | None, value: str | None, current: Open | None
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


# ---------------------------------------------------------------- roundups and lists: their items

HEADING_ITEM = re.compile(r"^\W*\w")
HEADING_MAX_WORDS = 12


def heading_line(text: str) -> bool:
    """A short line that no sentence punctuation ends: a heading ("Khyber attack, July 2021")."""
    words = text.strip()
    return bool(words) and words[-1] not in '.!?"”’:;' and len(words.split()) <= HEADING_MAX_WORDS


def tells_several(sentence: SentenceFacts) -> bool:
    """Does the sentence tell several events at once ("two separate bombings", "Taliban attacks on checkpoints",
    "invaded three villages") with a toll of them all?"""
    if not sentence.kills:
        return False
    words = sentence.text
    return bool(SEVERAL_EVENTS.search(words) or PLURAL_EVENT.search(words) or SEVERAL_PLACES.search(words))


def roundup_item(sentence: SentenceFacts, summary: Open, current: Open, by_index: dict[int, SentenceFacts]) -> bool:
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
    return any(all(not same_place(p, q) for q in named) for p in item_places(sentence))


def struck_elsewhere(sentence: SentenceFacts, current: Open, by_index: dict[int, SentenceFacts]) -> bool:
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
    return any(all(not (same_place(p, q) or related(p, q)) for q in named) for p in here)
