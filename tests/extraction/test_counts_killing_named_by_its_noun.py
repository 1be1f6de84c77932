"""A killing told by its noun ("the killing of", "the murder of", "the fatal stabbing of") counts one dead when its
victim is one person, with the conjuncts after it; a plural or numbered victim is no such count, and neither is a
killing that did not happen (attempted, plotted, called for, survived)."""

from __future__ import annotations

from incidents.extraction.counts import find_counts


def _killed(sentence: str) -> list[int]:
    return [c.value for c in find_counts(sentence) if c.kind == "killed"]


def test_the_killing_of_a_titled_person_is_one_dead():
    assert _killed("Shops in the old town stayed shut to mourn the killing of Chairman of the traders' guild.") == [1]


def test_a_fatal_stabbing_of_a_named_officer_is_one_dead():
    assert _killed("The fatal stabbing of Major Lenka Dvorak outside her barracks shocked the whole town.") == [1]


def test_the_murder_of_an_official_is_one_dead():
    assert _killed("His followers were blamed for the murder of the province’s deputy police chief.") == [1]


def test_a_killing_of_one_and_another_armed_man_is_two_dead():
    assert _killed("A quarrel on the river bank led to the killing of a ferryman and another armed fisherman.") == [2]


def test_the_killing_of_many_or_of_a_number_is_no_count():
    assert _killed("Crowds protested the killing of farmers by soldiers near the dam.") == []
    assert _killed("Crowds protested the killing of the two brothers near the dam.") == []


def test_the_killing_of_a_people_named_in_the_plural_is_no_count():
    assert _killed("Bishops condemned the killing of Christians in the northern villages.") == []
    assert _killed("Envoys condemned the killing of Afghans at the border post.") == []


def test_a_victim_whose_name_ends_in_s_is_one_dead():
    assert _killed("Marchers demanded justice a year after the killing of Tobias Marks near the stadium.") == [1]
    assert _killed("Marchers demanded justice a year after the killing of Charles near the stadium.") == [1]


def test_a_killing_that_did_not_happen_is_no_dead():
    assert _killed("Prosecutors accuse the driver of the attempted murder of a magistrate in the capital.") == []
    assert _killed("Detectives uncovered a plot for the assassination of the governor last spring.") == []
    assert _killed("An edict calling for the killing of the novelist was never withdrawn.") == []
    assert _killed("The mayor survived an attempted assassination of his deputy on the bridge.") == []
    assert _killed("Guards foiled the assassination of the envoy at the airport.") == []


def test_a_trial_for_a_murder_still_counts_the_dead():
    assert _killed("The cousin was tried for the murder of a magistrate in the capital.") == [1]


def test_a_shooting_that_is_not_called_fatal_is_no_death():
    assert _killed("Troops arrived after the shooting of a taxi driver near the market.") == []


def test_an_armed_man_after_a_victim_is_one_more_dead():
    assert _killed("Gunmen killed a shepherd and another armed herder near the well.") == [2]


def test_a_wounded_man_after_a_victim_is_not_one_more_dead():
    assert _killed("Gunmen killed a shepherd and another wounded herder fled to the well.") == [1]


def test_a_killing_noun_beside_the_verb_that_tells_the_same_death_adds_nothing():
    assert _killed("Two men were charged with the murder of a clerk who was shot dead near the depot.") == [1]


def test_another_victim_who_passed_away_is_one_more_dead():
    assert _killed("Another guard passed away in the clinic on Sunday.") == [1]
