"""An article before a plural verb is no one dead: "a family of five were killed" counts five, "as a result of the
raid ten people were killed" ten, "a yet to be counted number of soldiers were killed" none. A singular verb keeps
the one, and two groups joined by "and" are both counted. "Was reported to be killed" is one dead."""

from __future__ import annotations

from .readers import killed_values


def test_an_article_before_a_plural_verb_is_read_past():
    assert killed_values("A family of five were killed when the shell hit their house.") == [5]
    assert killed_values("As a result of the raid ten villagers were killed.") == [10]
    assert killed_values("A yet to be counted number of soldiers were killed in the ambush.") == []


def test_an_article_before_a_singular_verb_or_a_second_group_is_counted():
    assert killed_values("A fourth gunman had been killed by the guards.") == [1]
    assert killed_values("A teacher and a guard were killed in the blast.") == [2]


def test_one_reported_to_be_killed_is_counted():
    assert killed_values("A border guard was reported to be killed in the clash.") == [1]
    assert killed_values("A border guard was reported to be wounded in the clash.") == []
