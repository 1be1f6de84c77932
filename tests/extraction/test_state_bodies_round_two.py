"""State bodies the corpus codes as groups, second round: a capital or a country taking a stance as its government,
a country's name before a strike as its military, a police chief speaking for the police, and one ministry told
with and without its country."""

from __future__ import annotations

from incidents.extraction.gazetteer import PlaceRecord
from incidents.extraction.model import Mention
from incidents.extraction.normalize import fold

from .readers import group_names


def _place(text: str, name: str, kind: str = "country", code: str = "RU") -> Mention:
    start = text.index(name)
    record = PlaceRecord(1, name, kind, code, None, 0.0, 0.0, 1_500_000)
    return Mention(start, start + len(name), name, "place", 0, fold(name), places=[record], ner="GPE")


def test_a_capital_with_no_reason_to_doubt_a_claim_is_its_government():
    from incidents.extraction.forces import metonymies

    text = "An aide said on Monday that Grozovsk had no reason to question the group's boast."
    mention = _place(text, "Grozovsk", kind="city")
    metonymies(text, [mention])
    assert mention.kind == "generic_force" and mention.force == "government"


def test_a_country_that_is_shocked_is_its_government():
    from incidents.extraction.forces import metonymies

    text = "Ruritania is shocked by the shooting at its consulate, a spokeswoman said."
    found = metonymies(text, [_place(text, "Ruritania")])
    assert [m.force for m in found] == ["government"]


def test_a_country_blamed_by_a_pointed_finger_is_its_government():
    from incidents.extraction.forces import metonymies

    text = "Officials in the capital quickly pointed the finger at Ruritania after the blast."
    found = metonymies(text, [_place(text, "Ruritania")])
    assert [m.force for m in found] == ["government"]


def test_a_country_on_whose_border_someone_speaks_is_a_place():
    from incidents.extraction.forces import metonymies

    text = "Herders crossed near the border with Ruritania said in a later statement."
    mention = _place(text, "Ruritania")
    assert metonymies(text, [mention]) == [] and mention.kind == "place"


def test_a_countrys_name_before_a_drone_strike_is_its_military_and_no_place():
    from incidents.extraction.forces import metonymies

    text = "The commander died in a Ruritania drone strike two winters ago."
    mention = _place(text, "Ruritania")
    metonymies(text, [mention])
    assert mention.kind == "generic_force" and mention.force == "army" and mention.country_hint == "RU"


def test_airstrikes_by_a_country_are_its_militarys():
    from incidents.extraction.forces import metonymies

    text = "The camp was emptied after repeated airstrikes by the Ruritania over the summer."
    mention = _place(text, "Ruritania")
    metonymies(text, [mention])
    assert mention.force == "army"


def test_a_country_that_strikes_back_is_not_read_as_a_strike():
    from incidents.extraction.forces import metonymies

    text = "Ruritania strikes back at its critics in every speech."
    mention = _place(text, "Ruritania")
    metonymies(text, [mention])
    assert mention.kind == "place"


def test_a_police_chief_speaking_names_the_police(run):
    document = run(
        "MAIDUGURI: Gunmen raided a cattle market near Bama on Sunday and took nine traders, police chief "
        "Commissioner Bello Adamu Garba told reporters."
    )
    assert "Nigerian police" in group_names(document)


def test_an_unqualified_ministry_after_the_countrys_own_is_that_ministry(run):
    document = run(
        "PESHAWAR: A grenade struck a bus depot in Peshawar on Sunday, wounding six clerks, Pakistan's health "
        "ministry said. The Ministry of Health later raised the count to nine."
    )
    names = group_names(document)
    assert "Pakistan's health ministry" in names
    assert "Ministry of Health" not in names


def test_an_interior_ministry_told_by_its_old_name_is_one_body(run):
    document = run(
        "PESHAWAR: A grenade struck a bus depot in Peshawar on Sunday, the Pakistani Interior Ministry said. "
        "The Ministry of Internal Affairs later said six clerks were hurt."
    )
    names = group_names(document)
    assert "Ministry of Internal Affairs" not in names
