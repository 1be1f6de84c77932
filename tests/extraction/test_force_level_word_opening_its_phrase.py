"""A force's level word ("State", "federal", "Counterterrorism", "Paramilitary") that opens its phrase, at a
sentence's start or after a comma, stays part of the force's mention, as it does after any other word: "State
prosecutors said" names a prosecution office as "Zacatecas state prosecutors said" does, where a bare "prosecutors
said" at a trial stays no group."""

from __future__ import annotations

import pytest

from incidents.extraction.forces import force_mentions

from .readers import group_names


def _forces(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.force) for m in force_mentions(text, lambda start: 0)]


@pytest.mark.parametrize(
    "text, mention",
    [
        ("State prosecutors said the man was shot.", "State prosecutors"),
        ("Counterterrorism prosecutors are investigating the stabbing.", "Counterterrorism prosecutors"),
        ("in the state of Varno, state prosecutors said on Tuesday.", "state prosecutors"),
        ("Federal police arrested two men in Varno.", "Federal police"),
        ("Paramilitary rangers killed two gunmen near Varno.", "Paramilitary rangers"),
        # the level word after any other word was always read
        ("Officials said state prosecutors had charged him.", "state prosecutors"),
    ],
)
def test_a_level_word_opening_the_phrase_is_part_of_the_force(text, mention):
    assert mention in [found for found, _ in _forces(text)]


@pytest.mark.parametrize(
    "text, mention",
    [
        # a word that is no level word stays out of the mention, as before
        ("Later police arrested two men in Varno.", "police"),
        ("Prosecutors said the man was shot.", "Prosecutors"),
        ("During the trial, prosecutors said the man was armed.", "prosecutors"),
    ],
)
def test_other_words_opening_the_phrase_stay_out_of_the_force(text, mention):
    assert [found for found, _ in _forces(text)] == [mention]


def test_state_prosecutors_opening_a_sentence_are_a_group(run):
    document = run(
        "MAIDUGURI: Gunmen shot dead two traders at a market in Bama on Sunday. State prosecutors said on Monday "
        "that three men had been charged."
    )
    assert any("prosecutors" in name.lower() for name in group_names(document))


def test_counterterrorism_prosecutors_opening_a_sentence_are_a_group(run):
    document = run(
        "MAIDUGURI: A man stabbed two worshippers at a church in Bama on Sunday. Counterterrorism prosecutors are "
        "investigating the attack."
    )
    assert any("prosecutors" in name.lower() for name in group_names(document))


def test_bare_prosecutors_at_a_trial_stay_no_group(run):
    document = run(
        "MAIDUGURI: A court sentenced two men over a bombing near Bama. During the trial, prosecutors said the men "
        "had planted the bomb at a market."
    )
    assert not any("prosecutor" in name.lower() for name in group_names(document))


def test_paramilitary_rangers_opening_a_sentence_are_a_corps(run):
    document = run(
        "PESHAWAR: Gunmen attacked a checkpoint near Khar on Sunday. Paramilitary rangers killed two of them."
    )
    assert any("rangers" in name.lower() for name in group_names(document))


def test_a_force_chief_after_a_sentence_s_last_word_still_speaks_for_the_force(run):
    # "Monday." ends the sentence before: it is no name the force is named after ("Lakeland police chief")
    document = run(
        "PESHAWAR: Fifteen soldiers died in clashes with militants near Khar on Monday.\nNational police chief Jane "
        "Doe told a briefing that the militants were a top focus of investigations."
    )
    assert any("police" in name.lower() for name in group_names(document))
