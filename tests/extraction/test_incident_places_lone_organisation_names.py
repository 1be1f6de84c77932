"""Unlisted villages the small model tags as organisations: a lone unknown word right after "in", "near" or
"outside" in an event sentence is a place, unless the gazetteer knows a group by that name. After "at" it is the
spot where the event happened, a quarter or a village as often as a shop: a site, not a town."""

from __future__ import annotations

import datetime as dt

from incidents.extraction.article import ArticleMeta
from incidents.extraction.gazetteer import GroupRecord
from incidents.extraction.pipeline import extract

from .conftest import make_gazetteer
from .readers import place_names, place_of

ARREST_OUTSIDE = "QUETTA: Police said they arrested two militants outside Kelvorra and seized four rifles."


def test_a_lone_name_tagged_an_organisation_after_outside_is_a_place_of_the_arrest(run):
    assert "Kelvorra" in place_names(run(ARREST_OUTSIDE))


def test_a_group_the_gazetteer_knows_is_not_read_as_a_village():
    group = GroupRecord(99, "Kelvorra", "armed_group", None, "PK", ("Kelvorra",))
    document = extract(ARREST_OUTSIDE, ArticleMeta(published=dt.date(2025, 3, 11)), make_gazetteer((group,)))
    assert "Kelvorra" not in place_names(document)


def test_a_shop_tagged_an_organisation_after_at_is_a_site_not_a_village(run):
    document = run("Two shoppers were shot dead at Walmart on Saturday evening, the sheriff said.")
    kinds = {place["name"]: place["kind"] for place in document["locations"]}
    assert kinds.get("Walmart") == "site"


def test_a_lone_name_before_city_is_the_place(run):
    document = run("QUETTA: A roadside bomb killed three soldiers in Kelvorra city on Sunday, police said.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Kelvorra"
