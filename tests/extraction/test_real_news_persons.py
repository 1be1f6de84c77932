"""Person names in real news (issue 12): a hyphenated lower-case part and a "Jr." belong to the name; a name ends
at its line; a caption's label is no person."""

from __future__ import annotations

import pytest


def person_names(document):
    return {p["name"] for p in document["persons"]}


def test_a_led_suffix_is_no_part_of_the_name(run):
    document = run("QUETTA: A Colonel Imran Baig-led unit raided a house in Quetta on Wednesday, police said.")
    assert not any(n.endswith("-led") for n in person_names(document))


def test_junior_belongs_to_the_name(run):
    document = run(
        "QUETTA: “They were killed in Quetta,” said Lieutenant General Marco Dela Rosa, Jr., chief of the command."
    )
    assert any(n.startswith("Marco Dela Rosa") and n.endswith("Jr.") for n in person_names(document))


def test_a_byline_name_ends_at_its_line(run):
    document = run(
        "QUETTA: Gunmen killed two people in Quetta on Sunday, police said.\n\nNadia Qureshi Baloch\n\n"
        "Share this Article"
    )
    assert not any("Share" in n or "Qureshi" in n for n in person_names(document))


def test_a_photo_credit_label_is_no_person(run):
    document = run("QUETTA: Gunmen killed two people in Quetta on Sunday, police said. Photo Credit : Quetta Times")
    assert not any("Credit" in n for n in person_names(document))


def test_an_office_acronym_then_a_one_word_seat_is_no_name(run):
    document = run(
        "SRINAGAR: Gunmen killed two guards near Sopore on Sunday, said Senior Superintendent of Police (SSP) "
        "Lakeside, Tariq Ahmad Mir."
    )
    assert "Lakeside" not in person_names(document)


def test_a_hyphenated_given_name_after_a_rank_is_kept_whole(run):
    document = run("QUETTA: Gunmen killed two guards in Quetta on Sunday, Major Kabul-Ali Tamar Rind said.")
    assert not any(n.startswith("Ali ") for n in person_names(document))


def test_a_titled_official_reporting_is_no_party_but_a_titled_victim_is(run):
    document = run(
        "QUETTA: Gunmen killed a guard, Lt. Arlo Venn, in Quetta on Sunday. The report from Col. Benny dela Cruz "
        "said the gunmen fled."
    )
    names = {p["key"]: p["name"] for p in document["persons"]}
    linked = {names[r["person"]] for r in document["incidents"][0]["persons"]}
    assert "Arlo Venn" in linked and "Benny dela Cruz" not in linked


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "QUETTA: “Two died overnight,” Colonel Somchai Rat-na said on Wednesday of the bombing in Quetta.",
            "Somchai Rat-na",
            id="a-lower-case-hyphenated-part-belongs-to-the-name",
        ),
        pytest.param(
            'DELHI: Gunmen killed two guards near Srinagar on Sunday. "Shots were fired," force DG K L Varmani '
            "told reporters.",
            "K L Varmani",
            id="a-name-after-a-police-chiefs-short-title-and-bare-initials",
        ),
        pytest.param(
            "RAIPUR: A bomb killed a soldier near Bijapur on Sunday. DRG Jawan Ramu Tekam was killed.",
            "Ramu Tekam",
            id="a-soldiers-rank-word-before-his-name",
        ),
        pytest.param(
            "DELHI: Gunmen killed two guards near Srinagar on Sunday. National Security Adviser (NSA) Vikram "
            "Sethuraman is monitoring the situation.",
            "Vikram Sethuraman",
            id="an-office-acronym-between-title-and-name",
        ),
        pytest.param(
            "ABUJA: Gunmen killed four soldiers near Maiduguri on Sunday. It is the fifth attack since Presdent "
            "Danjuma Okafor took office.",
            "Danjuma Okafor",
            id="a-misspelt-title-still-titles-the-name",
        ),
        pytest.param(
            "DHAKA: A bomb killed two people in Dhaka on Sunday. Earlier, a rickshaw driver named Jamal died "
            "after being shot in Khulna.",
            "Jamal",
            id="a-person-noun-named-then-the-name",
        ),
        pytest.param(
            "QUETTA: Gunmen killed two guards in Quetta on Sunday. First Deputy Transport Minister Arlo Venn said so.",
            "Arlo Venn",
            id="a-portfolio-between-title-words-is-part-of-the-office",
        ),
        pytest.param(
            "QUETTA: Gunmen killed two guards in Quetta on Sunday, Chief Prosecutor Dara Quill said.",
            "Dara Quill",
            id="a-prosecutors-title-is-no-part-of-the-name",
        ),
        pytest.param(
            "QUETTA: Gunmen killed two guards in Quetta on Sunday. Chief Minister Balochistan Tamar Rind Zehri "
            "condemned the attack.",
            "Tamar Rind Zehri",
            id="the-province-after-an-office-is-no-part-of-the-name",
        ),
        pytest.param(
            "QUETTA: Gunmen killed two guards in Quetta on Sunday, according to the report from Col. Benny dela "
            "Cruz of the 12th Infantry Brigade.",
            "Benny dela Cruz",
            id="an-abbreviated-rank-split-from-its-full-stop",
        ),
        pytest.param(
            "QUETTA: Gunmen killed two guards in Quetta on Sunday. IG KR Baloch revised the toll to three.",
            "KR Baloch",
            id="an-inspector-generals-short-title",
        ),
    ],
)
def test_the_name_is_read_whole_and_alone(run, text, name):
    assert name in person_names(run(text))
