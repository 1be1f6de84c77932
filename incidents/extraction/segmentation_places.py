"""Place relations of segmentation (segmentation.py): where a line locates its event ("in X", not where a source
or a distance is told from), whether two places are one, one inside the other or apart, and the places of a list of
events ("attacks in X, Y and Z").
"""

from __future__ import annotations

import re

from .model import Place
from .segmentation_openers import EVENT_NOUN_PAIRS
from .sentence_facts import SentenceFacts
from .vocabulary import VIOLENT_EVENT_NOUNS, noun_alternation

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


def event_places(sentence: SentenceFacts, listed: bool = True) -> list[Place]:
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


# "the Y district of the capital": a part of the town told, whatever the gazetteer says of it
OF_THE_TOWN_AFTER = re.compile(
    r"^(?:\s+(?:district|area|neighbou?rhood|quarter|suburb|section|part))?\s+of\s+the\s+(?:capital|city|town)\b",
    re.I,
)


def part_of_the_told_town(sentence: SentenceFacts, place: Place) -> bool:
    return any(
        q is place and OF_THE_TOWN_AFTER.match(sentence.text[m.end - sentence.start :]) for m, q in sentence.places
    )


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


def where_told(sentence: SentenceFacts) -> list[Place]:
    """The places (listed or not, no country) the sentence locates its event in, less those a distance is told
    from."""
    located = event_places(sentence, listed=False)
    out = []
    for mention, place in sentence.places:
        before = sentence.text[max(0, mention.start - sentence.start - 60) : mention.start - sentence.start]
        if place.kind == "country" or DISTANCE_FROM.search(before) or any(place is p for p in out):
            continue
        if any(place is p for p in located) or IN_TOWN_OF.search(before):
            out.append(place)
    return out


def distance_points(sentence: SentenceFacts) -> list[Place]:
    """The places a distance is told from ("90 miles northeast of X")."""
    return [
        place
        for mention, place in sentence.places
        if DISTANCE_FROM.search(
            sentence.text[max(0, mention.start - sentence.start - 60) : mention.start - sentence.start]
        )
    ]


def finest(places: list[Place]) -> list[Place]:
    """The places no other of them lies in: "in X district of Y province" is X."""
    return [p for p in places if not any(q is not p and within(q, p) for q in places)]


def towns_of(places: list[Place]) -> list[Place]:
    return [p for p in places if p.kind in ("city", "site")]


def apart(here: list[Place], theirs: list[Place]) -> bool:
    """Is each place told here unrelated to each of the incident's finest places?"""
    return all(not related(p, q) for p in finest(here) for q in theirs)


# "attacked X village", "bombarded X": a place right after the verb of an attack is where it happened
ATTACKED_PLACE = re.compile(
    r"\b(?:attack(?:ed|ing)|raid(?:ed|ing)|stormed|invaded|bombed|bombarded|shelled|struck|overran|torched)\s+"
    r"(?:the\s+)?(?:villages?\s+of\s+)?$",
    re.I,
)


def item_places(sentence: SentenceFacts) -> list[Place]:
    """The places (listed or not, no country) where the sentence locates an event: "in X", or right after an attack
    verb ("attacked X village")."""
    out = event_places(sentence, listed=False)
    for mention, place in sentence.places:
        before = sentence.text[max(0, mention.start - sentence.start - 40) : mention.start - sentence.start]
        if place.kind != "country" and ATTACKED_PLACE.search(before) and all(place is not p for p in out):
            out.append(place)
    return out


def same_place(a: Place, b: Place) -> bool:
    """One place: the same record ("Kunduz" the city is not "Kunduz" the province), or one unlisted name."""
    if a is b:
        return True
    if a.record is not None or b.record is not None:
        return a.gazetteer_id == b.gazetteer_id
    return a.name.lower() == b.name.lower()


# ---------------------------------------------------------------- a list of places, one event at each

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
    + noun_alternation(EVENT_NOUN_PAIRS + (("assault", "assaults"),), "plural")
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


def list_of_places(sentence: SentenceFacts) -> tuple[list[Place], bool]:
    """The places of a list "in X, Y and Z" that an attack verb or a plural event noun leads into (the noun right
    before the list, or anywhere before it when the sentence says the events are separate), empty when the sentence
    lists none; and whether the list is of the later forms (an attack verb before it, "took place in", "and in", a
    region told between the items), whose lines often tell again a lead told before them or a list told before."""
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
    places = finest(places)
    return places if len(places) >= 2 else []
