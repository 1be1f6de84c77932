"""An article before a plural verb is no one dead: "a crew of four were killed" counts four, "in a reprisal that
night nine herders were killed" nine, "an as yet unknown number of porters were killed" none; a verb of several words
("were gunned down") too. A singular verb keeps the one, and two groups joined by "and" are both counted. "Was
believed to be killed" is one dead (sentences invented for these tests)."""

from __future__ import annotations

from .readers import killed_values


def test_an_article_before_a_plural_verb_is_read_past():
    assert killed_values("A crew of four were killed when the dredger capsized off the pier.") == [4]
    assert killed_values("In a reprisal that night nine herders were killed at the ford.") == [9]
    assert killed_values("An as yet unknown number of porters were killed when the caravan was shelled.") == []


def test_an_article_before_a_plural_verb_of_several_words_is_read_past():
    assert killed_values("A crew of four were gunned down at the quarry gate.") == [4]
    assert killed_values("A crew of four were shot dead at the quarry gate.") == [4]


def test_an_article_before_a_singular_verb_or_a_second_group_is_counted():
    assert killed_values("A third smuggler had been killed by the patrol near the quarry.") == [1]
    assert killed_values("A ferryman and a tollkeeper were gunned down at the quarry gate.") == [2]


def test_one_believed_to_be_killed_is_counted():
    assert killed_values("The ferry's pilot was believed to be killed when the rocket struck the wheelhouse.") == [1]
    assert killed_values("The ferry's pilot was believed to be wounded when the rocket struck the wheelhouse.") == []
