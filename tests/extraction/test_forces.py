"""State forces: generic force words, and countries or capitals acting as their state."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import by_name
from .readers import (
    group_names,
)


def test_a_force_word_that_only_qualifies_a_noun_is_no_group(run):
    document = run("PESHAWAR: Gunmen ambushed a police vehicle near Khar on Sunday and fired at a military target.")
    assert group_names(document) == []


@pytest.mark.parametrize(
    "text, force",
    [
        ("PESHAWAR: Gunmen killed two police officers near Khar on Sunday.", "Pakistan Police"),
        ("PESHAWAR: Three policemen were wounded in a blast near Khar on Sunday.", "Pakistan Police"),
        ("MAIDUGURI: Insurgents killed four soldiers near Bama on Sunday.", "Nigerian Army"),
        ("MAIDUGURI: A gendarme was shot dead near Bama on Sunday.", "Nigerian gendarmerie"),
    ],
)
def test_a_force_named_by_its_members_is_that_force(run, text, force):
    forces = [g["name"] for g in run(text)["groups"] if g["kind"] == "state_force"]
    assert forces == [force]


def test_a_force_named_by_its_members_goes_by_its_own_word_too(run):
    document = run("PESHAWAR: Gunmen killed two police officers near Khar on Sunday.")
    assert "police" in by_name(document, "groups", "Pakistan Police")["aliases"]


@pytest.mark.parametrize(
    "text",
    [
        "MAIDUGURI: Two former soldiers were arrested near Bama on Sunday.",
        "MAIDUGURI: Two rebel soldiers were hurt near Bama on Sunday.",
        "MAIDUGURI: Two ISWAP soldiers died in a clash near Bama on Sunday.",
    ],
)
def test_soldiers_of_no_state_or_of_a_named_group_are_no_national_army(run, text):
    assert "Nigerian Army" not in group_names(run(text))


def test_soldiers_killed_do_not_make_security_forces_the_army(run):
    document = run(
        "MAIDUGURI: Insurgents killed two soldiers near Bama on Sunday. Security forces later searched nearby villages."
    )
    names = group_names(document)
    assert "Nigerian Army" in names
    assert "Nigerian security forces" in names


def test_a_force_word_heading_its_voice_or_machines_still_names_the_force(run):
    document = run(
        "PESHAWAR: Gunmen killed two men near Khar on Sunday, a police spokesman said. "
        "An army helicopter later fired on the attackers."
    )
    assert {g["kind"] for g in document["groups"]} == {"state_force"}
    assert len(document["groups"]) == 2


def test_a_force_s_authorities_are_the_force_speaking(run):
    document = run(
        "MAIDUGURI: Gunmen shot a trader near Bama on Sunday, though the police authorities have not confirmed it."
    )
    assert [g["kind"] for g in document["groups"]] == ["state_force"]


def test_a_force_only_targeted_by_a_run_of_attacks_is_no_group(run):
    document = run(
        "PESHAWAR: A bomb killed five people in a market in Khar on Sunday. The province has seen a wave of "
        "attacks on police in recent months."
    )
    assert group_names(document) == []


def test_the_force_doing_something_is_still_found(run):
    document = run("PESHAWAR: Police arrested three men in Khar on Sunday.")
    assert by_name(document, "groups", "Pakistan Police")["kind"] == "state_force"


def test_a_peoples_attacks_are_not_its_states(run):
    from incidents.extraction.forces import force_mentions

    text = "Dozens of Israelis have been killed in Palestinian attacks, while Pakistani drone attacks continued."
    found = [m.text for m in force_mentions(text, lambda start: 0)]
    assert "Palestinian" not in found
    assert "Pakistani" in found


@pytest.mark.parametrize(
    "text, government, location_kept",
    [
        ("PESHAWAR: Officials said the militants were backed by India.", "Government of India", "India"),
        (
            "PESHAWAR: Officials in Peshawar accused the Afghan authorities of sheltering militants, a charge "
            "Kabul rejects.",
            "Afghan government",
            None,
        ),
    ],
)
def test_a_country_or_capital_acting_as_the_state_is_its_government(run, text, government, location_kept):
    document = run(text)
    assert government in [g["name"] for g in document["groups"]]
    names = [place["name"] for place in document["locations"]]
    assert "Kabul" not in names
    if location_kept:
        assert location_kept in names


@pytest.mark.parametrize(
    "text, government",
    [
        ("PESHAWAR: The federal government condemned the bombing in Peshawar.", "Government of Pakistan"),
        ("PESHAWAR: The provincial government announced compensation for victims in Peshawar.", None),
        ("PESHAWAR: Police in Peshawar said the government had ordered an inquiry.", "Government of Pakistan"),
    ],
)
def test_the_government_with_no_owner_named_is_the_story_countrys(run, text, government):
    governments = [g["name"] for g in run(text)["groups"] if g["kind"] == "government"]
    assert governments == ([government] if government else [])


def test_security_forces_beside_the_army_alone_are_the_army(run):
    document = run(
        "MAIDUGURI: The army said its units repelled an attack near Bama on Sunday. Security forces later "
        "searched nearby villages."
    )
    forces = [g for g in document["groups"] if g["kind"] == "state_force"]
    assert [g["name"] for g in forces] == ["Nigerian Army"]
    assert len(forces[0]["mentions"]) == 2


def test_security_forces_beside_the_army_and_the_police_stay_the_collective_of_both(run):
    document = run(
        "MAIDUGURI: The army said its units repelled an attack near Bama on Sunday. Police arrested two men "
        "in the town, and security forces later searched nearby villages."
    )
    names = group_names(document)
    assert "Nigerian Army" in names
    assert "Nigerian security forces" in names


def test_the_government_fought_by_a_long_insurgency_is_no_actor(run):
    document = run(
        "MAIDUGURI: Gunmen killed 12 farmers near Bama on Sunday. The insurgents have been fighting the "
        "government since 2009."
    )
    assert [g for g in document["groups"] if g["kind"] == "government"] == []


def test_a_nations_border_guards_are_its_force_and_a_shared_word_is_neither_sides(run):
    document = run(
        "PESHAWAR: A Tajik border guard was killed in an exchange of fire with Kyrgyz border guards on Sunday. "
        "Border guard commanders of both sides met later."
    )
    mentions = sorted(m["text"] for g in document["groups"] for m in g["mentions"])
    assert mentions == ["Kyrgyz border guards", "Tajik border guard"]
    assert len(document["groups"]) == 2


@pytest.mark.parametrize(
    "text, government",
    [
        (
            "MAIDUGURI: Gunmen killed 12 farmers near Bama on Sunday. The United States has carried out strikes "
            "on militants in the region.",
            "United States",
        ),
        (
            "RAIPUR: Maoists killed two villagers in Bijapur on Sunday. India has signed ceasefire pacts with "
            "other groups.",
            "India",
        ),
    ],
)
def test_a_country_that_carries_out_or_signs_acts_as_the_state(run, text, government):
    governments = [g["name"] for g in run(text)["groups"] if g["kind"] == "government"]
    assert [n for n in governments if n.endswith(government)]


def test_police_in_a_province_with_its_own_listed_force_are_that_force():
    """'Police said' in a story set in a province whose police the groups list holds: the provincial police."""
    from incidents.extraction.article import ArticleMeta
    from incidents.extraction.gazetteer import GroupRecord, PlaceRecord
    from incidents.extraction.memory import MemoryGazetteer
    from incidents.extraction.pipeline import extract

    from .conftest import GROUPS, PLACES

    places = [PlaceRecord(i, n, k, c, p, la, lo, pop) for i, n, k, c, p, la, lo, pop, _ in PLACES]
    provincial = GroupRecord(90, "Balochistan Police", "state_force", None, "PK", ("Balochistan Police",))
    gazetteer = MemoryGazetteer(places, [*GROUPS, provincial], {row[0]: row[8] for row in PLACES})
    text = "QUETTA: A bomb killed five people at a market in Quetta, Balochistan, on Sunday, police said."
    document = extract(text, ArticleMeta(published=dt.date(2025, 3, 11)), gazetteer)
    names = [g["name"] for g in document["groups"]]
    assert "Balochistan Police" in names
    assert "Pakistan Police" not in names


def test_a_government_minister_is_a_persons_role_not_the_government(run):
    document = run(
        "PESHAWAR: Gunmen killed a lawmaker near Peshawar on Sunday. Two government ministers visited the wounded."
    )
    assert not any(g["kind"] == "government" for g in document["groups"])


@pytest.mark.parametrize(
    "text, government",
    [
        ("PESHAWAR: Gunmen killed four people in Khar, and the raid was condemned by Kabul.", "AF"),
        (
            "PESHAWAR: Gunmen killed four people in Khar. Officials criticised Afghanistan’s decision to close "
            "the border.",
            "AF",
        ),
    ],
)
def test_a_country_or_capital_as_the_agent_or_owner_of_state_acts_is_its_government(run, text, government):
    document = run(text)
    assert any(g["kind"] == "government" and g.get("country") == government for g in document["groups"])


@pytest.mark.parametrize(
    "text, government",
    [
        ("PESHAWAR: Gunmen killed four people in Khar on Sunday. Afghanistan has not commented.", "AF"),
        ("PESHAWAR: Gunmen killed four people in Khar on Sunday. Iran will react firmly, an envoy said.", "IR"),
        ("PESHAWAR: Gunmen killed four people in Khar on Sunday. India had requested a joint inquiry.", "IN"),
        ("PESHAWAR: Gunmen killed four people in Khar. Afghanistan has been accusing its neighbour of raids.", "AF"),
    ],
)
def test_a_country_with_a_tense_or_negation_before_its_state_verb_is_its_government(run, text, government):
    document = run(text)
    assert any(g["kind"] == "government" and g.get("country") == government for g in document["groups"])


def test_people_across_a_country_reacting_are_not_its_government(run):
    document = run(
        "PESHAWAR: A bomb killed five people in Peshawar on Sunday. Fans across Pakistan have reacted with anger."
    )
    assert not any(g["kind"] == "government" and g.get("country") == "PK" for g in document["groups"])


def test_the_government_of_a_countrys_leader_is_that_countrys_government(run):
    document = run(
        "MAIDUGURI: Gunmen killed four farmers near Bama on Sunday. Critics blamed the government of Pakistani "
        "Prime Minister Jane Doe for the border closure."
    )
    assert any(g["kind"] == "government" and g.get("country") == "PK" for g in document["groups"])


@pytest.mark.parametrize(
    "text, country",
    [
        ("MAIDUGURI: Gunmen killed four farmers near Bama on Sunday, Nigeria's authorities said.", "NG"),
        ("PESHAWAR: Gunmen killed four people in Khar on Sunday, the Afghan authorities said.", "AF"),
    ],
)
def test_a_countrys_authorities_are_its_government(run, text, country):
    document = run(text)
    assert any(g["kind"] == "government" and g.get("country") == country for g in document["groups"])


def test_authorities_of_no_country_are_no_government(run):
    document = run("PESHAWAR: Gunmen killed four people in Khar on Sunday. The authorities and Health authorities met.")
    assert not any(g["kind"] == "government" and g.get("country") != "PK" for g in document["groups"])


def test_security_services_and_agencies_are_the_states_forces_taken_together(run):
    document = run("MAIDUGURI: Security agencies arrested three suspects near Bama on Sunday.")
    forces = [g for g in document["groups"] if g["kind"] == "state_force"]
    assert [g["name"] for g in forces] == ["Nigerian security forces"]


def test_a_countrys_possessive_before_its_force_names_that_countrys_force(run):
    document = run(
        "MAIDUGURI: Insurgents attacked a camp near Bama on Sunday. Nigeria’s military said four soldiers were killed."
    )
    army = by_name(document, "groups", "Nigerian Army")
    assert "Nigeria’s military" in army["aliases"]
    assert "Nigeria" in {p["name"] for p in document["locations"]}  # the country's name stays a place


def test_prosecutors_named_by_their_word_alone_are_no_group(run):
    document = run(
        "MAIDUGURI: A court sentenced two men over a bombing near Bama. Prosecutors said the men had planted the "
        "bomb at a market."
    )
    assert not any("prosecutor" in n.lower() for n in group_names(document))


def test_prosecutors_named_with_their_country_are_a_group(run):
    document = run(
        "MAIDUGURI: Nigerian prosecutors charged two men over a bombing near Bama. Prosecutors said the men had "
        "planted the bomb at a market."
    )
    assert any("prosecutor" in n.lower() for n in group_names(document))


def test_a_force_in_a_photo_credit_is_no_group(run):
    document = run(
        "MAIDUGURI: A man who helped his brother plant a bomb that killed 22 people near Bama was jailed. "
        "AFP/Lakeside Metropolitan Police  A man who drove the car was also jailed."
    )
    assert not any("police" in n.lower() for n in group_names(document))


@pytest.mark.parametrize(
    "text, government",
    [
        ("PESHAWAR: A militant spokesman in Peshawar vowed to keep fighting the Afghan regime.", "Afghan government"),
        ("PESHAWAR: The fighters said their campaign would go on until the Kabul regime fell.", "Afghan government"),
        ("PESHAWAR: The group's leaflets called for war on the regime in India until it fell.", "Government of India"),
        ("PESHAWAR: A militant spokesman in Peshawar vowed to keep fighting for regime change.", None),
    ],
)
def test_a_states_regime_is_its_government(run, text, government):
    document = run(text)
    governments = [g["name"] for g in document["groups"] if g["kind"] == "government"]
    assert governments == ([government] if government else [])
    assert "Kabul" not in [place["name"] for place in document["locations"]]
