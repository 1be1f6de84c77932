"""A government or a police force told by the place it belongs to ("the government of Ruritania", "the police in
Lakeland"): the country's government is a group of the story, and the police mention reaches over the place it
names, which stays a place of the story."""

from __future__ import annotations

from .readers import group_names, place_names


def _mentions(document):
    return {m["text"] for g in document["groups"] for m in g["mentions"]}


def test_a_countrys_government_told_after_it_is_that_government(run):
    document = run(
        "PESHAWAR, Pakistan: A bomb killed five soldiers in Khar on Sunday. Aid sent by the central authorities "
        "of Iran reached the wounded, and the government of Afghanistan offered help."
    )
    names = group_names(document)
    assert "Government of Iran" in names
    assert "Government of Afghanistan" in names
    assert "Iran" in place_names(document)


def test_the_police_in_a_place_keep_the_place_in_their_mention(run):
    document = run(
        "MAIDUGURI, Nigeria: Gunmen killed four traders at a market in Bama on Sunday. A spokesman for the police "
        "in Maiduguri said two suspects were held."
    )
    assert "police in Maiduguri" in _mentions(document)
    assert "Maiduguri" in place_names(document)


def test_a_towns_authorities_are_no_national_government(run):
    document = run(
        "PESHAWAR, Pakistan: A bomb killed five soldiers in Khar on Sunday. The authorities of Khar closed the "
        "market, and the government of Prime Minister Jane Doe said nothing."
    )
    assert not any(m.startswith(("authorities of", "government of")) for m in _mentions(document))


def test_a_military_or_former_government_of_a_country_is_not_its_government(run):
    document = run(
        "PESHAWAR, Pakistan: A bomb killed five soldiers in Khar on Sunday. Envoys of the military government of "
        "Iran and of the former government of Afghanistan sent messages."
    )
    names = group_names(document)
    assert "Government of Iran" not in names
    assert "Government of Afghanistan" not in names
