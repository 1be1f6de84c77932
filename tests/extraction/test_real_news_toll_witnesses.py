"""Tolls of real news, third round: killing verbs the counts had missed ("fatally shot", "a further three"), the
dead a witness counted as bodies, a number that counts things before "and killed", and one named victim told
before the event's count."""

from __future__ import annotations

from dataclasses import replace

from incidents.extraction.counts import find_counts
from incidents.extraction.model import Incident
from incidents.extraction.sentence_facts import SentenceFacts
from incidents.extraction.tolls import incident_toll

from .readers import killed_values


def test_the_fatally_shot_and_the_fatally_stabbed_are_dead():
    assert killed_values("The retired judge was fatally shot outside his office on Monday.") == [1]
    assert killed_values("Two ferry workers were fatally stabbed near the pier.") == [2]


def test_a_further_number_is_that_number_not_one():
    assert killed_values("A second blast hit the depot, killing a further four porters.") == [4]


def test_the_bodies_a_witness_saw_or_counted_are_the_dead():
    assert killed_values("A nurse at the clinic said she saw at least 11 bodies in the yard.") == [11]
    assert killed_values("We counted the dead bodies of seven fishermen on the shore, a villager said.") == [7]


def test_a_number_of_things_before_and_killed_is_not_the_dead():
    assert killed_values("Raiders set fire to 30 huts and killed 12 herders.") == [12]
    assert killed_values("Troops answered the three ambushes and killed 18 fighters.") == [18]
    assert killed_values("Two porters were beaten and killed at the gate.") == [2]


def _facts(index: int, start: int, text: str) -> SentenceFacts:
    facts = SentenceFacts(index, start, start + len(text), text, index)
    facts.counts = find_counts(text, 0, len(text))
    facts.counts = [replace(c, start=c.start + start, end=c.end + start) for c in facts.counts]
    return facts


def test_one_named_victim_told_before_the_events_count_is_not_the_toll():
    lines = [
        "Two bombs went off outside the tax office in Morvale on Sunday, the police said.",
        "The local union confirmed that Dara Kelso, a radio host, was killed.",
        "A guard at the office told reporters he saw at least nine bodies on the street.",
    ]
    facts, start = {}, 0
    for index, line in enumerate(lines):
        facts[index] = _facts(index, start, line)
        start += len(line) + 1
    incident = Incident(sentences=[0, 1, 2])
    incident_toll(incident, facts)
    assert incident.fatalities == 9


def test_one_named_victim_with_no_other_count_is_the_toll():
    lines = [
        "A bomb went off outside the tax office in Morvale on Sunday, the police said.",
        "The local union confirmed that Dara Kelso, a radio host, was killed.",
    ]
    facts = {0: _facts(0, 0, lines[0]), 1: _facts(1, len(lines[0]) + 1, lines[1])}
    incident = Incident(sentences=[0, 1])
    incident_toll(incident, facts)
    assert incident.fatalities == 1
