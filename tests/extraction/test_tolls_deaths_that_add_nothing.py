"""A death told without a number after a figure counts one only when the toll does not hold it yet (README
"Counts"): one told with an article in the line after a figure is one of the dead the figure counted, unless the line
tells it as one more ("also", "too", "later", "died in hospital") and not when the figure's line says who its dead
included. A lone victim's death, and an attacker's death told apart from the toll, still count. (The animal, denial
and suicide-bomber rules were removed after review; the tests that a person, a victim or an attacker still counts
stay, as main's behaviour.)"""

from __future__ import annotations

import pytest


def _tolls(document) -> list[int | None]:
    return [i["fatalities"] for i in document["incidents"]]


# Must not fire: deaths that add nothing.


@pytest.mark.xfail(
    reason="left: a year after a numberless death also dates a background event's own death (its toll is that one), "
    "and counts do not know the event's date",
    strict=True,
)
def test_a_death_of_another_year_in_the_same_line_is_not_counted(run):
    document = run(
        "VARNOK: Gunmen ambushed an army patrol near Dorvel on Sunday, wounding three soldiers, on the road where a "
        "sergeant was killed in 2019."
    )
    # (the clause of 2019 may be read as an event of its own, and its death word leaves the ambush's toll unknown:
    # what matters here is that no one is counted dead)
    assert 1 not in _tolls(document)


def test_one_of_the_dead_told_again_after_the_figure_adds_nobody(run):
    document = run(
        "VARNOK: Gunmen ambushed a column of porters near Dorvel on Sunday, killing four people. A porter was killed "
        "as he ran to the river, police said."
    )
    assert _tolls(document) == [4]


# Must fire: deaths that count.


def test_a_lone_victim_killed_is_one_dead(run):
    document = run("VARNOK: Gunmen stormed a police post in Dorvel on Sunday. A policeman was killed, officials said.")
    assert _tolls(document) == [1]


def test_a_victim_killed_and_others_wounded_is_one_dead(run):
    document = run("VARNOK: Gunmen attacked a school in Dorvel on Sunday. A teacher was killed and two others wounded.")
    assert _tolls(document) == [1]


def test_an_attacker_shot_dead_after_the_toll_is_one_more_dead(run):
    document = run(
        "VARNOK: A gunman attacked a bakery in Dorvel on Sunday, killing three people. The gunman was later shot "
        "dead by police."
    )
    assert _tolls(document) == [4]


def test_counted_dead_in_the_next_line_still_add_up(run):
    document = run(
        "VARNOK: Troops said they had neutralised 17 insurgents near Dorvel on Sunday. Two soldiers were killed in "
        "the fighting."
    )
    assert _tolls(document) == [19]


def test_another_death_told_after_the_figure_is_one_more(run):
    document = run(
        "VARNOK: Gunmen ambushed a column of porters near Dorvel on Sunday, killing four people. Another porter died "
        "in a clinic that night."
    )
    assert _tolls(document) == [5]


# A person named by an animal word counts.


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Armed men attacked Yelwata village in Benue state on Saturday. A cattle herder was killed and two "
            "farmers were wounded, police said.",
            1,
        ),
        (
            "Bandits stormed a market in Zamfara state on Tuesday. Three cattle traders were killed and six others "
            "were injured.",
            3,
        ),
        (
            "A roadside bomb struck a patrol north of Baghdad on Monday. An army dog handler was killed and two "
            "soldiers were wounded.",
            1,
        ),
        (
            "A bomb hidden in a cart exploded in a market near Peshawar on Tuesday. A horse cart driver was killed "
            "and three shoppers were injured.",
            1,
        ),
    ],
)
def test_a_person_named_by_an_animal_word_still_counts(run, text, toll):
    assert _tolls(run(text)) == [toll]


# A victim near a bomber, or one killed in an attack a bomber made, counts.


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber struck a mosque in Kano during Friday prayers. A guard who tried to stop the bomber was "
        "killed, and 14 worshippers were wounded.",
        "A suicide bomber detonated explosives at a wedding in Kirkuk on Saturday. A child standing near the bomber "
        "was killed and 20 people were hurt.",
        "Al Shabaab militants attacked a military base near Afgoye on Monday. A soldier who was guarding the gate "
        "against suicide attacks was killed, the army said.",
    ],
)
def test_a_victim_near_the_bomber_still_counts(run, text):
    assert _tolls(run(text)) == [1]


# A bomber or an accomplice shot dead counts (attackers count).


@pytest.mark.parametrize(
    "text",
    [
        "Police found a bag of explosives at the station. The bomber was shot dead after he opened fire on "
        "officers, wounding one, the governor said.",
        "A suicide bomber blew himself up at a checkpoint near Baquba on Sunday, wounding three soldiers. The "
        "bomber's accomplice was shot dead by troops as he fled.",
    ],
)
def test_a_bomber_or_accomplice_shot_dead_counts(run, text):
    assert _tolls(run(text)) == [1]


# A death told in a relative clause after a denial counts.


def test_a_death_after_a_denial_in_a_relative_clause_counts(run):
    document = run(
        "The Pakistani Taliban denied that they carried out the attack, in which a driver was killed and six "
        "children were wounded."
    )
    assert _tolls(document) == [1]


# One told without a number after a figure is one more when "also", "too", or who later died.


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Gunmen attacked a church in Kogi state on Sunday, killing five worshippers, police said. A police "
            "officer was also killed in an exchange of fire with the attackers.",
            6,
        ),
        (
            "Houthi shelling hit a residential area of Taiz on Tuesday, killing three civilians, local officials "
            "said. An ambulance driver was also killed when a second shell landed, medics said.",
            4,
        ),
        ("Gunmen killed four villagers in an attack on Dorma on Monday. A policeman later died of his wounds.", 5),
    ],
)
def test_one_more_dead_after_the_figure_still_adds(run, text, toll):
    assert _tolls(run(text)) == [toll]
