"""Groups: names listed and unlisted, aliases, acronyms, units, what is no part of a group's name."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.extraction.gazetteer import GroupRecord
from incidents.extraction.gazetteer_mentions import _case_ok
from incidents.extraction.model import Mention

from .conftest import by_name
from .readers import (
    group_names,
    perpetrator_names,
    perpetrator_names_of,
)


def test_a_unit_named_as_its_groups_own_is_that_group(run):
    document = run(
        "PESHAWAR: A bomb killed five people in Khar on Sunday. On Monday, the Tehreek-e-Taliban Pakistan (TTP) "
        "claimed the attack in a statement signed by its Northern Front."
    )
    assert group_names(document) == ["Tehreek-e-Taliban Pakistan"]
    ttp = by_name(document, "groups", "Tehreek-e-Taliban Pakistan")
    assert "Northern Front" in {m["text"] for m in ttp["mentions"]}


def test_a_group_word_used_as_an_adjective_in_another_country_is_no_group(run):
    document = run("MAIDUGURI: Gunmen killed four farmers near Bama on Sunday. The region has a long Maoist past.")
    assert "Communist Party of India (Maoist)" not in group_names(document)


def test_the_short_name_before_a_descriptive_noun_is_an_alias(gazetteer):
    from incidents.extraction.groups import GroupBuilder

    record = GroupRecord(90, "Amaq News Agency", "organization", None, "", ("Amaq News Agency", "Amaq"))
    builder = GroupBuilder(gazetteer, None)
    mention = Mention(0, 16, "Amaq news agency", "group", 0, "amaqnewsagency", groups=[record])
    group = builder.add_gazetteer_mention(mention)
    assert "Amaq" in group.aliases


def test_an_aircraft_model_after_a_force_is_not_part_of_its_name():
    from incidents.extraction.group_mentions import MODEL_DESIGNATION

    assert all(MODEL_DESIGNATION.fullmatch(m) for m in ("F-16", "Mi-17", "MQ-9", "Su-25"))
    assert not MODEL_DESIGNATION.fullmatch("88")


def test_a_named_group_is_found_for_the_raid(run):
    document = run(
        "PESHAWAR: A bomb killed five soldiers in Khar on Sunday. Later that day, Pakistan Police officers stormed "
        "a house in Quetta, arresting two suspects."
    )
    raid = document["incidents"][1]
    assert raid["type"] == "arrest_or_raid"
    assert perpetrator_names_of(document, raid) == [by_name(document, "groups", "Pakistan Police")["name"]]


def test_an_acronym_whose_group_the_story_names_in_full_is_not_foreign(run):
    document = run(
        "PESHAWAR: Boko Haram fighters killed two men in Khar on Sunday, police said. JAS has threatened more "
        "attacks in the district."
    )
    group = by_name(document, "groups", "Boko Haram")
    assert "JAS" in {m["text"] for m in group["mentions"]}


def test_a_media_channel_is_an_organisation():
    from incidents.extraction.group_mentions import media_outlet_mentions

    found = media_outlet_mentions(
        "The group said on its Al-Naba media channel and its Radio Sada station that it had attacked the police "
        "station near the Khar bus station.",
        lambda start: 0,
    )
    assert [(m.text, m.kind) for m in found] == [("Al-Naba", "group"), ("Radio Sada", "group")]


def test_a_front_named_after_a_person_is_a_group(run):
    document = run(
        "MAIDUGURI, Nigeria — Gunmen killed three farmers near Bama on Sunday. Police blamed the Abubakar "
        "Shekau front for the attack."
    )
    assert "Abubakar Shekau front" in [g["name"] for g in document["groups"]]


def test_a_front_after_one_capitalised_word_is_no_group():
    from incidents.extraction.group_mentions import NAMED_AFTER_PERSON

    assert NAMED_AFTER_PERSON.search("fighting on the Western front") is None


def test_a_common_noun_after_a_group_name_is_no_part_of_it(run):
    document = run(
        "MAIDUGURI, Nigeria — Gunmen killed three farmers near Bama on Sunday, a member of the Civilian Joint "
        "Task Force militia said."
    )
    names = [g["name"] for g in document["groups"]]
    assert "Civilian Joint Task Force militia" not in names


def test_a_listed_name_before_a_descriptor_noun_is_kept_as_an_alias(run):
    document = run("PESHAWAR: TTP militants attacked a check post near Khar on Sunday, killing two soldiers.")
    group = by_name(document, "groups", "Tehreek-e-Taliban Pakistan")
    assert "TTP" in group["aliases"] or any(m["text"] == "TTP" for m in group["mentions"])


def test_an_unlisted_front_with_an_alias_is_a_new_group(run):
    document = run(
        "PESHAWAR: Fighters of the Kalam Sher Front, a splinter faction known in Pashto as Jabha Kalam Sher, "
        "attacked a police post near Khar on Sunday, killing three officers."
    )
    group = by_name(document, "groups", "Kalam Sher Front")
    assert group["kind"] == "armed_group"
    assert "Jabha Kalam Sher" in group["aliases"]
    incident = document["incidents"][0]
    assert incident["type"] == "armed_clash"
    assert incident["perpetrators"] == [group["key"]]
    assert "Jabha Kalam Sher" not in [p["name"] for p in document["persons"]]


def test_a_regional_military_command_named_by_ner_is_a_group(run):
    document = run(
        "PESHAWAR: A roadside bomb killed three soldiers near Khar on Sunday. Omar Saleh, a spokesman for the "
        "Bajaur Operations Command, said troops had begun a search."
    )
    assert "Bajaur Operations Command" in [g["name"] for g in document["groups"]]


def test_a_listed_collective_name_ending_in_bandits_is_looked_up():

    from incidents.extraction.article import ArticleMeta
    from incidents.extraction.gazetteer import GroupRecord, PlaceRecord
    from incidents.extraction.memory import MemoryGazetteer
    from incidents.extraction.pipeline import extract

    from .conftest import GROUPS, PLACES

    places = [PlaceRecord(i, n, k, c, p, la, lo, pop) for i, n, k, c, p, la, lo, pop, _ in PLACES]
    bandits = GroupRecord(99, "Bandits", "armed_group", None, "NG", ("Bandits", "Armed bandits"))
    gazetteer = MemoryGazetteer(places, [*GROUPS, bandits], {row[0]: row[8] for row in PLACES})
    document = extract(
        "MAIDUGURI: Armed bandits abducted 23 people near Bama on Saturday.",
        ArticleMeta(published=dt.date(2025, 3, 11)),
        gazetteer,
    )
    assert perpetrator_names(document) == ["Bandits"]


def test_a_group_name_that_opens_with_a_number_is_found(run):
    document = run("MAIDUGURI: Gunmen from the 400 Mawozo gang kidnapped 14 passengers near Bama on Sunday.")
    group = by_name(document, "groups", "400 Mawozo")
    assert document["incidents"][0]["perpetrators"] == [group["key"]]


def test_a_units_number_is_part_of_its_name(run):
    document = run(
        "MAIDUGURI: Troops from the 16th Infantry Battalion clashed with Boko Haram fighters near Bama on Sunday, "
        "killing two."
    )
    assert "16th Infantry Battalion" in [g["name"] for g in document["groups"]]


def test_fighters_described_by_the_state_backing_them_are_one_group(run):
    document = run(
        "PESHAWAR: A car bomb exploded outside the office of a Turkish-backed armed group on Sunday, killing "
        "three people near Khar. Turkish-backed Syrian rebels have held the town since 2019, and Turkish-backed "
        "rebels patrol its roads."
    )
    backed = [g for g in document["groups"] if g["name"].startswith("Turkish-backed")]
    assert len(backed) == 2  # the armed group, and the rebels named twice
    rebels = next(g for g in backed if g["name"].endswith("rebels"))
    assert len(rebels["mentions"]) == 2
    assert {g["kind"] for g in backed} == {"armed_group"}


def test_a_lower_case_backer_names_no_group(run):
    document = run("PESHAWAR: Gunmen killed three members of a government-backed militia near Khar on Sunday.")
    assert not any("backed" in g["name"] for g in document["groups"])


def test_a_listed_name_inside_a_longer_proper_name_is_another_body(run):
    document = run(
        "PESHAWAR: Gunmen killed two men near Khar on Sunday. The Peshawar National Conference condemned the killing."
    )
    assert "National Conference" not in group_names(document)


def test_a_body_named_again_without_its_country_is_the_same_group(run):
    document = run(
        "MAIDUGURI: The U.S. Treasury Department sanctioned two Boko Haram financiers on Sunday. The Treasury "
        "Department said the men moved money for attacks near Bama."
    )
    names = group_names(document)
    assert "U.S. Treasury Department" in names
    assert "Treasury Department" not in names


def test_one_body_named_with_its_country_two_ways_is_one_group(run):
    document = run(
        "MAIDUGURI: Gunmen killed four farmers near Bama on Sunday, the Nigerian Farmers Welfare Agency said. "
        "Nigeria’s Farmers Welfare Agency said the dead were buried on Monday."
    )
    agencies = [n for n in group_names(document) if "Welfare Agency" in n]
    assert len(agencies) == 1


def test_a_bodys_name_ends_with_its_regions_word(run):
    document = run(
        "MAIDUGURI: Gunmen killed four farmers near Bama, according to the Health Directorate of Borno state."
    )
    assert "Health Directorate of Borno state" in group_names(document)


def test_a_title_case_acronym_the_model_reads_as_an_organisation_is_the_listed_group():
    record = GroupRecord(9, "Basque Homeland", "armed_group", None, "ES", ("Basque Homeland", "BHL"))
    assert _case_ok(record, "bhl", "Bhl", organisation=True)
    assert not _case_ok(record, "bhl", "Bhl")  # a word the model did not read as a body's name
    assert not _case_ok(record, "bhl", "bhl", organisation=True)


def test_a_name_the_story_calls_a_group_is_a_group(run):
    document = run(
        "MAIDUGURI: A man stabbed two people near Bama on Sunday. The rally was organised by the Friends of the "
        "Forest, a group that campaigns against logging."
    )
    assert "Friends of the Forest" in group_names(document)


def test_a_states_service_named_by_its_remit_is_a_body(run):
    document = run(
        "MAIDUGURI: Gunmen killed four farmers near Bama on Sunday, the National Flood and Emergency Relief Service "
        "said."
    )
    assert "National Flood and Emergency Relief Service" in group_names(document)


def test_a_service_with_no_states_word_is_no_body():
    from incidents.extraction.group_mentions import _state_service

    assert not _state_service([_Word("Times"), _Word("Syndication"), _Word("Service")])
    assert _state_service([_Word("State"), _Word("Security"), _Word("Service")])


class _Word:
    def __init__(self, text):
        self.text, self.lower_ = text, text.lower()


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "KALMAR: The City Government of Alderport said three people died when gunmen attacked a bus.",
            "City Government of Alderport",
        ),
        ("KALMAR: A spokesman for the Government of Tarn said the attack killed four villagers.", "Government of Tarn"),
        (
            "KALMAR: The Merrow Provincial Government said two guards were killed in the ambush.",
            "Merrow Provincial Government",
        ),
    ],
)
def test_a_government_named_with_its_place_is_a_group(run, text, name):
    assert name in group_names(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "KALMAR: Three people died in Tsamo Local Government when bandits attacked.",  # a Nigerian district, a place
        "Police at the scene of the blast in Merrow. (Harbour News photo/Merrow Provincial Government via Reuters)",
    ],
)
def test_a_local_government_area_and_a_credit_after_a_slash_are_no_group(run, text):
    assert not any("Government" in name for name in group_names(run(text)))
