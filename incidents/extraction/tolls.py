"""Tolls: how many an event killed and injured, from the counts of its sentences (counts.find_counts finds them;
the first statement of the dead is the toll, "the death toll rose to N" replaces it)."""

from __future__ import annotations

import re

from .model import Incident
from .sentence_facts import SentenceFacts

# A relative "where" opening the count: "a district where 40 civilians were killed".
_WHERE = re.compile(r"\bwhere\s+(?:(?:at least|more than|some|about)\s+)?$", re.I)


def _before(sentence: SentenceFacts, count) -> str:
    offset = count.start - sentence.start
    return sentence.text[max(0, offset - 24) : offset]


def incident_toll(incident: Incident, facts: dict[int, SentenceFacts]) -> None:
    sentences = [facts[i] for i in incident.sentences]
    for sentence in sentences:
        totals = [c for c in sentence.kills if c.total]
        if totals:
            incident.fatalities, incident.fatalities_text = totals[0].value, totals[0].text
            break
    if incident.fatalities is None:
        for position, sentence in enumerate(sentences):
            # "... in a district where 40 civilians were killed": the place's past, not this event's dead
            kills = [
                c
                for c in sentence.kills
                if c.value > 0 and not (c is not sentence.kills[0] and _WHERE.search(_before(sentence, c)))
            ]
            if not kills:
                continue
            incident.fatalities = sum(c.value for c in kills)
            incident.fatalities_text = "; ".join(c.text for c in kills)
            # "... 'neutralised' 17 insurgents." "Two soldiers 'paid the supreme price' ...": one statement in two.
            follower = sentences[position + 1] if position + 1 < len(sentences) else None
            explicit = [c for c in kills if not re.match(r"(?:was|has|is)\b", c.text, re.I)]
            if (
                follower
                and follower.index == sentence.index + 1
                and follower.paragraph == sentence.paragraph
                and explicit
                and not re.search(r"\bsources?\b|\bofficials?\b|\bmonitor\b", follower.text, re.I)
            ):
                more = [c for c in follower.kills if c.value > 0 and not re.match(r"(?:was|has|is)\b", c.text, re.I)]
                if more:
                    incident.fatalities += sum(c.value for c in more)
                    incident.fatalities_text += "; " + "; ".join(c.text for c in more)
                    kills = kills + more
            _add_attackers(incident, sentences[position + 1 :], kills)
            break
    for sentence in sentences:
        injured = [c for c in sentence.counts if c.kind == "injured" and c.value > 0]
        if injured:
            incident.injured = sum(c.value for c in injured)
            incident.injured_text = "; ".join(c.text for c in injured)
            break
    zeros = [c for s in sentences for c in s.counts if c.value == 0]
    if zeros:
        if incident.injured is None:
            incident.injured, incident.injured_text = 0, zeros[0].text
        if incident.fatalities is None and (
            any(c.zero_both for c in zeros) or incident.type in ("arrest_or_raid", "abduction")
        ):
            incident.fatalities, incident.fatalities_text = 0, zeros[0].text


# The attackers as the dead a count names: "11 militants were killed", "killed 15 attackers".
ATTACKERS = re.compile(
    r"\b(?:militants?|attackers?|assailants?|insurgents?|terrorists?|jihadi(?:st)?s?|gunmen|rebels?|fighters?|"
    r"raiders?|bandits?)\b",
    re.I,
)
# What ties the attackers' dead to this event: "were also killed", "as they attacked", "during the attack",
# "trying to flee", "in the exchange of fire".
AT_THE_EVENT = re.compile(
    r"\balso\b|\bas they\b|\bduring the (?:attack|assault|raid|clash|fighting|gun ?battle|gunfight|firefight)\b|"
    r"\btrying to (?:flee|escape)\b|\bin the (?:ensuing|exchange|return)\b|\breturn(?:ed|ing) fire\b",
    re.I,
)


def _add_attackers(incident: Incident, later: list[SentenceFacts], kills: list) -> None:
    """The toll told of the victims, and a later sentence of the event counting the attackers killed in it ("15
    militants were also killed"): the attackers are among the event's dead."""
    if any(ATTACKERS.search(c.victims) for c in kills):
        return  # the toll already names the attackers
    for sentence in later:
        if not AT_THE_EVENT.search(sentence.text):
            continue
        attackers = [c for c in sentence.kills if c.value > 0 and ATTACKERS.search(c.victims) and c not in kills]
        if attackers:
            incident.fatalities += attackers[0].value
            incident.fatalities_text += "; " + attackers[0].text
            return


def clause_victim_toll(incident: Incident) -> None:
    """'X, a colonel who ... before being killed in 2017': an event told only in a clause about one named victim
    killed, with no count, killed one."""
    if incident.fatalities is not None or not incident.clauses:
        return
    if not all(incident.clauses.get(i, (0, 0, False))[2] for i in incident.sentences):
        return
    victims = [p for p, role in incident.persons if role == "victim"]
    if len(victims) == 1:
        incident.fatalities, incident.fatalities_text = 1, victims[0].name
