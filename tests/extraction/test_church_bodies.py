"""A church that speaks or has officials is a body of the faithful (a group), under every mention of its name; a
church attacked or stood in stays a site."""

from __future__ import annotations

from .readers import group_names


def test_a_church_that_speaks_is_a_body_under_every_mention(run):
    document = run(
        "MAIDUGURI: Gunmen shot dead a priest in Bama on Sunday, the Borno Evangelical Church said. The gunmen "
        "had earlier threatened the Borno Evangelical Church in a letter."
    )
    assert "Borno Evangelical Church" in group_names(document)
    assert not any(loc["name"] == "Borno Evangelical Church" for loc in document["locations"])


def test_a_church_official_names_the_church_as_a_body(run):
    document = run("MAIDUGURI: Gunmen abducted a senior Kanem Reform Church official in Bama on Sunday.")
    assert "Kanem Reform Church" in group_names(document)


def test_a_church_attacked_stays_a_site(run):
    document = run(
        "MAIDUGURI: A bomb exploded outside the Holy Cross Church in Bama on Sunday, killing four worshippers."
    )
    assert "Holy Cross Church" not in group_names(document)
