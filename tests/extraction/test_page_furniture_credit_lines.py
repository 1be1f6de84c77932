"""Credits written as names around a label, in a line of their own or in parentheses after a caption, a wire's
"(Reporting by ...; Editing by ...)" line, a byline opening its line and an outlet's "Subscribe to" line are page
furniture: their names are no persons of the story."""

from __future__ import annotations

import re

from incidents.extraction.furniture import blank_furniture, credit_after_name


def person_names(document):
    return {p["name"] for p in document["persons"]}


def test_a_caption_credit_in_parentheses_names_no_person(run):
    document = run(
        "QUETTA: A bomb killed nine people at a market in Quetta on Sunday, police said.\n\n"
        "Mourners gather outside the market in Quetta.(Lakeland News: Maren Holtby)\n\n"
        "The wounded were taken to the civil hospital."
    )
    assert not any("Holtby" in name for name in person_names(document))


def test_a_label_credit_in_parentheses_is_left_to_the_label_rule():
    text = "Mourners gather outside the market.(Video: Kestrel Wire)\nThe wounded were taken to hospital."
    assert blank_furniture(text) == text


def test_a_line_of_writer_and_credits_names_no_person(run):
    document = run(
        "QUETTA: A bomb killed nine people at a market in Quetta on Sunday, police said.\n\n"
        "The wounded were taken to the civil hospital.\n"
        "Jorvik Talvanen – JT Photo: Ilmo Rask – Kestrel Source: Nordic Herald"
    )
    names = person_names(document)
    assert not any(word in name for name in names for word in ("Talvanen", "Rask", "Nordic"))


def test_a_caption_with_a_label_inside_a_sentence_stays():
    line = "The Photo: an exhibition in Quetta drew large crowds on Sunday"
    assert blank_furniture(line) == line


def test_a_subscribe_line_is_blanked():
    line = "Subscribe to Lakeside.Ru Telegram channel, Facebook, RSS!"
    text = f"Gunmen killed two guards on Monday.\n{line}\nThe attackers fled."
    assert blank_furniture(text) == text.replace(line, " " * len(line))


def test_a_wire_footer_of_reporters_and_editors_names_no_person(run):
    document = run(
        "QUETTA: A bomb killed five people in Quetta on Sunday, police said.\n"
        "(Reporting by Marta Lindqvist; Writing by Teodor Vance; Editing by Kasia Brenner and Olu Fadeyi)"
    )
    assert person_names(document) == set()


def test_a_byline_a_pictures_credit_and_an_author_label_name_no_person(run):
    document = run(
        "By Marta Lindqvist,  Staff Writer\n"
        "QUETTA: A bomb killed five people in Quetta on Sunday, police said. Rescuers carried the wounded to "
        "hospital.(Pictures by Teodor Vance)\nAuthor: Kasia Brenner"
    )
    assert person_names(document) == set()


def test_a_sentence_saying_who_compiled_a_list_names_a_person(run):
    document = run(
        "QUETTA: Gunmen shot dead a trader in Quetta on Sunday. The victims' names were compiled by Marek Dovan, a "
        "local councillor."
    )
    assert "Marek Dovan" in person_names(document)


def test_a_name_credited_by_what_follows_it_is_told_by_furniture():
    text = "Smoke over Tarn. Mara Velk / Tarn Wire\nPosted by Odo Brint (@odobrint)\nMara Velk said the town burned."
    spans = [(m.start(), m.end()) for m in re.finditer(r"Mara Velk|Odo Brint", text)]
    assert [credit_after_name(text, a, b) for a, b in spans] == [True, True, False]
