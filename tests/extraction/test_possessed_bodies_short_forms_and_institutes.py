"""State bodies, third round: a country's committee, service or department told after its possessive, a ministry
told by its portfolio in lower case, a force qualified by a country's short form ("U.S.") or called its special
forces, and an institute that is a building (a hospital, a place the sentence puts something at)."""

from __future__ import annotations

import datetime as dt

from .readers import group_names, place_names


def test_a_countrys_lower_case_committee_is_its_state_body_and_the_country_stays_a_place(run):
    document = run(
        "PESHAWAR: A parcel bomb wounded three clerks at a post office in Peshawar on Sunday. Pakistan's "
        "investigative committee opened a case, and later the committee named two suspects."
    )
    body = next(g for g in document["groups"] if g["name"] == "Pakistan's investigative committee")
    assert "investigative committee" in body["aliases"]
    assert "Pakistan" in place_names(document)


def test_a_countrys_security_service_is_its_state_body(run):
    document = run(
        "KABUL: Gunmen shot dead two guards at a depot in Kabul on Monday, Afghanistan’s security service told "
        "reporters hours later."
    )
    assert "Afghanistan’s security service" in group_names(document)


def test_a_listed_body_after_its_countrys_possessive_keeps_its_listed_name():
    from incidents.extraction.article import ArticleMeta
    from incidents.extraction.gazetteer import GroupRecord, PlaceRecord
    from incidents.extraction.memory import MemoryGazetteer
    from incidents.extraction.pipeline import extract

    from .conftest import GROUPS, PLACES

    places = [PlaceRecord(i, n, k, c, p, la, lo, pop) for i, n, k, c, p, la, lo, pop, _ in PLACES]
    listed = GroupRecord(91, "Federal Guard Service", "state_force", None, "PK", ("Federal Guard Service",))
    gazetteer = MemoryGazetteer(places, [*GROUPS, listed], {row[0]: row[8] for row in PLACES})
    text = (
        "PESHAWAR: A grenade hit a toll booth near Peshawar on Sunday, wounding two drivers. Pakistan's Federal "
        "Guard Service said it had detained a man on the road out of the city."
    )
    names = group_names(extract(text, ArticleMeta(published=dt.date(2025, 3, 11)), gazetteer))
    assert "Federal Guard Service" in names
    assert "Pakistan's Federal Guard Service" not in names


def test_a_possessed_national_committee_and_its_bare_name_are_one_body(run):
    document = run(
        "PESHAWAR: A parcel bomb wounded three clerks at a post office in Peshawar on Sunday, Pakistan's "
        "Border Crossings Committee said. The Border Crossings Committee added that the parcel came from abroad."
    )
    names = group_names(document)
    assert "Pakistan's Border Crossings Committee" in names
    assert "Border Crossings Committee" not in names


def test_a_ministry_told_by_its_portfolio_in_lower_case_is_a_state_body(run):
    document = run(
        "KABUL: Gunmen shot two guards at a depot in Kabul on Monday. The attackers fled, the interior ministry "
        "said in a statement."
    )
    assert "interior ministry" in group_names(document)


def test_words_before_ministry_that_hold_a_verb_are_no_portfolio(run):
    document = run(
        "KABUL: A roadside bomb killed four soldiers near Kabul on Monday. Among the wounded are ministry "
        "guards, an aide said."
    )
    assert not any("ministry" in name.lower() for name in group_names(document))


def test_a_portfolio_ministry_after_the_same_ministry_by_its_full_name_is_one_body(run):
    document = run(
        "KABUL: A roadside bomb killed four teachers near Kabul on Monday, the Ministry of Schooling said. Later "
        "the schooling ministry raised the count to six."
    )
    names = group_names(document)
    assert [n for n in names if "inistry" in n] == ["Ministry of Schooling"]


def test_prosecutors_qualified_by_the_countrys_short_form_are_its_prosecutors(run):
    document = run(
        "PESHAWAR: A court in Peshawar on Sunday jailed two men for a 2023 bombing that killed nine people at a "
        "market. U.S. prosecutors said the men had also planned an attack abroad."
    )
    group = next(g for g in document["groups"] if "U.S. prosecutors" in [g["name"], *g["aliases"]])
    assert group["kind"] == "government"


def test_a_countrys_special_forces_are_its_force(run):
    document = run(
        "MAIDUGURI: Nigerian special forces freed twelve hostages from a camp near Bama on Sunday after a gunfight."
    )
    assert any("Nigeria" in g["name"] for g in document["groups"] if g["kind"] == "state_force")


def test_an_institute_of_medicine_is_a_hospital_not_a_body(run):
    document = run(
        "KABUL: A bomb on a bus killed six people in Kabul on Monday. The wounded lie at the Karimi Research "
        "Institute of Burn Medicine, where surgeons worked through the night."
    )
    assert not any("Institute" in name for name in group_names(document))


def test_an_institute_near_which_a_bomb_went_off_is_a_building(run):
    document = run(
        "KABUL: A car bomb went off near the Hadley Languages Institute in Kabul on Monday, killing two guards."
    )
    assert not any("Institute" in name for name in group_names(document))
