"""An unlisted state body told with its owner right before its name: a level word ("the federal Ministry of X",
"the local Water Department") or a country's possessive ("Pakistan's Ministry of X"). The name the model gives
stops short of the owner; the owned form is another name of the same body."""

from __future__ import annotations

from incidents.extraction.groups import OWNER_BEFORE


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


def test_a_persons_possessive_before_a_ministry_is_no_owner(run):
    document = run(
        "PESHAWAR: A parcel bomb killed a clerk at a fish market in Peshawar on Sunday. Critics blamed Tarik "
        "Valen's Ministry of Inland Fisheries for the lax security at the market."
    )
    body = _body(document, "Ministry of Inland Fisheries")
    assert not any("Valen" in alias for alias in body["aliases"])


def test_a_two_word_regions_possessive_before_a_ministry_is_kept_as_another_name(run):
    document = run(
        "PESHAWAR: A parcel bomb killed a clerk at a fish market in Peshawar on Sunday. Khyber Pakhtunkhwa's "
        "Ministry of Inland Fisheries called the blast a cowardly act."
    )
    body = _body(document, "Ministry of Inland Fisheries")
    assert "Khyber Pakhtunkhwa's Ministry of Inland Fisheries" in body["aliases"]


def test_a_capitalised_level_word_is_read_as_a_level_not_as_a_nation():
    # (the model mostly keeps "the Federal Ministry of X" whole; when it cuts the name after the level word, the
    # level word is the owner, with no nation to check)
    owner = OWNER_BEFORE.search("officials of the Federal ")
    assert owner is not None and owner.group("level") == "Federal" and owner.group("nation") is None


def test_a_line_ending_in_a_nations_adjective_gives_no_owner_across_the_break(run):
    document = run(
        "Parcel bomb kills clerk at fish market in Pakistani\n"
        "Ministry of Inland Fisheries officials said a parcel bomb killed a clerk at a fish market in Peshawar on "
        "Sunday."
    )
    body = _body(document, "Ministry of Inland Fisheries")
    assert not any("\n" in alias for alias in body["aliases"])


def test_a_nations_adjective_before_a_ministry_is_kept_as_another_name(run):
    document = run(
        "PESHAWAR: A parcel bomb killed a clerk at a fish market in Peshawar on Sunday. A Pakistani Ministry of "
        "Inland Fisheries spokesman called the blast a cowardly act."
    )
    assert "Pakistani Ministry of Inland Fisheries" in _body(document, "Ministry of Inland Fisheries")["aliases"]
