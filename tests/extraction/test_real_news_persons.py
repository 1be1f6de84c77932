"""Person names in real news (issue 12): a hyphenated lower-case part and a "Jr." belong to the name; a name ends
at its line; a caption's label is no person."""

from __future__ import annotations


def person_names(document):
    return {p["name"] for p in document["persons"]}


def test_a_lower_case_hyphenated_part_belongs_to_the_name(run):
    document = run("QUETTA: “Two died overnight,” Colonel Somchai Rat-na said on Wednesday of the bombing in Quetta.")
    assert "Somchai Rat-na" in person_names(document)


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
