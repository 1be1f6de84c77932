"""An unlisted state body told with its owner right before its name: a level word ("the federal Ministry of X",
"the local Water Department") or a country's possessive ("Pakistan's Ministry of X"). The name the model gives
stops short of the owner; the owned form is another name of the same body."""

from __future__ import annotations

import pytest

from incidents.extraction.groups import OWNER_BEFORE


def _body(document, name: str) -> dict:
    return next(g for g in document["groups"] if name in (g["name"], *g["aliases"]))


@pytest.mark.parametrize(
    "text, alias",
    [
        pytest.param(
            "PESHAWAR: A parcel bomb killed a clerk at a fish market in Peshawar on Sunday. An engineer working for "
            "the federal Ministry of Inland Fisheries was among the wounded, officials said.",
            "federal Ministry of Inland Fisheries",
            id="a-level-word",
        ),
        pytest.param(
            "PESHAWAR: A parcel bomb killed a clerk at a fish market in Peshawar on Sunday. Pakistan's Ministry of "
            "Inland Fisheries called the blast a cowardly act.",
            "Pakistan's Ministry of Inland Fisheries",
            id="a-countrys-possessive",
        ),
        pytest.param(
            "PESHAWAR: A parcel bomb killed a clerk at a fish market in Peshawar on Sunday. Khyber Pakhtunkhwa's "
            "Ministry of Inland Fisheries called the blast a cowardly act.",
            "Khyber Pakhtunkhwa's Ministry of Inland Fisheries",
            id="a-two-word-regions-possessive",
        ),
        pytest.param(
            "PESHAWAR: A parcel bomb killed a clerk at a fish market in Peshawar on Sunday. A Pakistani Ministry of "
            "Inland Fisheries spokesman called the blast a cowardly act.",
            "Pakistani Ministry of Inland Fisheries",
            id="a-nations-adjective",
        ),
    ],
)
def test_an_owner_before_a_ministry_is_kept_as_another_name(run, text, alias):
    assert alias in _body(run(text), "Ministry of Inland Fisheries")["aliases"]


@pytest.mark.parametrize(
    "text, not_in_alias",
    [
        pytest.param(
            "PESHAWAR: A parcel bomb killed a clerk at a fish market in Peshawar on Sunday. Critics blamed Tarik "
            "Valen's Ministry of Inland Fisheries for the lax security at the market.",
            "Valen",
            id="a-persons-possessive",
        ),
        pytest.param(
            "Parcel bomb kills clerk at fish market in Pakistani\n"
            "Ministry of Inland Fisheries officials said a parcel bomb killed a clerk at a fish market in Peshawar on "
            "Sunday.",
            "\n",
            id="a-line-ending-in-a-nations-adjective",
        ),
    ],
)
def test_words_before_a_ministry_that_are_no_owner_give_no_other_name(run, text, not_in_alias):
    body = _body(run(text), "Ministry of Inland Fisheries")
    assert not any(not_in_alias in alias for alias in body["aliases"])


def test_a_capitalised_level_word_is_read_as_a_level_not_as_a_nation():
    # (the model mostly keeps "the Federal Ministry of X" whole; when it cuts the name after the level word, the
    # level word is the owner, with no nation to check)
    owner = OWNER_BEFORE.search("officials of the Federal ")
    assert owner is not None and owner.group("level") == "Federal" and owner.group("nation") is None
