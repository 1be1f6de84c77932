"""An organisation's name where the statistical model cuts it short or runs it on: a seat after "of", a title
after the body, a unit's number, a plural head, a site named after a person, a listed group inside."""

from __future__ import annotations

from .readers import group_names, place_names


def test_a_court_named_by_its_hyphenated_seat_keeps_the_seat(run):
    document = run(
        "QUETTA: The Regional Court of Pohjois-Varno on Monday, 3 March, convicted two men of a bombing that "
        "killed nine people."
    )
    assert "Regional Court of Pohjois-Varno" in group_names(document)


def test_a_title_after_the_body_is_the_persons(run):
    document = run(
        "QUETTA: Gunmen killed nine people at a market in Quetta on Sunday, Royal Lakeland Constabulary Acting "
        "Superintendent Dorin Vasko said."
    )
    names = group_names(document)
    assert "Royal Lakeland Constabulary" in names
    assert not any(name.endswith("Acting") for name in names)


def test_a_numbered_unit_of_a_listed_group_is_the_unit(run):
    document = run(
        "MAIDUGURI: The attack on a market in Maiduguri that killed nine people was attributed to the 36th "
        "Front of the Boko Haram, officials said."
    )
    names = group_names(document)
    assert "36th Front" in names
    assert "Boko Haram" in names


def test_a_plural_head_ends_the_name(run):
    document = run(
        "QUETTA: A drone strike killed nine people at a market in Quetta on Sunday, the Quetta Resistance "
        "Committees said."
    )
    names = group_names(document)
    assert "Quetta Resistance Committees" in names
    assert "Quetta Resistance" not in names


def test_a_base_named_after_a_person_is_no_force(run):
    document = run("QUETTA: A truck bomb exploded in front of the Marvin Delgado Ortiz Air Force base in Quetta.")
    assert not any("Delgado" in name for name in group_names(document))


def test_an_abbreviated_office_before_the_body_is_the_holders(run):
    document = run(
        "PESHAWAR: A bomb killed nine people in Peshawar on Sunday. Major General Tariq Wazir, IG Frontier "
        "Corps (FC), has arrived in Peshawar."
    )
    names = group_names(document)
    assert not any(name.startswith("IG ") for name in names)


def test_a_units_building_told_by_its_owner_is_no_group(run):
    document = run(
        "PESHAWAR: Three militants were hiding inside the camp, which stands close to the Army’s Brigade "
        "Headquarters in Peshawar town, officials said."
    )
    assert not any("Brigade" in name for name in group_names(document))


def test_a_body_named_again_without_its_country_is_one_group(run):
    document = run(
        "MAIDUGURI: According to the Nigeria Doctors Network, a rocket strike killed nine people at a market in "
        "Maiduguri. The strike was deliberate, the Doctors Network added."
    )
    names = group_names(document)
    assert "Nigeria Doctors Network" in names
    assert "Doctors Network" not in names


def test_the_listed_seat_in_a_bodys_name_stays_a_place(run):
    document = run(
        "QUETTA: The District Court of Khyber-Pakhtunkhwa on Friday, 12 May, found the 31-year-old woman guilty "
        "of three murders in Quetta."
    )
    assert "District Court of Khyber-Pakhtunkhwa" in group_names(document)
    assert "Khyber Pakhtunkhwa" in place_names(document)
