"""Persons: names, titles, sources, fates."""

from __future__ import annotations

import pytest

from incidents.extraction.model import Mention
from incidents.extraction.person_mentions import untitled

from .conftest import by_name


def test_officer_and_patrolwoman_are_titles_not_names(run):
    document = run(
        "PESHAWAR: Gunmen killed two policemen in Khar on Sunday, Regional Police Officer Sajjad Ahmed said. "
        "Patrolwoman Maria Lopez was among the dead."
    )
    names = [p["name"] for p in document["persons"]]
    assert "Sajjad Ahmed" in names and "Maria Lopez" in names


def test_a_commander_known_only_by_a_name_is_a_person(run):
    document = run(
        "PESHAWAR: A bomb killed five soldiers in Khar on Sunday. Police said it was planted by a cell led by a "
        "commander known as Gul Zaman, who has a bounty on his head."
    )
    assert by_name(document, "persons", "Gul Zaman")
    document = run(
        'PESHAWAR: Police raided a house in Khar on Sunday. A man described as an explosives expert known as "Tapa" '
        "blew himself up."
    )
    assert by_name(document, "persons", "Tapa")


def test_visiting_the_wounded_or_seizing_power_is_no_fate(run):
    document = run(
        "PESHAWAR: A bomb killed five people in Khar on Sunday. Governor Ali Amin Shah visited the wounded in "
        "Peshawar. General Asim Baig, who seized power in 2021, condemned the attack."
    )
    assert by_name(document, "persons", "Ali Amin Shah")["fate"] is None
    assert by_name(document, "persons", "Asim Baig")["fate"] is None


def test_a_full_name_set_off_after_a_role_and_speaking_is_a_person(run):
    document = run(
        "MAIDUGURI, Nigeria — Gunmen killed three farmers near Bama on Sunday, a member of a local vigilante "
        "group, Musa Garba Lawan, said."
    )
    assert "Musa Garba Lawan" in [p["name"] for p in document["persons"]]


def test_a_single_capitalised_word_set_off_before_said_is_not_made_a_person():
    from incidents.extraction.person_mentions import APPOSED_SPEAKER

    assert APPOSED_SPEAKER.search("the attack on the town, Bama, said officials") is None


@pytest.mark.parametrize(
    "surface, bare",
    [
        ("Constable Sher Baz", "Sher Baz"),
        ("Deputy Commissioner Tahir Jan Baig", "Tahir Jan Baig"),
        ("Naib Risaldar Gul Mast", "Gul Mast"),
        ("Lance Naik Noor Wali", "Noor Wali"),
        ("Brig. Gen. Omar Saleh", "Omar Saleh"),
        ("Omar Saleh", "Omar Saleh"),
        ("Commissioner", "Commissioner"),
    ],
)
def test_titles_and_ranks_are_stripped_from_person_names(surface, bare):
    mention = untitled(Mention(100, 100 + len(surface), surface, "person", 0, surface.lower(), source="ner"))
    assert mention.text == bare
    assert mention.end - mention.start == len(bare)


def test_sources_are_the_speakers_not_the_next_sentences_subject(run):
    document = run(
        "QUETTA: Gunmen shot dead a police officer, Karim Dad, in Quetta on Monday, police told reporters. "
        "Dad, 40, had joined the force in 2010. According to Quetta Deputy Commissioner Saad Khan Baloch, the "
        "attackers fled on a motorcycle."
    )
    people = {p["key"]: p["name"] for p in document["persons"]}
    in_incident = [people[r["person"]] for r in document["incidents"][0]["persons"]]
    assert "Karim Dad" in in_incident
    assert "Saad Khan Baloch" not in in_incident


@pytest.mark.parametrize(
    "text, persons",
    [
        # A lone capitalised word with no title or speech around it is not a person.
        (
            "MAIDUGURI: Gunmen killed two farmers near Bama on Sunday. Residents of Gwoza fled after the attack "
            "on Kirawa farms.",
            [],
        ),
        # An organisation's name in Spanish or Arabic is no person, whatever the NER says.
        (
            "MAIDUGURI: Gunmen killed two farmers near Bama on Sunday, and a man speaking for the Frente Oscar "
            "Ruiz said the group had done it.",
            [],
        ),
        # A surname written with a capital article at the start of a sentence is the full name's.
        (
            "MAIDUGURI: A drone strike killed Ahmed Salim al-Bakri near Bama on Sunday. Al-Bakri, 41, was a "
            "senior commander.",
            ["Ahmed Salim al-Bakri"],
        ),
        # A title of respect is not part of the name; a speaker keeps a one-word name.
        (
            'MAIDUGURI: Gunmen abducted U Tun Aung Kyaw near Bama on Sunday. "We are afraid," Musa said.',
            ["Tun Aung Kyaw", "Musa"],
        ),
    ],
)
def test_persons_need_person_context(run, text, persons):
    document = run(text)
    assert [p["name"] for p in document["persons"]] == persons


def test_aliases_go_to_the_nearest_name_and_a_subject_of_said_is_no_source(run):
    document = run(
        "PESHAWAR: Police arrested three TTP militants in a raid in Khar on Sunday. The arrested were identified "
        "as Gul Mast Khan alias Tora, 32; Noor Wali Shah alias Spin, 27; and Sher Baz Afridi, 24. Police said "
        "Khan was wanted for extortion."
    )
    persons = {p["name"]: p for p in document["persons"]}
    assert persons["Noor Wali Shah"]["aliases"] == ["Spin"]
    assert persons["Gul Mast Khan"]["aliases"] == ["Tora"]
    names = {p["key"]: p["name"] for p in document["persons"]}
    assert "Gul Mast Khan" in [names[r["person"]] for r in document["incidents"][0]["persons"]]


def test_a_full_name_repeated_where_ner_misses_it_makes_its_owner_a_source(run):
    document = run(
        "PESHAWAR: Militants killed two soldiers near Khar on Sunday, said a spokesman for the army who goes by "
        'the nom de guerre Zar Wali Tanha. "They came at night," Zar Wali Tanha told reporters.'
    )
    names = {p["key"]: p["name"] for p in document["persons"]}
    assert "Zar Wali Tanha" not in [names[r["person"]] for r in document["incidents"][0]["persons"]]


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Among the dead was Ehsanullah, 25, a shopkeeper.", "Ehsanullah"),
        ("Among the dead was the son of Ehsanullah, a shopkeeper.", "Ehsanullah"),
    ],
)
def test_a_lone_name_with_an_age_or_kin_is_a_person(run, sentence, name):
    document = run("PESHAWAR: A bomb killed three people in Khar on Sunday. " + sentence)
    assert name in [p["name"] for p in document["persons"]]


@pytest.mark.parametrize(
    "text, not_a_person",
    [
        (
            "MAIDUGURI: Two blasts in Sari Kani, a village on the border with Cameroon, killed at least two "
            "people on Sunday.",
            "Sari Kani",
        ),
        (
            "LONDON: Daniel Moore, 31, denied any part in the plot against the concert hall but a jury convicted him "
            "of murder, the judge told the Old Bailey court.",
            "Old Bailey",
        ),
        (
            "PESHAWAR: Two men threw bombs at a police patrol near Khar on Sunday shouting 'Allahu Akbar', police "
            "said.",
            "Allahu Akbar",
        ),
    ],
)
def test_a_name_after_a_place_preposition_or_a_shout_is_not_a_person(run, text, not_a_person):
    assert not_a_person not in [p["name"] for p in run(text)["persons"]]


def test_a_name_after_according_to_is_still_a_person(run):
    document = run(
        "MAIDUGURI: Gunmen killed four farmers near Bama on Sunday, according to Samuel Okafor, head of the village."
    )
    assert "Samuel Okafor" in [p["name"] for p in document["persons"]]


def test_a_name_alone_on_its_line_is_a_byline_not_a_person(run):
    document = run(
        "PESHAWAR: A court in Peshawar on Sunday jailed Gul Zaman, 23, who helped his brother plan a bombing in "
        "Khar that killed 22 people.\n\nTim Hanlon\n\nShare this Article"
    )
    names = [p["name"] for p in document["persons"]]
    assert "Gul Zaman" in names
    assert "Tim Hanlon" not in names


@pytest.mark.parametrize(
    "sentence, name",
    [
        (
            "Prime Minister Sheikh Warida said the attackers would be caught. Warida ordered an inquiry.",
            "Sheikh Warida",
        ),
        ("Imam Tobaru was among those arrested, police said.", "Imam Tobaru"),
        ("Sheikh Omar Tobaru was among those arrested, police said.", "Omar Tobaru"),
        ("Sepoy Tobaru was among those killed, police said.", "Tobaru"),
    ],
)
def test_a_name_forming_honorific_before_one_word_stays_in_the_name(run, sentence, name):
    document = run("PESHAWAR: Gunmen killed two policemen in Khar on Sunday. " + sentence)
    names = {p["name"] for p in document["persons"]}
    assert name in names
    assert not any(n != name and name.endswith(n) for n in names)


def test_untitled_keeps_a_name_forming_honorific_before_one_word():
    mention = Mention(0, 13, "Sheikh Warida", "person", 0, "sheikh warida", source="ner")
    assert untitled(mention).text == "Sheikh Warida"
    assert untitled(Mention(0, 18, "Sheikh Omar Warida", "person", 0, "", source="ner")).text == "Omar Warida"


@pytest.mark.parametrize(
    "sentence, name",
    [
        ('"We were not warned," Tavin Morrow, a spokesperson for the relief commission, said.', "Tavin Morrow"),
        ("Kerim Ostaz, from the interior ministry, told reporters the convoy was hit twice.", "Kerim Ostaz"),
        ("The wounded included a surgeon, Lior Vantaja, who was driving home.", "Lior Vantaja"),
    ],
)
def test_a_full_name_set_off_before_or_after_its_role_is_a_person(run, sentence, name):
    document = run("PESHAWAR: Gunmen killed two policemen in Khar on Sunday. " + sentence)
    assert name in {p["name"] for p in document["persons"]}


def test_names_in_a_list_of_persons_are_persons_whatever_the_model_called_them(run):
    document = run(
        "PESHAWAR: A bomb in Khar on Sunday left Tariq Mahmood Lone, Azizgul, and Abdullah dead. Tariq Mahmood Lone "
        "led the patrol."
    )
    names = {p["name"] for p in document["persons"]}
    assert {"Tariq Mahmood Lone", "Azizgul", "Abdullah"} <= names


def test_a_vehicles_make_and_a_platform_are_no_persons(run):
    document = run(
        "PESHAWAR: Gunmen killed two policemen in Khar on Sunday. A pickup, a Dorvan Kestrel, was found burnt out "
        "on the road. Governor Ali Shah Durrani, on Twitter, called it cowardly."
    )
    names = {p["name"] for p in document["persons"]}
    assert "Ali Shah Durrani" in names
    assert not names & {"Dorvan Kestrel", "Kestrel", "Twitter"}
