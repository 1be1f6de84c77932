"""Tolls a reading of which noun a number counts, of denials and of things counted beside the dead must keep (an
earlier attempt with regexes broke each of these): the dead with a participle after them, the dead beside things
destroyed, dead told inside a denial of who shot them, and dead found without a number."""

from __future__ import annotations


def _tolls(document):
    return [i["fatalities"] for i in document["incidents"]]


def test_the_dead_followed_by_what_they_were_doing_are_counted(run):
    document = run("Gunmen attacked Bama on Monday and killed 8 people herding cattle.")
    assert _tolls(document) == [8]


def test_the_dead_beside_things_destroyed_are_counted_without_the_things(run):
    document = run("Insurgents attacked a base near Bama on Monday, killing 9 soldiers and destroying 3 drones.")
    assert _tolls(document) == [9]


def test_a_denial_of_who_shot_the_dead_does_not_deny_the_dead(run):
    document = run(
        "A bomb exploded at a market in Bama on Monday. The army denied that the 14 civilians killed in Bama were "
        "shot by troops."
    )
    assert _tolls(document) == [14]


def test_the_dead_found_without_a_number_are_no_count(run):
    document = run("Gunmen attacked a village near Bama on Monday. Residents found the children dead.")
    assert _tolls(document) == [None]
