"""Parsed tolls: the dead an incident's sentences give in wordings the count patterns (counts.py) do not read, found
in the dependency parse: a number attached to the subject of a death verb ("25 people are confirmed dead", "one of
them has died", "both hostages died", "Ali Musa lost his life", "four guards were hacked to death") or to a death noun
("there were 85 deaths", "the death of two children"). Read only when tolls.py found no toll for the incident.

Only a number the parse attaches to the dead themselves counts, so an age is never read: in "people under the age of
30 have died" the 30 hangs from "age", and in "a 30-year-old died" from "year".
"""

from __future__ import annotations

from .counts import number_value
from .model import Incident
from .sentence_facts import SentenceFacts
from .tolls import SEPARATE_EVENTS

# (the pipeline's parse has no lemmas: verbs are matched by their forms)
# Verbs whose subject died: "died", "perished", "succumbed to his wounds".
_DIE_VERBS = frozenset(["died", "die", "dies", "perished", "succumbed"])
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
# "nearly 50", "almost 100": below a figure the text does not give (as counts._BELOW).
_BELOW = frozenset(["nearly", "almost"])


def _number(token) -> int | None:
    """The value of a number token ("25", "twelve", "2,000"), with its own modifiers ("two dozen"); none for an
    article, a year or a figure told as below itself ("nearly 50")."""
    if token.lower_ in ("a", "an", "single") or any(c.lower_ in _BELOW for c in token.children):
        return None
    words = " ".join(t.text for t in token.subtree if t.dep_ not in ("quantmod", "advmod", "punct", "cc"))
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
    if form in _DIE_VERBS:
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
    return dead and any(c.dep_ in ("nsubj", "nsubjpass") for c in children)


def _unsure(verb) -> bool:
    """A death feared, denied or summed over a span ("could die", "did not die", "have died since 2009": a
    conflict's toll, not an event's)."""
    return any(
        (c.dep_ in ("aux", "auxpass") and c.lower_ in _UNSURE) or c.dep_ == "neg" or c.lower_ in ("no", "none", "since")
        for c in verb.children
    )


def _verb_count(verb) -> int | None:
    if not _death_verb(verb) or _unsure(verb):
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].lower_ in ("who", "that", "which", "none", "nobody"):
        return None
    return _subject_count(subjects[0])


def _noun_count(noun) -> int | None:
    """The dead a death noun counts: "85 deaths", "1 dead", "the death of two children"."""
    if noun.lower_ not in _DEATH_NOUNS or not noun.tag_.startswith(("NN", "JJ")):
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


def parsed_toll(incident: Incident, facts: dict[int, SentenceFacts], doc, bounds: dict) -> None:
    """The first death count the parse of the incident's sentences gives, when the patterns read no toll."""
    if incident.fatalities is not None or doc is None or not bounds:
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
            if value:
                incident.fatalities = value
                incident.fatalities_text = doc[token.left_edge.i : token.i + 1].text
                return
