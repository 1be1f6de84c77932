"""Tolls of real news, second round: the toll told as revised, a replaced figure, the dead added "along with" others,
verbs the counts had missed, a share of the dead, and counts that belong to another event."""

from __future__ import annotations

from dataclasses import replace

from incidents.extraction.counts import find_counts
from incidents.extraction.model import Incident
from incidents.extraction.sentence_facts import SentenceFacts
from incidents.extraction.tolls import incident_toll

from .readers import killed_values


def test_a_toll_lowered_or_raised_from_one_figure_to_another_is_the_new_figure():
    assert killed_values("The provincial clinic lowered the death toll from 30 to at least 22 on Friday.") == [22]
    assert killed_values("A second search of the ruins found more victims, raising the toll to nine.") == [9]


def test_a_toll_that_is_now_a_figure_is_a_toll():
    counts = find_counts("The official death toll is now 41, the ministry said.")
    assert [(c.value, c.total) for c in counts] == [(41, True)]


def test_a_toll_revised_later_in_the_sentence_is_the_revised_figure():
    assert killed_values("The death toll climbed to 300, but this was later revised to 210 after a recount.") == [210]


def test_an_earlier_toll_the_text_replaces_is_not_counted():
    text = "At least 17 people died in the market blast, a spokesman said Tuesday, raising an earlier toll of 12 dead."
    assert killed_values(text) == [17]


def test_dead_added_along_with_the_first_count_are_counted_with_it():
    text = "At least five guards and three villagers were reported killed in the fighting, along with 20 raiders."
    assert killed_values(text) == [28]


def test_the_dead_killed_by_another_verb_and_killed_are_counted():
    assert killed_values("Three hikers were run down and killed by a truck near the pass.") == [3]


def test_the_murdered_are_dead():
    assert killed_values("At least 40 farmers have been murdered by a militia in the valley.") == [40]


def test_a_toll_told_as_lives_taken_is_counted():
    assert killed_values("The blasts at two chapels, which took at least nine lives, shocked the town.") == [9]


def test_a_share_of_those_killed_is_not_another_count():
    assert killed_values("Seven of those killed were teachers.") == []


def test_killing_another_person_named_by_a_singular_noun_is_one_dead():
    assert killed_values("Days earlier, a roadside bomb killed another village elder near the market.") == [1]


def test_the_dead_of_a_second_attack_in_the_same_sentence_are_not_the_first_ones(run):
    document = run(
        "KORVAL: One person was killed in a blast at a shop beside the town hall in Korval on Sunday and at least "
        "two others were killed in a separate attack on the ring road, residents said."
    )
    assert document["incidents"][0]["fatalities"] == 1


def _facts(index: int, start: int, text: str) -> SentenceFacts:
    facts = SentenceFacts(index, start, start + len(text), text, index)
    facts.counts = find_counts(text, 0, len(text))
    facts.counts = [replace(c, start=c.start + start, end=c.end + start) for c in facts.counts]
    return facts


def test_the_toll_of_an_earlier_event_a_comparison_names_is_not_this_events():
    deck = "The raid came only four days after a rocket attack that killed 9 people in Dorvan."
    lead = "Gunmen stormed a police post in Dorvan on Friday, killing two officers, officials said."
    facts = {0: _facts(0, 0, deck), 1: _facts(1, len(deck) + 1, lead)}
    incident = Incident(sentences=[0, 1])
    incident_toll(incident, facts)
    assert incident.fatalities == 2


def test_an_earlier_event_told_only_by_its_comparison_keeps_its_toll():
    text = "That raid came three months after at least 50 people were killed in a bombing of a stadium."
    incident = Incident(sentences=[0])
    incident_toll(incident, {0: _facts(0, 0, text)})
    assert incident.fatalities == 50
