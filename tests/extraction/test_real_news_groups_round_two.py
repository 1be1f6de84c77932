"""Groups in real news, round two: a country's short form before a strike, a qualifier before a group's name."""

from __future__ import annotations

from .readers import group_names, perpetrator_names_of


def test_a_strike_told_with_the_countrys_short_form_is_its_forces(run):
    document = run(
        "PESHAWAR: A blast killed nine worshippers at a tomb in Khar on Friday, police said. The tomb is that of a "
        "cleric who died in a U.S. drone strike outside Khar in April 2017."
    )
    strike = next(i for i in document["incidents"] if i["date"] == "2017-04")
    assert [n for n in perpetrator_names_of(document, strike) if "American" in n or "US" in n or "United" in n]


def test_a_court_named_by_its_seat_or_rank_is_a_body(run):
    document = run(
        "BERLIN: A man who stabbed two people in Lindau in 2024 was jailed for life on Tuesday by the Higher Regional "
        "Court in Lindau. The Kessel district court had freed him once. A Ruritanian court heard the case first."
    )
    names = group_names(document)
    assert "Higher Regional Court" in names and "Kessel district court" in names
    assert not any("Ruritanian" in n for n in names)


def test_a_hedge_before_a_listed_groups_name_is_no_part_of_a_name(run):
    document = run(
        "MAIDUGURI: Suspected Boko Haram fighters killed four farmers in Bama on Sunday, police said. The wounded "
        "were taken to the Bama Medical Center."
    )
    names = group_names(document)
    assert not any("Suspected" in n for n in names)
    assert not any("Medical" in n for n in names)
