"""A second count added to an event's toll (a follower line's dead, or a later count of the same sentence) is not
added when its words tell it is another event's dead: a new event named with "a/an" ("killed 10 in an airstrike"),
"in a second incident", or dead summed over days of unrest ("during four days of clashes"). The same event's
further dead are still added."""

from __future__ import annotations

import pytest


def _tolls(document):
    return [i["fatalities"] for i in document["incidents"]]


# Must not fire: the further dead are the same event's, and are added (or left as main reads them).
@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Gunmen killed five villagers in Bama on Monday. Two soldiers were also killed in the attack.", 7),
        (
            "A bomb killed three guards at the gate of a base near Bama on Monday, and two soldiers died in the same "
            "blast.",
            5,
        ),
        (
            "Gunmen killed four traders at a market in Bama on Monday. Two guards were also killed in the fighting "
            "over the next two days.",
            6,
        ),
        (
            "Gunmen killed four traders at a market in Bama on Monday. Two guards were also killed during two hours "
            "of fighting.",
            6,
        ),
        (
            "Gunmen killed four traders at a market in Bama on Monday. Two soldiers were also killed in the ensuing "
            "gunfight.",
            6,
        ),
    ],
)
def test_the_same_events_further_dead_are_still_added(run, text, toll):
    assert _tolls(run(text)) == [toll]


def test_dead_of_a_new_event_named_with_an_article_are_not_added(run):
    document = run(
        "Gunmen killed three workers at a dam site near Bama on Monday. The gunmen fled to Gombi, where the army "
        "said it killed 10 in an airstrike."
    )
    assert _tolls(document)[0] == 3


def test_dead_of_a_second_incident_in_the_same_sentence_are_not_added(run):
    document = run(
        "One person died in the first blast at a house in Bama on Sunday, while three died in a second incident "
        "near the market."
    )
    assert _tolls(document)[0] == 1


def test_dead_summed_over_days_of_unrest_are_not_added(run):
    document = run(
        "A policeman was shot dead in Bama on Tuesday. Six people have died during three days of protests in the state."
    )
    assert _tolls(document) == [1]
