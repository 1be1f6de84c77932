"""Casualty counts come from casualty constructions only."""

from __future__ import annotations

import pytest

from incidents.extraction.counts import coordinated_count, find_counts, lives_claimed, number_value

from .readers import killed_values


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
        ("The raid had led to the death of 14 villagers.", 14, None),
        ("The ambush resulted in the deaths of nine soldiers.", 9, None),
        ("In March, 40 villagers were slaughtered by gunmen.", 40, None),
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


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [  # "who", "which" and "that" open another clause: the number before them counts nobody
        ("It recalled a blast at a ferry terminal in 2017 that killed 31 people.", 31),
        ("The siege of 2008, which killed 40 hostages, is still remembered.", 40),
    ],
)
def test_a_year_before_a_relative_clause_is_not_a_count(sentence, killed):
    assert totals(sentence)[0] == killed


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


def test_the_possessed_one_counts_with_the_others():
    counts = find_counts("Five security personnel and their civilian driver were killed on Monday.")
    assert [(c.kind, c.value) for c in counts] == [("killed", 6)]
    assert find_counts("Two men and their families were killed.") == []


def test_an_attacker_who_kills_himself_and_others_counts_himself():
    counts = find_counts("He blew himself up as officers approached, killing himself and two officers.")
    assert [(c.kind, c.value) for c in counts] == [("killed", 3)]


def test_a_quoted_figure_is_still_a_count():
    counts = find_counts('Troops repelled the assault, killing "more than 40 militants", the army said.')
    assert [(c.kind, c.value) for c in counts] == [("killed", 40)]


def test_a_rising_number_of_people_killed_is_a_toll():
    (count,) = list(find_counts("The number of people killed in the raid has risen to 23, officials said."))
    assert (count.kind, count.value) == ("killed", 23)


def test_killing_the_one_named_by_a_singular_role_counts_one():
    (count,) = find_counts("The attackers killed the district commander and fled.")
    assert (count.kind, count.value) == ("killed", 1)


def test_killing_the_role_and_another_counts_both():
    (count,) = find_counts("Gunmen killed the village chief and his driver on Sunday.")
    assert count.value == 2


def test_a_plural_or_possessed_role_after_the_is_no_count_of_one():
    assert find_counts("Troops killed the fighters who attacked them.") == []
    assert find_counts("Gunmen killed the commander's brother.") == []


@pytest.mark.parametrize(
    "text, killed",
    [
        ("An air strike killed a field commander and his nephew, officials said.", [2]),
        ("A drone hit the car, killing a commander of the group (PKK), another fighter and a shepherd.", [3]),
        ("Gunmen killed a farmer, his wife and their three children in the village.", [5]),
        # a partitive and an apposition are not more dead
        ("The strike killed more than 160 people, one of the deadliest attacks since the coup.", [160]),
        ("Gunmen killed a policeman, a father of three, and wounded two.", [1]),
        # the list ends at the next verb
        ("Troops killed a militant and arrested two others.", [1]),
    ],
)
def test_coordinated_victims_are_added_up(text, killed):
    assert killed_values(text) == killed


def test_a_speaker_after_the_list_is_not_one_more_dead():
    assert coordinated_count(" soldier and his driver said the convoy was hit") == 0
    assert coordinated_count(" soldier and his driver, officials said") == 1


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # a toll given as "a death toll of N", or "the toll from ... reached N"
        ("A hospital official gave a death toll of 14.", 14),
        ("The toll from the market bombing claimed by the rebels reached 61 on Friday.", 61),
        # the dead found as bodies
        ("Villagers found 23 bodies in a ravine near the camp.", 23),
        ("At least 8 bodies were recovered from the river.", 8),
        ("A mutilated body was discovered near the checkpoint.", 1),
        # a day told between the dead and their verb
        ("Four guards on Sunday were killed when gunmen stormed the depot.", 4),
        # one person killed, named by a possessive and a role
        ("Troops said they had killed ELF's top commander in the valley.", 1),
        # an aside between dashes, a day after the auxiliary
        ("Six guards — including two brothers — were killed at the gate.", 6),
        ("A constable of the reserve police was on Friday killed near the market.", 1),
        # an emphasised count opening a line
        ("_Twelve farmers were killed in the raid on the village_.", 12),
    ],
)
def test_more_ways_of_giving_the_dead(sentence, killed):
    assert totals(sentence)[0] == killed


@pytest.mark.parametrize(
    "sentence",
    [
        "Bombings last year killed almost 200 people in the capital.",  # below a figure: no number
        "Nearly 40 people were killed in the clashes.",
        "Officials warned the death toll could rise to 30.",  # a fear, not a figure
    ],
)
def test_no_number_from_almost_nearly_or_a_feared_toll(sentence):
    assert [c for c in find_counts(sentence) if c.kind == "killed" and c.value] == []


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # a date's year before the story is not a count of the dead
        ("March 3, 2014 (Wire) - A car bomb killed a judge and two guards.", [3]),
        ("Tuesday, 8 June 2010 _Seven miners were killed in an ambush.", [7]),
        # "where" and a speaker's verb end the words before a figure
        ("The attack hit a district where 40 civilians were killed in May.", [40]),
        ("A statement from the army said six soldiers were killed overnight.", [6]),
    ],
)
def test_a_count_is_not_read_across_a_date_a_relative_where_or_a_speaker(sentence, killed):
    assert killed_values(sentence) == killed


def test_the_toll_across_a_months_abbreviation_is_read():
    sentence = "The number of villagers killed in the fighting near Khar on Sept. 4 rose to six, officials said."
    assert [(c.value, c.total) for c in find_counts(sentence)] == [(6, True)]


def test_a_count_broken_over_a_wrapped_line_is_read():
    assert killed_values("During the raid, three armed\nsmugglers were killed, the police said.") == [3]


def test_a_share_of_the_attackers_shot_dead_is_a_count():
    assert killed_values("Officers fatally shot two of the gunmen, who had killed nine shoppers.") == [2, 9]
    assert killed_values("It was one of the deadliest raids in years.") == []


def test_claimed_lives_are_a_killed_count_at_their_offset():
    text = "The storm of gunfire had claimed at least nine lives by dawn."
    (count,) = lives_claimed(text, 100)
    assert (count.kind, count.value) == ("killed", 9)
    assert text[count.start - 100 : count.end - 100] == count.text == "claimed at least nine lives"


def test_claimed_responsibility_is_no_count_of_lives():
    assert lives_claimed("The movement claimed the ambush on the convoy.") == []
