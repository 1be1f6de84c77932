"""An unlisted state body told with its owner right before its name: a level word ("the federal Ministry of X",
"the local Water Department") or a country's possessive ("Pakistan's Ministry of X"). The name the model gives
stops short of the owner; the owned form is another name of the same body."""

from __future__ import annotations


def _body(document, name: str) -> dict:
    return next(g for g in document["groups"] if name in (g["name"], *g["aliases"]))


def test_a_level_word_before_a_ministry_is_kept_as_another_name(run):
    document = run(
        "PESHAWAR: A parcel bomb killed a clerk at a fish market in Peshawar on Sunday. An engineer working for "
        "the federal Ministry of Inland Fisheries was among the wounded, officials said."
    )
    assert "federal Ministry of Inland Fisheries" in _body(document, "Ministry of Inland Fisheries")["aliases"]


def test_a_countrys_possessive_before_a_ministry_is_kept_as_another_name(run):
    document = run(
        "PESHAWAR: A parcel bomb killed a clerk at a fish market in Peshawar on Sunday. Pakistan's Ministry of "
        "Inland Fisheries called the blast a cowardly act."
    )
    assert "Pakistan's Ministry of Inland Fisheries" in _body(document, "Ministry of Inland Fisheries")["aliases"]


def test_a_weekday_before_a_ministry_is_no_owner(run):
    document = run(
        "PESHAWAR: A parcel bomb killed a clerk at a fish market in Peshawar on Sunday. On Monday the Ministry of "
        "Inland Fisheries called the blast a cowardly act."
    )
    body = _body(document, "Ministry of Inland Fisheries")
    assert not any(alias.startswith(("Monday", "the")) for alias in body["aliases"])


def test_a_nations_adjective_before_a_ministry_is_kept_as_another_name(run):
    document = run(
        "PESHAWAR: A parcel bomb killed a clerk at a fish market in Peshawar on Sunday. A Pakistani Ministry of "
        "Inland Fisheries spokesman called the blast a cowardly act."
    )
    assert "Pakistani Ministry of Inland Fisheries" in _body(document, "Ministry of Inland Fisheries")["aliases"]
