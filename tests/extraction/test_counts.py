"""Casualty counts come from casualty constructions only."""

import pytest

from incidents.extraction.counts import find_counts, number_value


def totals(sentence):
    counts = find_counts(sentence)
    killed = sum(c.value for c in counts if c.kind == "killed") if any(c.kind == "killed" for c in counts) else None
    injured = sum(c.value for c in counts if c.kind == "injured") if any(c.kind == "injured" for c in counts) else None
    return killed, injured


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("The bomb exploded in a market, killing 7 and wounding 19.", 7, 19),
        ("At least a dozen villagers were killed in the raid.", 12, None),
        ("Three policemen and two passers-by were killed when the car exploded.", 5, None),
        ("Five soldiers were martyred and eight attackers killed in the clash.", 13, None),
        ("The militants killed nine farmers and four herders before fleeing.", 13, None),
        ("The death toll from the blast has risen to 23, officials said.", 23, None),
        ("Gunmen shot dead a shopkeeper outside his home.", 1, None),
        ("The district chief was shot dead on his way to work.", 1, None),
        ("Twenty-one people died and 40 were injured.", 21, 40),
        ("Fourteen people were wounded.", None, 14),
        ("The gunmen killed more than 30 people, most of them pilgrims.", 30, None),
        ("They killed eleven guards, beheading three of them.", 11, None),
        ("At least five people, including a child, were killed in the blast.", 5, None),
        ("The fire claimed the lives of 20 people.", 20, None),
        ("The attack left 12 dead and 30 wounded.", 12, 30),
        ("A bomb killed three people at a market.", 3, None),
        ("A policeman was killed and two were hurt.", 1, 2),
    ],
)
def test_casualty_constructions(sentence, killed, injured):
    assert totals(sentence) == (killed, injured)


@pytest.mark.parametrize(
    "sentence",
    [
        "The victim, 34, was a teacher.",
        "A 19-year-old student was questioned.",
        "The reward was Rs 10 lakh.",
        "The fighting lasted three hours.",
        "At 9.30 pm the convoy left.",
        "Scores of people were killed.",  # vague: no number
        "He said 40 had been killed or wounded.",  # neither figure alone
    ],
)
def test_no_count_from_ages_money_times_or_vague_words(sentence):
    assert [c for c in find_counts(sentence) if c.value] == []


def test_no_one_hurt_means_nobody_killed_either():
    (count,) = find_counts("No one was hurt in the fire.")
    assert (count.value, count.zero_both) == (0, True)


def test_the_total_replaces_earlier_figures():
    counts = find_counts("The death toll rose to 31 on Friday.")
    assert counts[0].total and counts[0].value == 31


@pytest.mark.parametrize(("words", "value"), [("a dozen", 12), ("seventy-six", 76), ("1,204", 1204), ("nine", 9)])
def test_number_words(words, value):
    assert number_value(words) == value


def test_victims_are_kept_for_the_type():
    count = find_counts("Insurgents killed four civilians and two guards in the village.")[0]
    assert count.victims.startswith("civilians")
