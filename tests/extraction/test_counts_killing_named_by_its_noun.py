"""A killing told by its noun ("the killing of", "the murder of", "the fatal stabbing of") counts one dead when its
victim is one person, with the conjuncts after it; a plural or numbered victim is no such count."""

from __future__ import annotations

from incidents.extraction.counts import find_counts


def _killed(sentence: str) -> list[int]:
    return [c.value for c in find_counts(sentence) if c.kind == "killed"]


def test_the_killing_of_a_titled_person_is_one_dead():
    assert _killed(
        "Lawyers had gathered at the court after the killing of President of the district union at dawn."
    ) == [1]


def test_a_fatal_stabbing_of_a_named_officer_is_one_dead():
    assert _killed(
        "Riots broke out two days after the fatal stabbing of Colonel Ivan Petrenko, the garrison chief."
    ) == [1]


def test_the_murder_of_an_official_is_one_dead():
    assert _killed("His followers were blamed for the murder of the province’s deputy police chief.") == [1]


def test_a_killing_of_one_and_another_armed_man_is_two_dead():
    assert _killed("The quarrel ended in the killing of a party guard and another armed villager, officers said.") == [
        2
    ]


def test_the_killing_of_many_or_of_a_number_is_no_count():
    assert _killed("Crowds protested the killing of farmers by soldiers near the dam.") == []
    assert _killed("Crowds protested the killing of the two brothers near the dam.") == []


def test_a_shooting_that_is_not_called_fatal_is_no_death():
    assert _killed("Troops arrived after the shooting of a taxi driver near the market.") == []


def test_an_armed_man_after_a_victim_is_one_more_dead():
    assert _killed("Gunmen killed a shepherd and another armed herder near the well.") == [2]


def test_a_wounded_man_after_a_victim_is_not_one_more_dead():
    assert _killed("Gunmen killed a shepherd and another wounded herder fled to the well.") == [1]


def test_a_killing_noun_beside_the_verb_that_tells_the_same_death_adds_nothing():
    assert _killed("Two men were charged with the murder of a clerk who was shot dead near the depot.") == [1]
