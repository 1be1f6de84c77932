"""Counts told in other words: a reported figure ("are believed to have been killed"), an outcome in fatalities,
the dead "left" so, a named victim before "and N others", a verb of slaughter, the day of a date before a verb, and
a group of the dead without a number ("an unknown number of herders")."""

from __future__ import annotations

from .readers import killed_values


def test_a_reported_or_believed_figure_is_the_count():
    assert killed_values("At least 41 villagers are believed to have been killed during the raid on Tamsa.") == [41]
    assert killed_values("Twelve guards were thought to have died when the depot burned.") == [12]


def test_an_outcome_in_fatalities_is_the_count():
    assert killed_values("The raid on the grain market resulted in more than 35 fatalities.") == [35]


def test_the_dead_left_so_are_counted():
    assert killed_values("Some 18 raiders were also left dead after the counterattack.") == [18]


def test_a_named_victim_and_the_others_after_him():
    assert killed_values("Bandits killed retired judge Oru Menkasa and four others near the ferry.") == [5]
    assert killed_values("Gunmen shot dead Lemi Parvo, a trader, and two others at dawn.") == [3]
    assert killed_values("Councillor Ada Bremmo and three others were killed in the ambush.") == [4]
    # (a number right after the verb is that count's, and an injury is no killing)
    assert killed_values("The gunmen killed two guards and five others at the gate.") == [7]
    assert killed_values("The blast killed a porter, wounded a cook and four others.") == [1]


def test_a_verb_of_slaughter_and_a_definite_count():
    assert killed_values("The raiders stopped the lorry and butchered the nine passengers inside.") == [9]
    assert killed_values("Soldiers killed the three gunmen at the bridge.") == [3]
    assert killed_values("He was slain outside his shop in the evening.") == [1]
    # (a year after "the" is no count)
    assert killed_values("The bomb killed the 2021 champion of the regional league.") == []


def test_the_day_of_a_date_before_the_verb_is_no_count():
    assert killed_values("A grenade thrown into a chapel on Nov. 7 killed at least six worshippers.") == [6]


def test_a_group_without_a_number_adds_none():
    assert killed_values("At least 14 herders and an unknown number of traders were killed in the clash.") == [14]
    assert killed_values("The militia killed a number of fishermen on the lake.") == []


def test_a_victim_dead_of_the_wounds_is_one_killed():
    assert killed_values("The ferryman succumbed to his injuries two days after the raid.") == [1]
    assert killed_values("A guard died of her wounds on the way to the clinic.") == [1]
