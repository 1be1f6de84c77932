"""A person's name without the nationality noun before it, with an elided particle after it, with a surname that is
an honorific word ("Mufti"), and no name at all where the excerpt stops in the middle of it."""

from __future__ import annotations

import pytest


def person_names(document):
    return {p["name"] for p in document["persons"]}


def test_a_nationality_noun_is_no_part_of_the_name(run):
    document = run(
        "QUETTA: A bomb killed nine people at a market in Quetta on Sunday. Frenchman Jean-Marc d’Arvenne said "
        "he was at the market with a friend when it exploded."
    )
    assert "Jean-Marc d’Arvenne" in person_names(document)


def test_a_name_cut_by_the_end_of_the_excerpt_is_no_person(run):
    document = run(
        "QUETTA: A bomb killed nine people at a market in Quetta on Sunday.\n\n"
        "The ministry said in a statement that Defence Minister Teodor Vall"
    )
    assert not any("Teodor" in name for name in person_names(document))


@pytest.mark.parametrize(
    "text",
    [
        "QUETTA: Chief Minister Sabeena Mufti visited the wounded in Quetta on Sunday after a bomb killed five people.",
        "QUETTA: A bomb killed five people in Quetta on Sunday. Sabeena Mufti, the chief minister, condemned it.",
    ],
)
def test_an_honorific_word_after_a_given_name_is_the_surname(run, text):
    assert "Sabeena Mufti" in person_names(run(text))
