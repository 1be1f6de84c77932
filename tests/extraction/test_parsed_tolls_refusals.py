"""Deaths the parse reads that are no toll of the event (parsed_tolls): another or earlier event's dead, a feared,
prevented, denied or nearly-happened death, suicide bombers, a date before "deaths", "killed or wounded". Each text
opens with a blast that wounded some and counts no dead, so only the parse could give a toll."""

from __future__ import annotations

import pytest

_OPENING = "A bomb exploded at a busy ferry terminal in Bama on Monday, wounding 9. "


def _tolls(document):
    return [i["fatalities"] for i in document["incidents"]]


@pytest.mark.parametrize(
    "sentence",
    [
        # an earlier event's dead (tolls.py's checks)
        "A week after the deaths of 14 herders in a nearby hamlet, residents fled.",
        "Four years ago, the deaths of 30 fishermen shook the town.",
        "The death of 3 customs officers last year was never solved.",
        # a fear, a prevention, a blame, a yearly rate
        "Officials warned that the leak could lead to 200 deaths.",
        "Medics said quick work prevented 40 deaths.",
        "The sect is blamed for the deaths of more than 2,000 people.",
        "Road crashes cause some 500 deaths a year in the region.",
        # near-misses, denials, survivals
        "Both porters were nearly killed.",
        "Police denied that both porters were killed.",
        "The agency dismissed claims that 15 travellers had perished.",
        "Both porters could die.",
        "Both porters did not die.",
        # suicide bombers are never counted
        "Both suicide bombers died in the blast.",
        # a date is no count
        "Mourners marked the March 14 deaths with a vigil.",
        # the lives a side or a place lost are no count of its members
        "Both sides have lost many lives.",
        # presumed dead, then alive
        "Both porters were presumed dead but later turned up alive.",
        # killed or wounded is not killed
        "Police said 11 travellers were killed or wounded.",
    ],
)
def test_no_toll_is_read_from_a_death_not_of_the_event(run, sentence):
    assert _tolls(run(_OPENING + sentence)) == [None]


def test_another_attacks_dead_told_in_the_same_line_are_not_the_events_toll(run):
    # "another attack in Gombi" may be an incident of its own (segmentation); either way its dead are not the blast's
    document = run(_OPENING + "Two porters were hurt, while in another attack in Gombi both watchmen of a shop died.")
    assert document["incidents"][0]["fatalities"] in (None, 0)


def test_the_deed_an_arrest_is_for_gives_the_arrest_no_toll(run):
    document = run(
        "Police arrested four men in Bama on Monday over the bombing that caused the deaths of 19 worshippers."
    )
    assert all(i["fatalities"] in (None, 0) for i in document["incidents"] if i["type"] == "arrest_or_raid")


@pytest.mark.parametrize(
    "sentence, toll",
    [
        pytest.param("Two porters were hurt in the blast, and one of them has since died.", 1, id="one-has-since-died"),
        pytest.param("Medics counted between 6 to 10 deaths at the terminal.", 6, id="a-range-is-its-lower-end"),
        pytest.param("The two villages have lost 30 lives.", 30, id="lives-lost-are-the-number-on-the-lives"),
        pytest.param("Two porters passed away in hospital.", 2, id="passed-away-are-the-dead"),
    ],
)
def test_a_parsed_death_wording_gives_its_toll(run, sentence, toll):
    assert _tolls(run(_OPENING + sentence)) == [toll]


def test_the_toll_text_is_the_dead_and_their_verb_not_the_clause_after(run):
    document = run(_OPENING + "Two porters were hacked to death, while the other one fled.")
    assert [i["fatalities_text"] for i in document["incidents"]] == ["Two porters were hacked to death"]


def test_a_death_in_a_like_event_is_no_toll(run):
    document = run(_OPENING + "Two porters were hurt, and one of them died in a similar attack in 2021.")
    assert set(_tolls(document)) == {None}
