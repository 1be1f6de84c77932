"""A full name set off by commas as the one who speaks ("..., Jane Doe, a spokesperson for X, told", "the head of the
X Police, Jane Doe, confirmed") is a person after a clause or an office, not the next place of a list."""

from __future__ import annotations


def person_names(document):
    return {p["name"] for p in document["persons"]}


def test_a_name_set_off_before_what_the_person_is_and_a_verb_of_saying_is_a_person(run):
    document = run(
        "QUETTA: A bomb killed five people at a wedding hall in Quetta on Sunday, Tarvel Osmanzai, a spokesperson "
        "for the provincial government, told reporters."
    )
    assert "Tarvel Osmanzai" in person_names(document)


def test_a_name_set_off_after_an_office_and_speaking_is_no_place_of_a_list(run):
    document = run(
        "QUETTA: A bomb killed five people in Quetta on Sunday. The head of the criminal branch of the Provincial "
        "Police, Darvo Kessel, confirmed the death of a guard."
    )
    assert "Darvo Kessel" in person_names(document)
    assert "Darvo Kessel" not in {p["name"] for p in document["locations"]}
