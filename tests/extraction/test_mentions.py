"""Mentions: gazetteer look-ups, acronym definitions, alias patterns, titles and their filters."""

import pytest

from incidents.extraction.acronyms import _initials_match, acronym_definitions
from incidents.extraction.mentions import find_mentions
from incidents.extraction.nlp import parse, split_sentences


def mentions_of(text, gazetteer):
    doc = parse(text)
    return find_mentions(doc, text, split_sentences(doc), gazetteer).items


def texts(items, kind):
    return [m.text for m in items if m.kind == kind]


def test_groups_found_under_any_alias(gazetteer):
    items = mentions_of("Daesh-Khorasan and the Pakistani Taliban clashed near Peshawar.", gazetteer)
    assert texts(items, "group") == ["Daesh-Khorasan", "Pakistani Taliban"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The IS fighters fled.", ["IS"]),
        ("He is a member of nothing.", []),  # 'is' must not match the acronym IS
        ("NC leaders condemned the attack.", ["NC"]),
        ("The Nc party met.", []),
    ],
)
def test_case_sensitive_acronyms(gazetteer, text, found):
    assert texts(mentions_of(text, gazetteer), "group") == found


def test_places_need_a_capital_and_are_not_common_words(gazetteer):
    items = mentions_of("On Christmas day the militants attacked Bama, a town in Borno State.", gazetteer)
    assert texts(items, "place") == ["Bama", "Borno State"]


def test_a_place_inside_an_organisation_name_is_not_a_place(gazetteer):
    items = mentions_of("The Peshawar High Court Bar Association met in Quetta.", gazetteer)
    assert "Peshawar" not in texts(items, "place")


@pytest.mark.parametrize(
    ("text", "long_form", "acronym"),
    [
        ("the Pakistan Institute for Peace Studies (PIPS) said", "Pakistan Institute for Peace Studies", "PIPS"),
        ("troops of the Rapid Support Forces (RSF) advanced", "Rapid Support Forces", "RSF"),
        ("the Commando Battalion for Resolute Action (CoBRA) moved", "Commando Battalion for Resolute Action", "CoBRA"),
    ],
)
def test_acronym_definitions(text, long_form, acronym):
    doc = parse(text)
    (found,) = acronym_definitions(text, doc, lambda offset: 0)
    assert (found[0].text, found[1].text) == (long_form, acronym)


def test_initials_must_fit_the_long_form():
    assert _initials_match("PIPS", ["Pakistan", "Institute", "for", "Peace", "Studies"])
    assert not _initials_match("XYZ", ["Pakistan", "Institute"])


def test_titles_are_left_out_of_names(gazetteer):
    items = mentions_of("Havildar Karim Dad and Maulvi Noor Ahmad were named by officials.", gazetteer)
    assert {"Karim Dad", "Noor Ahmad"} <= set(texts(items, "person"))


def test_persons_named_after_a_role_noun(gazetteer):
    items = mentions_of("The dead included the bus driver, Gulzar, and two passengers.", gazetteer)
    assert "Gulzar" in texts(items, "person")


def test_generic_forces_and_demonyms(gazetteer):
    items = mentions_of("Pakistani forces and the police cordoned off the area.", gazetteer)
    forces = [(m.text, m.force, m.country_hint) for m in items if m.kind == "generic_force"]
    assert forces == [("Pakistani forces", "army", "PK"), ("police", "police", None)]


def test_sites_and_regions_keep_their_place_word_as_an_alias(gazetteer):
    items = mentions_of("A bomb hit the Shah Faisal mosque in the Tirah area.", gazetteer)
    assert ("Shah Faisal", "site") in [(m.text, m.kind) for m in items]
    assert ("Tirah", "region") in [(m.text, m.kind) for m in items]


def test_lower_case_title_before_a_name(gazetteer):
    items = mentions_of("The attack was confirmed by provincial governor Haji Gul Mohammad on Monday.", gazetteer)
    assert "Haji Gul Mohammad" in texts(items, "person") or "Gul Mohammad" in texts(items, "person")


def test_names_do_not_run_across_commas(gazetteer):
    items = mentions_of("The convoy was hit near Khar, Pakistan Army officials said.", gazetteer)
    assert texts(items, "group") == ["Pakistan Army"]
