"""A country the headline names is a place of the story: the parse never sees the headline (it is masked), and the
body may name the country only through its towns, its capital or its people. Only countries are read there, and
no name shorter than four letters (a headline capitalises every word: "Car Bomb" is no initialism)."""

from __future__ import annotations

import datetime as dt

from incidents.extraction.article import ArticleMeta
from incidents.extraction.gazetteer import PlaceRecord
from incidents.extraction.memory import MemoryGazetteer
from incidents.extraction.pipeline import extract

from .conftest import GROUPS, PLACES
from .readers import place_names

HEADLINE = "Gunmen Kill Four Guards at Checkpoint in Nigeria"
BODY = "Gunmen killed four guards at a checkpoint outside Bama on Tuesday, police said."


def test_a_country_named_only_in_the_headline_is_a_place_of_the_story(run):
    document = run(f"{HEADLINE}\n\n{BODY}", title=HEADLINE)
    assert "Nigeria" in place_names(document)


def test_a_country_the_headline_names_with_a_possessive_is_read(run):
    headline = "Bomb Hits Market in Nigeria’s Northeast"
    document = run(f"{headline}\n\n{BODY}", title=headline)
    assert "Nigeria" in place_names(document)


def test_a_town_named_only_in_the_headline_is_not_read_from_it(run):
    headline = "Gunmen Kill Four Guards Near Bama"
    body = "Gunmen killed four guards at a checkpoint on Tuesday, police said."
    assert "Bama" not in place_names(run(f"{headline}\n\n{body}", title=headline))


def test_a_short_country_name_in_a_headline_capital_is_not_read():
    rows = [PlaceRecord(i, n, k, c, p, la, lo, pop) for i, n, k, c, p, la, lo, pop, _ in PLACES]
    rows.append(PlaceRecord(99, "Central African Republic", "country", "CF", None, 6.6, 20.9, 5_000_000))
    aliases = {row[0]: row[8] for row in PLACES} | {99: ("CAR",)}
    gazetteer = MemoryGazetteer(rows, GROUPS, aliases)
    headline = "Car Bomb Kills Four Guards"
    text = f"{headline}\n\nA car bomb killed four guards at a checkpoint outside Bama on Tuesday, police said."
    document = extract(text, ArticleMeta(published=dt.date(2025, 3, 11), title=headline), gazetteer)
    assert "Central African Republic" not in place_names(document)
