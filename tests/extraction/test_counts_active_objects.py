"""Counts read from the grammar of the clause: the doers before a bare "killed" are no count, the object of an
active verb is the dead (a partitive "of their" too, "murdered" too), a second number with its own verb is not
more dead, a conjunct naming another event adds no one, and "the loss of N lives" is a toll."""

from __future__ import annotations

from .readers import killed_values


def injured_values(text):
    from incidents.extraction.counts import find_counts

    return [c.value for c in find_counts(text) if c.kind == "injured"]


def test_the_doers_before_a_bare_killed_are_not_the_dead():
    assert killed_values("It came a year after a raid on a Dorvel inn in which three gunmen killed 14 guests.") == [14]


def test_a_share_of_their_own_is_the_count():
    assert killed_values("The raiders seized a ferry and killed six of their captives before dawn.") == [6]


def test_murdered_is_an_active_killing():
    assert killed_values("Before fleeing, the gang had murdered nine villagers and burned the granary.") == [9]


def test_a_second_number_with_its_own_verb_is_not_more_dead():
    text = "Gunmen killed 12 farmers near Varnok and two were wounded in the crossfire."
    assert killed_values(text) == [12]
    assert injured_values(text) == [2]
    assert killed_values("The militia shot dead a ranger and a porter was hurt.") == [1]


def test_a_clause_after_the_dead_is_not_their_noun_phrase():
    text = "The shooter killed two guards and wounded 17 shoppers before he was shot dead by a guard."
    assert injured_values(text) == [17]
    assert 17 not in killed_values(text)


def test_a_conjunct_naming_another_event_adds_no_dead():
    text = (
        "It recalled a knife attack at the Dorvel depot in May, which killed four people, and a market assault "
        "in Varnok in June where 19 people died."
    )
    assert killed_values(text)[0] == 4


def test_the_loss_of_lives_is_a_toll():
    assert killed_values("Gunmen stormed the post, resulting in the loss of 7 lives, officials in Varnok said.") == [7]


def test_a_lone_attacker_shot_dead_after_his_victims_is_one_more_dead(run):
    document = run(
        "VARNOK: A man with a rifle opened fire in a market in central Varnok on Sunday evening. The attacker "
        "killed three people and wounded nine stallholders before he was shot dead by a guard."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [4]
