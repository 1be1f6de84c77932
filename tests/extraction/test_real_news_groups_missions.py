"""Groups in real news: a state's mission abroad, the noun a story puts after a group's name, paramilitary police."""

from __future__ import annotations

from .readers import group_names


def _group(document, word):
    return next(g for g in document["groups"] if word in g["name"] or any(word in a for a in g["aliases"]))


def test_an_embassy_that_speaks_is_a_body_named_with_its_seat(run):
    document = run(
        "PESHAWAR: A blast killed six traders in Khar on Friday, police said. The Italian Embassy in Peshawar "
        "later confirmed that two of the wounded were Italian nationals."
    )
    embassy = _group(document, "Embassy")
    assert "Italian Embassy in Peshawar" in [embassy["name"], *embassy["aliases"]]


def test_an_embassy_that_is_attacked_or_stood_near_is_a_building(run):
    document = run(
        "KABUL: A car bomb exploded near the Italian Embassy in Kabul on Monday, killing three guards, police said. "
        "Gunmen later stormed the Dutch Embassy compound."
    )
    assert not any("Embassy" in n for n in group_names(document))


def test_the_noun_after_an_unlisted_groups_name_is_one_of_its_names(run):
    document = run(
        "MAIDUGURI: Fighters of the Lake Kessel Vigilance militia killed four herders in Bama on Sunday, police said."
    )
    militia = _group(document, "Lake Kessel Vigilance")
    assert "Lake Kessel Vigilance militia" in [militia["name"], *militia["aliases"]]


def test_paramilitary_police_are_the_countrys_police(run):
    document = run(
        "PESHAWAR: Pakistani paramilitary police killed two gunmen who attacked a checkpoint in Khar on Friday."
    )
    police = _group(document, "paramilitary police")
    assert police["kind"] == "state_force"
