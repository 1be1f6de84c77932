"""A listed group's one-word name is dropped as an adjective of politics ("a Varkist insurgency") when the story names
none of its countries; followed by a conjunction or a preposition it is a noun, the group itself."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.extraction.article import ArticleMeta
from incidents.extraction.gazetteer import GroupRecord, PlaceRecord
from incidents.extraction.memory import MemoryGazetteer
from incidents.extraction.pipeline import extract

from .conftest import GROUPS, PLACES
from .readers import group_names


@pytest.fixture(scope="module")
def foreign_gazetteer():
    contractor = GroupRecord(100, "Varkov Group", "armed_group", None, "IR", ("Varkov Group", "Varkov"))
    places = [PlaceRecord(i, n, k, c, p, la, lo, pop) for i, n, k, c, p, la, lo, pop, _ in PLACES]
    return MemoryGazetteer(places, [*GROUPS, contractor], {row[0]: row[8] for row in PLACES})


def _groups(text, gazetteer):
    return group_names(extract(text, ArticleMeta(published=dt.date(2025, 3, 11)), gazetteer))


def test_a_name_before_a_conjunction_is_the_group(foreign_gazetteer):
    names = _groups(
        "MAIDUGURI: Gunmen attacked a convoy near Bama on Sunday. The rebels said they had killed dozens of fighters "
        "from Varkov and the Nigerian Army.",
        foreign_gazetteer,
    )
    assert "Varkov Group" in names


def test_a_name_before_a_noun_it_qualifies_stays_an_adjective(foreign_gazetteer):
    names = _groups(
        "MAIDUGURI: Gunmen attacked a convoy near Bama on Sunday, in what officials called a Varkov insurgency.",
        foreign_gazetteer,
    )
    assert "Varkov Group" not in names
