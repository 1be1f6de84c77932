"""A second count added to an event's toll (a follower line's dead, or a later count of the same sentence) is not
added when its words tell it is another event's dead: a new event named with "a/an" ("killed 10 in an airstrike"),
"in a second incident", or dead summed over days of unrest ("during four days of clashes"). The same event's
further dead are still added."""

from __future__ import annotations

import pytest


def _tolls(document):
    return [i["fatalities"] for i in document["incidents"]]


# Must not fire: the further dead are the same event's, and are added (or left as read before).
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
        # a clash or ambush told after the attack, and pointing back to it, is its continuation
        (
            "Gunmen killed eight people at a market in Bama on Monday. Three police officers were also killed in a "
            "clash with the attackers.",
            11,
        ),
        (
            "Boko Haram fighters attacked Bama on Monday, killing 20 villagers. Eight soldiers were killed in an "
            "ambush as they rushed to the town.",
            28,
        ),
        ("Gunmen killed six traders in Bama on Monday. Four soldiers were killed in an ambush near the town.", 10),
        (
            "A bomb exploded at a market in Bama on Monday, killing five people, and two guards died in a second "
            "blast at the same market.",
            7,
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


def test_dead_of_a_drone_strike_told_after_a_ground_attack_are_not_added(run):
    document = run(
        "Gunmen killed seven villagers in Bama on Monday. The army later said it killed 15 in a drone strike on a "
        "hideout."
    )
    assert _tolls(document)[0] == 7


# "killing 12 soldiers, and three civilians died": counts reads the conjunct into the first count (12 + 3); the
# second count of the same dead is not added again, whatever event its words name.
@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Gunmen attacked a village near Bama on Monday, killing six farmers, and two more people died in hospital.",
            8,
        ),
        (
            "Militants attacked a convoy near Bama in Borno state on Monday, killing 12 soldiers, and three civilians "
            "died in an ambush on the same road, officials said.",
            15,
        ),
        (
            "A bomb exploded at a rally in Quetta, Pakistan, on Monday, killing nine people, and three police officers "
            "died in an explosion at the same rally minutes later.",
            12,
        ),
        (
            "Rival militias clashed in Tripoli, Libya, on Friday, killing 12 fighters, and 18 more people died over "
            "two days of fighting in the capital's southern districts, the health ministry said.",
            30,
        ),
        (
            "M23 rebels fought the army for control of Goma, Congo, this week, killing 12 soldiers, and 20 civilians "
            "died during three days of fighting for the city, the UN said.",
            32,
        ),
        (
            "Gunmen opened fire on worshippers at a mosque in Katsina state, Nigeria, on Friday, killing 15 people, "
            "and four more died in an attack on a nearby village during their retreat, police said.",
            19,
        ),
    ],
)
def test_a_count_already_read_into_the_one_before_it_is_not_added_again(run, text, toll):
    assert _tolls(run(text)) == [toll]


# The days-of-unrest reading is narrow: a running total told in the present perfect ("have died") over days of
# unrest words. Dead told in the past tense over days of fighting or searching are the event's own, and added.
@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Islamist fighters attacked the town of Djibo, Burkina Faso, on Thursday, killing 20 soldiers. Fifteen "
            "civilians and 40 militants died over three days of fighting for the town, the army said.",
            75,
        ),
        (
            "Islamist fighters attacked the town of Djibo, Burkina Faso, on Thursday, killing 20 soldiers. Fifteen "
            "civilians also died over three days of fighting for the town, the army said.",
            35,
        ),
        (
            "Bandits attacked villages in Zamfara state, Nigeria, on Monday, killing 30 people. Residents said 12 more "
            "bodies were recovered over two days of searching.",
            42,
        ),
    ],
)
def test_dead_told_in_the_past_over_days_of_fighting_or_searching_are_added(run, text, toll):
    assert _tolls(run(text)) == [toll]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Protesters clashed with police in Nairobi, Kenya, on Tuesday, and two were shot dead. Amnesty said 23 "
            "people have died over two weeks of protests.",
            2,
        ),
        (
            "Police fired on protesters in Khartoum, Sudan, on Monday, killing seven. Doctors said 40 people have been "
            "killed during weeks of protests.",
            7,
        ),
    ],
)
def test_a_running_total_over_weeks_of_protests_is_not_added(run, text, toll):
    assert _tolls(run(text)) == [toll]
