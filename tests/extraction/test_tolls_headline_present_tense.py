"""A headline tells a rising toll in the present ("Death toll in X blast rises to 9"), and a toll is read within its
own line: a headline's figure that the counts miss must not run on into the lead printed under it."""

from __future__ import annotations

from incidents.extraction.counts import find_counts

from .readers import killed_values


def test_a_headline_toll_that_rises_or_climbs_to_a_figure_is_a_toll():
    assert killed_values("Death toll in Morvane market bombing rises to 9") == [9]
    assert killed_values("Toll from stadium attack climbs to 31 as more bodies are found") == [31]
    assert killed_values("Death toll hits six as troops try to calm the riots") == [6]


def test_a_headline_toll_and_the_lead_under_it_are_two_tolls():
    text = (
        "Death toll in Morvane market bombing rises to 9\n\n"
        "KESTRA: The death toll in the bombing that shook a crowded market in Morvane has risen to nine, police said."
    )
    counts = find_counts(text)
    assert [(c.value, c.total) for c in counts] == [(9, True), (9, True)]
    assert counts[1].start > text.index("KESTRA")


def test_a_toll_wrapped_by_hand_inside_a_sentence_is_read_across_the_break():
    assert killed_values("The death toll from the attack\non the market rose to 12 on Friday.") == [12]
