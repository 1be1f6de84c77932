"""Persons an event's lines name who are no party to it (issue: persons of matched incidents): the one whose
relatives the sentence tells of, one who escaped unhurt, a group's founder, the one a grave or a memorial day is for,
an office holder set off after 'The President of X'; and speakers the text only seems to quote (the one told
something, the one whose orders were said to be obeyed). Also a byline of many writers, which is no name of the story.
"""

from __future__ import annotations

from incidents.extraction.furniture import blank_furniture


def linked(document) -> set[str]:
    names = {p["key"]: p["name"] for p in document["persons"]}
    return {names[r["person"]] for incident in document["incidents"] for r in incident["persons"]}


def persons(document) -> set[str]:
    return {p["name"] for p in document["persons"]}


def test_the_one_whose_sons_were_killed_is_no_victim(run):
    document = run(
        "PESHAWAR: Gunmen attacked a checkpoint in Peshawar on Monday, killing four policemen. Three brothers of the "
        "deputy mayor of Peshawar, Tarvik Osmanov, were among the attackers and were killed in the shootout."
    )
    assert "Tarvik Osmanov" not in linked(document)


def test_those_who_escaped_unhurt_are_no_victims(run):
    document = run(
        "PESHAWAR: A bomb exploded at a party meeting in Peshawar on Sunday, killing eleven people. Pir Jalal Noorzad, "
        "the district chairman, was among those killed, while Senator Wasil Darwan and Idris Bakhtiar, who sat "
        "beside him, escaped unhurt."
    )
    linked_names = linked(document)
    assert "Pir Jalal Noorzad" in linked_names
    assert not {"Wasil Darwan", "Idris Bakhtiar"} & linked_names


def test_a_founder_of_the_group_is_no_party(run):
    document = run(
        "PESHAWAR: Fighters of the Dovra Front stormed a police post in Peshawar on Friday, killing six officers. "
        "The Dovra Front, founded in 2009 by Hamid Zarkan, has claimed many attacks on the police."
    )
    assert "Hamid Zarkan" not in linked(document)


def test_the_one_buried_where_the_attack_struck_is_no_victim(run):
    document = run(
        "PESHAWAR: Two bombs killed 40 mourners on Tuesday near the grave of the slain general Rostam Valiyan in "
        "Peshawar, where crowds had gathered to commemorate the death of Rostam Valiyan."
    )
    assert "Rostam Valiyan" not in linked(document)


def test_an_office_of_a_country_after_a_capital_the_is_an_office(run):
    document = run(
        "PESHAWAR: Fighting between troops and gunmen in Peshawar killed 12 people on Monday. The President of "
        "Pakistan, Arvid Tomasko, ordered a ceasefire on Tuesday."
    )
    assert "Arvid Tomasko" not in linked(document)


def test_the_one_a_judge_told_is_the_accused_not_a_speaker(run):
    document = run(
        "PESHAWAR: A local gunman, Pavel Drossin, shot dead nine worshippers at a chapel in Peshawar in May 2021. "
        "On Monday the judge told Drossin his crimes were beyond forgiveness and jailed him for life."
    )
    assert "Pavel Drossin" in linked(document)


def test_a_name_owning_what_was_said_is_no_speaker(run):
    document = run(
        "PESHAWAR: Militants bombed a bus station in Peshawar in March 2019, killing seven people. The preacher "
        "Hamid Zarkan was jailed on Friday; prosecutors said Zarkan's orders led to the bombing, and the court found "
        "him guilty of planning it."
    )
    assert "Hamid Zarkan" in linked(document)


def test_a_long_byline_of_several_writers_is_furniture():
    line = "By Amina Okafor, Jonas de Wit, Tendai Moyo, Sipho Ndlovu, Ilse Brandt & Pedro Alves, LAGOS"
    text = f"Rebels attack a depot\n\n{line}\n\nGunmen killed two guards on Monday."
    assert len(line) > 80
    assert blank_furniture(text) == text.replace(line, " " * len(line))


def test_a_long_sentence_opening_with_by_is_prose():
    line = "By the time Amina Okafor, Jonas de Wit and Tendai Moyo arrived, the gunmen had left the depot."
    text = f"Rebels attack a depot\n\n{line}\n\nGunmen killed two guards on Monday."
    assert blank_furniture(text) == text


def test_land_once_seized_is_no_abduction_of_the_one_who_freed_it(run):
    document = run(
        "PESHAWAR: Gunmen shot dead a shopkeeper in a village near Peshawar on Wednesday. In 2019 Chief Minister "
        "Farid Kamal Osmani declared the villages free after troops retook all the areas once seized by the militants."
    )
    assert "Farid Kamal Osmani" not in linked(document)
