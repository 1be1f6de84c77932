"""A one-word place written with its kind word capitalised ("in Peshawar City", "Bajaur District"): the kind word
says which place the name is, it does not make the name a word of a longer one."""

from __future__ import annotations

from .readers import place_of


def test_a_town_written_with_a_capitalised_city_is_that_town(run):
    document = run("A candidate was shot dead after a rally in Peshawar City on Wednesday evening, police said.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Peshawar"


def test_a_name_going_on_after_the_kind_word_is_a_longer_name(run):
    document = run("A candidate was shot dead outside Sarvene City Hall on Wednesday evening, police said.")
    [incident] = document["incidents"]
    assert place_of(document, incident) != "Sarvene"
