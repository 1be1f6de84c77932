"""Roles: what each person named in an event was to it (planner, attacker, victim, ...), and who was targeted."""

from __future__ import annotations

import re

from .model import Incident, Person
from .persons import KIN_OF_BEFORE, KIN_PREDICATE_AFTER
from .persons import escaped_unhurt as _escaped
from .sentence_facts import SentenceFacts
from .vocabulary import BARE_TITLES, POLITICAL_OFFICES

PLANNER_WORDS = re.compile(r"\b(?:plann(?:ed|ing)|plant(?:ed)?|mastermind(?:ed)?|orchestrat\w+|helped)\b", re.I)


ATTACKER_WORDS = re.compile(
    r"\b(?:attacker|bomber|gunman|assailant|kidnappers?|suspects?|accused|wanted for|charged with|responsible for)\b",
    re.I,
)


# The capitalised title words right before a name ("Supreme Leader Ayatollah", "Deputy Prime Minister and Defence
# Minister", "Minister of Interior").
# The office's acronym may follow it ("National Security Advisor (NSA)").
TITLE_RUN = re.compile(r"(?:(?:\b(?:[A-Z][\w\-.]*|of|and)|\([A-Z]{2,6}\))\s+){1,6}$")
# An office of a place set off before its holder: "the Governor of the Eastern Region, X", "the DC for Lamu, X".
OFFICE_OF_PLACE = re.compile(
    r"\b(?i:the)\s+(?:[\w\-]+\s+){0,2}?(?P<office>[\w\-]+)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z0-9][\w\-]*\s+){0,4}"
    r"[A-Z][\w\-]*,\s*$"
)


def _office_holder(mention, sentence: SentenceFacts) -> bool:
    """Is the name written after a political office ('President X', 'Home Minister X', 'Attorney-General X', 'the
    Governor of the Eastern Region, X')?"""
    before = sentence.text[max(0, mention.start - sentence.start - 80) : mention.start - sentence.start]
    run = TITLE_RUN.search(before)
    if run and any(word.lower() in POLITICAL_OFFICES for word in re.split(r"[\s\-]+", run.group(0))):
        return True
    office = OFFICE_OF_PLACE.search(before)
    if office and (office.group("office").lower() in POLITICAL_OFFICES or office.group("office").isupper()):
        return True
    # the office written lower case right before the name: "the rebels' leader X", "late president X"
    word = re.search(r"(?<![\w\-])([a-z]+)\s+[\"“']?$", before)  # not "sub-leader"
    return bool(word) and word.group(1) in POLITICAL_OFFICES


def _titled(person: Person, facts: dict[int, SentenceFacts]) -> bool:
    """Is the person named with a title or rank anywhere ('IG X', 'Col. X', 'Dr X', 'Chief of Army Staff General
    X')?"""
    for mention in person.mentions:
        sentence = facts.get(mention.sentence)
        if sentence is None:
            continue
        before = sentence.text[max(0, mention.start - sentence.start - 60) : mention.start - sentence.start]
        if HARMED_BEFORE.search(before):
            return False  # "killing one officer, Lt. X": the officer is the victim, title or not
        run = TITLE_RUN.search(before)
        if run and any(word.lower().rstrip(".") in BARE_TITLES for word in run.group(0).split()):
            return True
        # a state force's title written lower case right before the name: "army commander X", "the police chief X"
        # (not "the militant leader X", a party)
        word = FORCE_TITLE_BEFORE.search(before)
        if word and word.group(1) in BARE_TITLES:
            return True
    return False


FORCE_TITLE_BEFORE = re.compile(r"\b(?i:army|police|military|navy|security)\s+([a-z]+)\s+$")


HARMED_BEFORE = re.compile(
    r"\b(?:killing|wounding|injuring|kidnapping|abducting|shooting|targeting|attacking|killed|wounded|injured)\b"
    r"[^;]{0,40}$",
    re.I,
)


# Speech around a name: "said X", "according to X", "X, the district chief, told ...".
SAID_BEFORE = re.compile(r"\b(?:said|says|told|according to)\s+(?:[\w.]+\s+){0,4}$", re.I)
SAID_AFTER = re.compile(r"^(?:,[^,.;]{0,80},)?\s*(?:\w+\s+)?(?:said|says|told|added|confirmed|stated)\b", re.I)


def _speaks(person: Person, facts: dict[int, SentenceFacts]) -> bool:
    """Is the person quoted anywhere (a speaker, not only named with a title)?"""
    for mention in person.mentions:
        sentence = facts.get(mention.sentence)
        if sentence is None:
            continue
        before = sentence.text[max(0, mention.start - sentence.start - 50) : mention.start - sentence.start]
        after = sentence.text[mention.end - sentence.start : mention.end - sentence.start + 120]
        if SAID_BEFORE.search(before) or SAID_AFTER.match(after):
            return True
    return False


# A clause telling a death ("... before being killed by a drone strike in 2020").
CLAUSE_DEATH = re.compile(r"\b(?:killed|assassinated|shot dead|slain|murdered|beheaded|died)\b", re.I)
# Between a name and the clause about them: "X, a colonel who led the force before ", "X, who ".
ANTECEDENT_GAP = re.compile(r"^,\s*(?:(?:an?|the|his|her)\s+[^;.,]{0,60}?\s+)?(?:who|whose)\b[^;.]{0,120}$", re.I)


def _clause_victim(incident: Incident, whole: dict[int, SentenceFacts]) -> Person | None:
    """The person a relative clause tells the death of ('X, a colonel who ... before being killed in 2017'), when
    the incident is that clause's event and the clause names nobody itself."""
    for index, (a, b, inside) in incident.clauses.items():
        sentence = whole.get(index)
        if (
            not inside
            or sentence is None
            or not CLAUSE_DEATH.search(sentence.text[a - sentence.start : b - sentence.start])
        ):
            continue
        if any(a <= m.start < b for m, _ in sentence.persons):
            continue
        before = [(m, p) for m, p in sentence.persons if m.end <= a]
        if before and ANTECEDENT_GAP.match(sentence.text[before[-1][0].end - sentence.start : a - sentence.start]):
            return before[-1][1]
    return None


# A name given only as who founded a group ("the group, founded in 2012 by X", "its founder X") or as the one a
# grave or a memorial day is for ("near X's tomb", "the anniversary of X's death"): history the story recalls, not a
# party to the event it tells.
BACKGROUND_BEFORE = re.compile(
    r"(?:\b(?:co-?)?founded\b[^.;,]{0,40}?\bby\b[^.;,]{0,120}|\b(?:co-?)?founder\s+(?:of\s+[^,.;]{0,60}?)?,?\s*"
    r"|\b(?:tomb|grave|mausoleum|shrine|memorial|anniversary|commemorat\w+)\s+(?:of\s+)?(?:the\s+)?"
    r"(?:(?:death|killing|assassination|murder|slaying)\s+of\s+)?(?:[\w’'\-]+\s+){0,4})$",
    re.I,
)
BACKGROUND_AFTER = re.compile(r"['’]s?\s+(?:tomb|grave|mausoleum|shrine|memorial)\b|,\s*(?:the\s+)?(?:co-?)?founder\b")


def _background_figure(person: Person, incident: Incident, facts: dict[int, SentenceFacts]) -> bool:
    """Is every mention of the person in the incident's sentences a founder's, a commemorated person's, only whose
    relatives the sentence tells of ("two sons of the district head, X, were killed"), or one who escaped unhurt?"""
    told = [m for m in person.mentions if m.sentence in incident.sentences and m.sentence in facts]
    for mention in told:
        sentence = facts[mention.sentence]
        before = sentence.text[max(0, mention.start - sentence.start - 240) : mention.start - sentence.start]
        after = sentence.text[mention.end - sentence.start : mention.end - sentence.start + 80]
        if not (
            BACKGROUND_BEFORE.search(before)
            or BACKGROUND_AFTER.match(after)
            or (KIN_OF_BEFORE.search(before[-100:]) and KIN_PREDICATE_AFTER.match(after))
            or _escaped(sentence.text[mention.end - sentence.start :])
        ):
            return False
    return bool(told)


def _around(mention, sentence: SentenceFacts, width: int = 80) -> str:
    """The words of the sentence around a name: an attacker word is about the person only near the name ('the
    accused, X', 'X, one of the suspected masterminds'), not in a far clause ('officials went to the scene and
    vowed to find the suspects')."""
    start, end = mention.start - sentence.start, mention.end - sentence.start
    return sentence.text[max(0, start - width) : end + width]


def incident_persons(
    incident: Incident, facts: dict[int, SentenceFacts], whole: dict[int, SentenceFacts] | None = None
) -> None:
    seen: dict[int, tuple[Person, str]] = {}
    victim = _clause_victim(incident, whole) if whole else None
    if victim is not None:
        seen[id(victim)] = (victim, "victim")
    for index in incident.sentences:
        sentence = facts[index]
        for mention, person in sentence.persons:
            if id(person) in seen or (person.is_source and (person.fate is None or _speaks(person, facts))):
                continue  # named with an official's title but killed, hurt or taken, and never quoted: a party
            if person.fate is None and any(
                m.sentence in facts and _office_holder(m, facts[m.sentence]) for m in person.mentions
            ):
                continue  # "President X vowed revenge": an office holder speaking of the event is not a party to it
            if _background_figure(person, incident, facts):
                continue
            if PLANNER_WORDS.search(sentence.text):
                role = "planner"
            elif (
                ATTACKER_WORDS.search(_around(mention, sentence))
                and person.fate not in ("killed",)
                or (person.affiliation is not None and person.affiliation in incident.perpetrators)
            ):
                role = "perpetrator"
            elif person.fate in ("killed", "injured", "abducted") or incident.type in ("abduction",):
                role = "victim"
            else:
                if person.fate is None and _titled(person, facts):
                    continue  # "IG X revised the toll", "General X directed help": an official at work, no party
                role = "other"
            seen[id(person)] = (person, role)
    incident.persons = list(seen.values())


def incident_targets(incident: Incident, facts: dict[int, SentenceFacts]) -> None:
    words = []
    for index in incident.sentences[:2]:
        for count in facts[index].kills:
            noun = re.sub(r"^\W*\w+\s+(?:at least\s+|more than\s+)?\S+\s*", "", count.text)
            noun = re.split(r"\b(?:were|was|had|have|killed|martyred|dead|died)\b", noun)[0].strip(' ,"“”')
            if noun and len(noun) < 60:
                words.append(noun)
    lead = facts[incident.sentences[0]].text
    target = re.search(
        r"\b(?:on|at|targeting|struck|hit|attacked|stormed)\s+(an?|the)\s+([\w\- ]{3,60}?)(?=\s+(?:in|"
        r"near|at|on|carrying|,|\.)|[,.])",
        lead,
    )
    if target:
        words.insert(0, target.group(2).strip())
    incident.targets = list(dict.fromkeys(words))[:4]
