"""Parsed tolls: the dead an incident's sentences give in wordings the count patterns (counts.py) do not read, found
in the dependency parse: a number attached to the subject of a death verb ("25 people are confirmed dead", "one of
them has died", "both hostages died", "Ali Musa lost his life", "four guards were hacked to death") or to a death noun
("there were 85 deaths", "the death of two children"). Read only when tolls.py found no toll for the incident.

Only a number the parse attaches to the dead themselves counts, so an age is never read: in "people under the age of
30 have died" the 30 hangs from "age", and in "a 30-year-old died" from "year".
"""

from __future__ import annotations

import re

from .counts import BELOW, INJURED_VERBS, number_value
from .model import Incident
from .sentence_facts import SentenceFacts
from .tolls import (
    ANOTHER_EVENT,
    DEED_BEFORE,
    EARLIER_EVENT,
    ELSEWHEN,
    IN_ANOTHER_EVENT,
    SEPARATE_EVENTS,
    SUICIDE,
)
from .vocabulary import DIED_VERBS

# (the pipeline's parse has no lemmas: verbs are matched by their forms)
# Verbs whose passive subject was killed: "were killed", "was slain".
_KILL_VERBS = frozenset(
    ["killed", "slain", "murdered", "executed", "beheaded", "massacred", "assassinated", "lynched", "slaughtered"]
)
# Verbs that kill only with "to death" or "dead": "hacked to death", "shot dead".
_HARM_VERBS = frozenset(
    ["hacked", "stabbed", "beaten", "burned", "burnt", "clubbed", "shot", "stoned", "crushed", "trampled", "gunned"]
)
_LOST = frozenset(["lost", "lose", "loses", "losing"])
_DEATH_NOUNS = frozenset(["death", "deaths", "dead", "fatalities"])
# A death told as a fear, a chance or a denial: "could die", "may have been killed", "no one died".
_UNSURE = frozenset(["could", "may", "might", "would", "will", "should", "can", "must"])
# A death that nearly happened: "were nearly killed", "narrowly escaped death".
_NEARLY = frozenset(["nearly", "almost", "narrowly"])
# Verbs over a death that deny it or say it did not happen: "denied that both were killed", "prevented 40 deaths",
# "is blamed for the deaths of": no death of this event.
_DENIED = frozenset(
    [
        "denied",
        "deny",
        "denies",
        "dismissed",
        "dismiss",
        "rejected",
        "reject",
        "refuted",
        "disputed",
        "prevented",
        "prevent",
        "averted",
        "avert",
        "avoided",
        "avoid",
        "blamed",
        "blame",
    ]
)
# A claim whose truth the text leaves open: "reports that both were killed were false".
_CLAIMS = frozenset(["report", "reports", "claim", "claims", "rumour", "rumours", "rumor", "rumors", "allegations"])
# A rate, not an event's dead: "cause some 300 deaths a year".
_RATE = re.compile(r"\b(?:a|an|each|every|per)\s+(?:year|month|week|day)\b|\bannually\b", re.I)
# Verbs the adjective "dead" tells a death with: "are (confirmed) dead", "lay dead", "were found dead", "left 3 dead".
_DEAD_VERBS = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "lay",
        "lie",
        "lies",
        "lying",
        "found",
        "confirmed",
        "left",
        "declared",
        "pronounced",
        "reported",
    ]
)


def _number(token) -> int | None:
    """The value of a number token ("25", "twelve", "2,000"), with its own modifiers ("two dozen"); none for an
    article, a year or a figure told as below itself ("nearly 50")."""
    if token.lower_ in ("a", "an", "single") or any(BELOW.search(c.lower_ + " ") for c in token.children):
        return None
    if token.ent_type_ in ("DATE", "TIME"):  # "the March 12 deaths"
        return None
    subtree = list(token.subtree)
    if any(t.lower_ in ("to", "-", "–") for t in subtree):
        # a range, "10 to 15 deaths": its lower end, as counts.py reads it
        ends = [v for t in subtree if t.tag_ == "CD" and (v := number_value(t.text)) is not None]
        if len(ends) > 1:
            return min(ends)
    words = " ".join(t.text for t in subtree if t.dep_ not in ("quantmod", "advmod", "punct", "cc"))
    value = number_value(words)
    if value is None:
        value = number_value(token.text)
    if value is None or (1900 <= value <= 2100 and token.text.isdigit()):
        return None
    return value


def _one_count(noun) -> int | None:
    """The dead one noun phrase counts: its number ("25 people", "over 90 villagers"), "one of them", "both
    hostages" or a person named in full ("Ali Musa died"). Not "a cashier died": one victim told without a number
    is no count (tests/extraction/test_tolls_wounded_only)."""
    if noun.tag_ == "CD":
        # "one of them died" is a count; "three of the officers died" a share of dead told already
        of_the = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        return None if any(g.tag_ != "PRP" for g in of_the) else _number(noun)
    for child in noun.children:
        if child.dep_ in ("nummod", "amod") and (child.tag_ == "CD" or child.like_num):
            value = _number(child)
            if value is not None:
                return value
        if child.dep_ in ("det", "predet") and child.lower_ == "both":
            return 2
    if noun.ent_type_ == "PERSON" and any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in noun.children):
        return 1  # a name in full: "Aisha Bello died" (one word alone is too often mistaken for a name)
    return None


def _subject_count(subject) -> int | None:
    """The dead a subject counts, with the groups joined to it ("100 civilians and two soldiers": 102)."""
    first = _one_count(subject)
    if first is None:
        return None
    total = first
    for conj in subject.conjuncts:
        total += _one_count(conj) or 0
    return total


def _death_verb(token) -> bool:
    """Whether `token` tells its subject died: a die verb, a passive killing, "lost his life", "hacked to death",
    "shot dead", "are (confirmed) dead"."""
    form = token.lower_
    children = list(token.children)
    # "were killed or wounded" counts the hurt with the dead
    if any(c.dep_ == "conj" and re.fullmatch(INJURED_VERBS, c.lower_) for c in children) and any(
        c.dep_ == "cc" and c.lower_ == "or" for c in children
    ):
        return False
    # (vocabulary.DIED_VERBS: "died", "perished", "succumbed to his wounds", "passed away")
    if form in ("die", "dies") or re.fullmatch(DIED_VERBS, form):
        return True
    if form == "passed" and any(c.lower_ == "away" for c in children):
        return True
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
    if form in _KILL_VERBS and passive:
        return True
    if form in _LOST and any(c.dep_ == "dobj" and c.lower_ in ("life", "lives") for c in children):
        return True
    to_death = any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in children
    )
    dead = any(c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "advmod", "xcomp", "dobj") for c in children)
    if form in _HARM_VERBS:
        return passive and (to_death or dead)
    # (not "presumed dead", "wanted dead or alive")
    return dead and form in _DEAD_VERBS and any(c.dep_ in ("nsubj", "nsubjpass") for c in children)


def _unsure(verb) -> bool:
    """A death feared, denied, nearly happened or summed over a span ("could die", "did not die", "were nearly
    killed", "have died since 2009": a conflict's toll, not an event's; but "has since died" is one death)."""
    if any(
        (c.dep_ in ("aux", "auxpass") and c.lower_ in _UNSURE)
        or c.dep_ == "neg"
        or c.lower_ in ("no", "none")
        or (c.dep_ == "advmod" and c.lower_ in _NEARLY)
        or (c.lower_ == "since" and c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children))
        for c in verb.children
    ):
        return True
    # "denied that both were killed", "dismissed claims that 12 had perished", "reports that ... were false"
    for ancestor in verb.ancestors:
        if ancestor.lower_ in _DENIED or (ancestor.lower_ in _CLAIMS and ancestor.i < verb.i):
            return True
    return False


def _verb_count(verb) -> int | None:
    if not _death_verb(verb) or _unsure(verb):
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].lower_ in ("who", "that", "which", "none", "nobody"):
        return None
    subject_text = " ".join(t.text for t in subjects[0].subtree)
    if SUICIDE.search(subject_text):  # a suicide bomber's death is never counted (tolls.SUICIDE)
        return None
    lives = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("life", "lives")]
    if verb.lower_ in _LOST and lives and not any(c.dep_ == "poss" for c in lives[0].children):
        # "both sides have lost many lives", "the two states lost 300 lives": the lives' number, not the subject's
        number = next((c for c in lives[0].children if c.dep_ == "nummod"), None)
        return _number(number) if number is not None else None
    return _subject_count(subjects[0])


def _governor(noun):
    """The verb a noun hangs from, through its prepositions ("blamed for the deaths of")."""
    head = noun.head
    while head is not head.head and not head.tag_.startswith("VB"):
        if head.dep_ not in ("prep", "pobj", "dobj", "nsubj", "nsubjpass", "attr"):
            return None
        head = head.head
    return head if head.tag_.startswith("VB") else None


def _noun_count(noun) -> int | None:
    """The dead a death noun counts: "85 deaths", "1 dead", "the death of two children"."""
    if noun.lower_ not in _DEATH_NOUNS or not noun.tag_.startswith(("NN", "JJ")):
        return None
    # the verb over the noun: "could lead to 100 deaths", "prevented 50 deaths", "cause 300 deaths a year"
    verb = _governor(noun)
    if verb is not None and (
        verb.lower_ in _DENIED or _unsure(verb) or _RATE.search(" ".join(t.text for t in verb.subtree))
    ):
        return None
    for child in noun.children:
        if child.dep_ == "nummod":
            return _number(child)
    if noun.lower_ in ("death", "deaths"):
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for victim in prep.children:
                    if victim.dep_ == "pobj" and victim.tag_ in ("NNS", "CD"):
                        value = _subject_count(victim)
                        return value if value and value > 1 or victim.tag_ == "CD" else None
    return None


def _phrase(token):
    """The words that tell a count: a verb's subject to the words that make the verb a death ("17 shoppers are
    confirmed dead", "four guards were hacked to death", "two porters passed away"), not the clauses after it; a
    death noun with its number and its "of" ("the death of two children"), not a phrase joined to it."""
    doc = token.doc
    if token.tag_.startswith("VB"):
        subject = next(c for c in token.children if c.dep_ in ("nsubj", "nsubjpass"))
        completing = [
            c
            for c in token.children
            if c.i > token.i
            and (
                c.dep_ in ("oprd", "acomp", "xcomp", "prt", "dobj")
                or c.lower_ in ("dead", "away")
                or (c.dep_ == "prep" and any(g.lower_ == "death" for g in c.children))
            )
        ]
        end = max([token.i] + [c.right_edge.i for c in completing])
        return doc[subject.left_edge.i : end + 1]
    of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > token.i]
    end = max([token.i] + [c.right_edge.i for c in of])
    return doc[token.left_edge.i : end + 1]


def _another_event(incident: Incident, sentence: SentenceFacts, token, phrase) -> bool:
    """Whether the count is another event's, by tolls.py's checks: another event before it ("while in another attack
    both guards died") or after it ("died in a separate ambush"), an earlier event it is measured against ("a week
    after the deaths of 11"), another time ("three years ago", "last year"), or for an arrest the deed the captives
    are held for ("the bombing that caused the deaths of 17")."""
    start = phrase.start_char - sentence.start
    before, after = sentence.text[: max(start, 0)], sentence.text[phrase.end_char - sentence.start :]
    verb = token if token.tag_.startswith("VB") else _governor(token)
    deed_start = min(start, verb.idx - sentence.start) if verb is not None else start
    return bool(
        ANOTHER_EVENT.search(before)
        or IN_ANOTHER_EVENT.match(after)
        or EARLIER_EVENT.search(before)
        or ELSEWHEN.search(sentence.text)
        or (incident.type == "arrest_or_raid" and DEED_BEFORE.search(sentence.text[: max(deed_start, 0)]))
    )


def parsed_toll(incident: Incident, facts: dict[int, SentenceFacts], doc, bounds: dict) -> None:
    """The first death count the parse of the incident's sentences gives, when the patterns read no toll."""
    if incident.fatalities is not None or not bounds:
        return
    for index in incident.sentences:
        sentence = facts[index]
        # (a sentence summing up several events counts no one event's dead, as in tolls.incident_toll)
        if (
            index not in bounds
            or sentence.aggregate
            or (len(incident.sentences) > 1 and SEPARATE_EVENTS.search(sentence.text))
        ):
            continue
        first, last = bounds[index]
        own = incident.clauses.get(index)  # a clause of another event: only this incident's part is read
        for token in doc[first:last]:
            if own is not None and (own[0] <= token.idx < own[1]) != own[2]:
                continue
            value = _verb_count(token) if token.tag_.startswith("VB") else _noun_count(token)
            if not value:
                continue
            phrase = _phrase(token)
            if _another_event(incident, sentence, token, phrase):
                continue
            incident.fatalities = value
            incident.fatalities_text = phrase.text
            return
