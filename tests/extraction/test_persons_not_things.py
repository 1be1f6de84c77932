"""Persons in real news: a name set off before an age is a person's; cars, patrols' bodies, feasts, streets, saints
of shrines, villages listed after "the villages of" and names the text once writes after "in" or "the" are not
persons; one person's name spelt two ways, or by a nickname and surname, is one person; each name of a list after
"identified as" may say where the person is from."""

from __future__ import annotations

import pytest

from incidents.extraction.model import Mention
from incidents.extraction.normalize import fold
from incidents.extraction.persons import build_persons


def person_names(document):
    return {p["name"] for p in document["persons"]}


def test_a_name_before_an_age_is_a_person_even_where_a_town_has_that_name(run):
    document = run(
        'QUETTA: A bomb went off at the bus stand in Quetta on Sunday. "Glass flew everywhere," said Khar, 37, who '
        "sells fruit near the stand."
    )
    assert "Khar" in person_names(document)


def test_a_word_opening_the_sentence_is_no_part_of_a_name_before_an_age(run):
    document = run(
        "QUETTA: Police arrested two men in Quetta on Sunday. And Tarvel Osmanov, 35, was charged with the bombing."
    )
    names = person_names(document)
    assert "Tarvel Osmanov" in names
    assert not any(n.startswith("And") for n in names)


def test_a_name_after_an_indefinite_article_is_a_thing(run):
    document = run(
        "QUETTA: Gunmen shot dead two guards at a bank in Quetta on Sunday and fled in a white Dorvan Kestrel, "
        "police said. Another Dorvan Kestrel was found burnt near the city."
    )
    assert not any("Kestrel" in n for n in person_names(document))


def test_the_saint_of_a_shrine_is_no_person(run):
    document = run(
        "QUETTA: A suicide bomber killed 12 people at the shrine of Sufi saint Baba Tarvo Shah in Quetta on Sunday, "
        "police said."
    )
    assert not any("Tarvo" in n for n in person_names(document))


def test_a_name_after_a_feast_word_is_the_feasts(run):
    document = run(
        "QUETTA: A bomb killed nine people gathered for Eid Noor Mubarak near a mosque in Quetta on Sunday, police "
        "said."
    )
    assert not any("Noor" in n for n in person_names(document))


def test_a_name_opened_by_a_foreign_street_word_is_an_address(run):
    document = run(
        "MAIDUGURI: A man set off a bomb at a church on Jalan Merpati Raya in Maiduguri on Sunday, police said."
    )
    assert not any("Merpati" in n for n in person_names(document))


def test_names_listed_after_the_villages_of_are_places(run):
    document = run(
        "MAIDUGURI: Militants attacked civilians in the villages of Tarvo Kasa; Dovra Bulama; and Kelmar Ngala near "
        "Maiduguri on Sunday. Most of the dead were in Dovra Bulama, residents said."
    )
    names = person_names(document)
    assert not any(n in names for n in ("Tarvo Kasa", "Dovra Bulama", "Kelmar Ngala"))


def _mention(text: str, start: int) -> Mention:
    return Mention(start, start + len(text), text, "person", 0, fold(text), source="ner")


def test_one_name_spelt_two_ways_is_one_person():
    persons = build_persons([_mention("Jirayr Tavelyan", 0), _mention("Jirair Tavelian", 100)])
    assert len(persons) == 1


def test_a_surname_spelt_another_way_joins_the_full_name():
    persons = build_persons([_mention("Dovran Kestrela", 0), _mention("Kesterla", 100)])
    assert len(persons) == 1


def test_two_names_differing_by_more_than_a_slip_stay_apart():
    persons = build_persons([_mention("Tarik Osman", 0), _mention("Tahir Osman", 100), _mention("Ahmad", 200)])
    assert len(persons) == 3


def test_a_nickname_and_surname_join_the_person_named_with_that_nickname():
    persons = build_persons([_mention('Dovan "Kiki" Kestrel', 0), _mention("Kiki Kestrel", 100)])
    assert len(persons) == 1
    assert persons[0].aliases == ["Kiki"]


def test_each_name_of_an_identified_list_may_say_where_the_person_is_from(run):
    document = run(
        "DELHI: Three soldiers were killed in an ambush near Srinagar on Sunday. They have been identified as Ravi "
        "Tamang from Sikkim, Lalit Borah from Assam and Kevi Lotha from Nagaland."
    )
    names = person_names(document)
    assert {"Ravi Tamang", "Lalit Borah", "Kevi Lotha"} <= names


def test_an_office_before_a_name_and_age_is_no_part_of_the_name(run):
    document = run(
        "QUETTA: A bomb killed four people in Quetta on Sunday. Fisheries Minister Tarvel Osmanov, 55, was among them."
    )
    names = person_names(document)
    assert "Tarvel Osmanov" in names
    assert not any("Minister" in n for n in names)


def test_names_listed_after_a_plural_site_noun_are_sites(run):
    document = run(
        "QUETTA: Bombers struck three hotels in Quetta on Sunday. The hotels targeted were the Tarvo Palace, Amber "
        "Grand and Dovra Lodge, police said."
    )
    names = person_names(document)
    assert not any(n in names for n in ("Amber Grand", "Dovra Lodge"))


def linked_names(document):
    keys = {p["key"]: p["name"] for p in document["persons"]}
    return {keys[r["person"]] for i in document["incidents"] for r in i["persons"]}


def test_a_minister_set_off_after_according_to_is_a_source_not_a_victim(run):
    document = run(
        "QUETTA: A suicide bomber killed 12 people at a market in Quetta on Sunday, according to the provincial "
        "interior minister, Tarvel Osmanov."
    )
    assert "Tarvel Osmanov" in person_names(document)
    assert "Tarvel Osmanov" not in linked_names(document)


def test_who_revises_the_toll_is_a_source_not_a_victim(run):
    document = run(
        "QUETTA: A bomb killed nine people at a market in Quetta on Sunday. Dovran Kestrela -- a member of the "
        "district assembly -- put the toll at fourteen."
    )
    assert "Dovran Kestrela" in person_names(document)
    assert "Dovran Kestrela" not in linked_names(document)


def test_a_spokesman_with_a_hyphenated_rank_is_a_source(run):
    document = run(
        "QUETTA: A bomb killed nine people at a market in Quetta on Sunday. Army spokesman Brigadier-General Tarik "
        "Velasco tallied 9 dead by noon."
    )
    assert "Tarik Velasco" not in linked_names(document)


def test_a_witness_quoted_as_saying_is_a_source(run):
    document = run(
        "QUETTA: Knife-wielding attackers killed nine people at the station in Quetta on Sunday. A local paper quoted "
        "a witness, Tarvel Osmanov, as saying that he saw the attackers run."
    )
    assert "Tarvel Osmanov" not in linked_names(document)


def test_a_state_forces_officer_named_by_a_lower_case_title_is_no_party(run):
    document = run(
        "QUETTA: A bomb killed nine people at a market in Quetta on Sunday. Police chief Tarvel Osmanov visited the "
        "market with army commander Dovran Kestrela on Monday."
    )
    names = linked_names(document)
    assert "Dovran Kestrela" not in names


def test_a_rebel_commander_named_by_a_lower_case_title_stays_a_party(run):
    document = run(
        "QUETTA: Militants attacked a prison van in Quetta on Sunday, killing two guards, to free the jailed rebel "
        "commander Tarvel Osmanov."
    )
    assert "Tarvel Osmanov" in linked_names(document)


def test_a_name_an_agency_quotes_is_a_source(run):
    document = run(
        "QUETTA: A bomb killed a teacher and a student at a school in Quetta on Sunday, the agency reported, quoting "
        "hospital director Tarvel Osmanov."
    )
    assert "Tarvel Osmanov" not in linked_names(document)


@pytest.mark.parametrize(
    "text",
    [
        "QUETTA: Gunmen opened fire outside the party's offices in Marek Dovan on Sunday, police said. Marek Dovan "
        "remained sealed off on Monday.",
        "QUETTA: A bomb went off at a shop in Selim Karaj on Sunday, killing two people, police said. Selim Karaj is a "
        "busy market district.",
        "QUETTA: Two men were shot dead near the Tarvo Lenz office in Quetta on Sunday, police said. Tarvo Lenz "
        "members later gathered at the hospital.",
    ],
)
def test_a_name_the_text_once_writes_after_in_or_the_is_no_person_where_it_stands_bare(run, text):
    assert person_names(run(text)) == set()


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "QUETTA: Gunmen fired at Tarvel Osmanzai, a local trader, outside his shop in Quetta on Sunday, police "
            "said. Tarvel Osmanzai had received threats.",
            "Tarvel Osmanzai",
        ),
        (
            "QUETTA: Gunmen killed four policemen in Quetta on Sunday. Opposition leader Selim Karaj condemned the "
            "attack. Critics said the Selim Karaj government had cut police budgets.",
            "Selim Karaj",
        ),
    ],
)
def test_a_person_shot_at_or_owning_a_government_stays_a_person(run, text, name):
    assert name in person_names(run(text))
