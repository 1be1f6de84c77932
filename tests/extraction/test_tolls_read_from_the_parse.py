"""A toll the patterns of counts.py do not read, read from the parse (parsed_tolls): a number attached to the
subject of a death verb or to a death noun, when the incident has no other toll; never an age."""

from __future__ import annotations

from incidents.extraction.counts import find_counts


def _tolls(document):
    return [i["fatalities"] for i in document["incidents"]]


def test_a_number_confirmed_dead_is_the_toll(run):
    document = run(
        "A car bomb tore through the central market of Bama on Monday. Officials say 17 shoppers are confirmed dead."
    )
    assert _tolls(document) == [17]


def test_one_of_a_pair_who_died_is_one_dead(run):
    document = run(
        "Gunmen opened fire on two farmers tending their field near Bama on Monday. One of them has died, and the "
        "other is in hospital."
    )
    assert _tolls(document) == [1]


def test_both_captives_who_died_are_two_dead(run):
    document = run("Troops stormed a hideout near Bama on Monday to free two kidnapped engineers. Both engineers died.")
    assert _tolls(document) == [2]


def test_a_life_lost_by_a_person_named_in_full_is_one_dead(run):
    document = run("A grenade exploded at a bus stop in Bama on Monday, and Musa Adamu lost his life.")
    assert _tolls(document) == [1]


def test_deaths_counted_as_a_noun_are_the_toll(run):
    document = run("A bomb exploded in a crowded bus station in Bama on Monday. There were 23 deaths, police said.")
    assert _tolls(document) == [23]


def test_victims_hacked_to_death_are_the_toll(run):
    document = run(
        "During a raid on Bama on Monday, six traders who tried to flee were hacked to death by the raiders."
    )
    assert _tolls(document) == [6]


def test_an_age_is_never_a_toll(run):
    document = run(
        "A bomb exploded in a crowded bus station in Bama on Monday. Many passengers under the age of 40 died, "
        "police said."
    )
    assert _tolls(document) == [None]


def test_deaths_before_the_wounded_are_not_wounded():
    counts = find_counts("There were 23 deaths and about 140 other people were wounded in the blast.")
    assert [(c.kind, c.value) for c in counts] == [("injured", 140)]
