"""A group's name that changed hands ("Afghan police": the Islamic Republic's police until 14 August 2021, the
Taliban's since) means the group that held it on the article's day (sentences and names invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.extraction.article import ArticleMeta
from incidents.extraction.dates import reference_day
from incidents.extraction.gazetteer import DatedGazetteer, GroupRecord, PlaceRecord
from incidents.extraction.memory import MemoryGazetteer
from incidents.extraction.normalize import fold
from incidents.extraction.pipeline import extract

from .conftest import PLACES
from .readers import group_names

UNTIL = dt.date(2021, 8, 14)
FROM = dt.date(2021, 8, 15)


def _until(*names):
    return tuple((fold(n), None, UNTIL) for n in names)


def _from(*names):
    return tuple((fold(n), FROM, None) for n in names)


GROUPS = [
    GroupRecord(
        201,
        "Taliban",
        "government",
        None,
        "AF",
        ("Taliban", "Islamic Emirate", "Afghan government"),
        periods=_from("Afghan government"),
    ),
    GroupRecord(
        202,
        "Taliban police",
        "state_force",
        201,
        "AF",
        ("Taliban police", "Afghan police"),
        periods=_from("Afghan police"),
    ),
    GroupRecord(
        203,
        "Islamic Republic of Afghanistan",
        "government",
        None,
        "AF",
        ("Islamic Republic of Afghanistan", "Afghan government"),
        periods=_until("Afghan government"),
    ),
    GroupRecord(
        204,
        "Afghan National Police",
        "state_force",
        203,
        "AF",
        ("Afghan National Police", "ANP", "Afghan police"),
        frozenset({"ANP"}),
        periods=_until("Afghan police"),
    ),
]


@pytest.fixture(scope="module")
def afghan_run():
    places = [PlaceRecord(i, n, k, c, p, la, lo, pop) for i, n, k, c, p, la, lo, pop, _ in PLACES]
    gazetteer = MemoryGazetteer(places, GROUPS, {row[0]: row[8] for row in PLACES})

    def _run(text: str, published: dt.date | None) -> dict:
        return extract(text, ArticleMeta(published=published), gazetteer)

    return _run


STORY = (
    "KABUL: Taliban gunmen stormed a checkpoint on the edge of Kabul on Tuesday night, killing four Afghan police "
    "officers before fleeing into the hills, a district chief said."
)


def test_a_name_in_a_story_of_the_republics_time_is_the_republics_force(afghan_run):
    document = afghan_run(STORY, dt.date(2015, 6, 3))
    names = group_names(document)
    assert "Afghan National Police" in names
    assert "Taliban police" not in names


def test_the_same_name_in_a_story_after_august_2021_is_the_talibans_force(afghan_run):
    names = group_names(afghan_run(STORY, dt.date(2023, 2, 7)))
    assert "Taliban police" in names
    assert "Afghan National Police" not in names


def test_an_undated_story_with_no_date_in_its_text_reads_the_name_as_today(afghan_run):
    names = group_names(afghan_run(STORY, None))
    assert "Taliban police" in names
    assert "Afghan National Police" not in names


def test_an_undated_story_reads_the_name_as_of_the_latest_day_its_text_gives(afghan_run):
    text = STORY.replace("on Tuesday night", "on the night of 9 May 2017")
    names = group_names(afghan_run(text, None))
    assert "Afghan National Police" in names
    assert "Taliban police" not in names


def test_a_force_of_the_republics_time_is_not_made_a_branch_of_the_taliban(afghan_run):
    document = afghan_run(STORY, dt.date(2015, 6, 3))
    police = next(g for g in document["groups"] if g["name"] == "Afghan National Police")
    taliban = next(g for g in document["groups"] if g["name"] == "Taliban")
    assert police["parent"] != taliban["key"]


def test_a_record_carries_only_the_names_it_held_on_the_day():
    gazetteer = DatedGazetteer(MemoryGazetteer((), GROUPS), lambda: dt.date(2016, 1, 1))
    taliban = gazetteer.groups_by_id([201])[201]
    assert "Afghan government" not in taliban.aliases
    assert [r.name for r in gazetteer.groups_named([fold("Afghan government")])[fold("Afghan government")]] == [
        "Islamic Republic of Afghanistan"
    ]
    assert gazetteer.groups_named([fold("ANP")])[fold("ANP")][0].case_sensitive == frozenset({"ANP"})


def test_a_name_without_a_period_holds_on_any_day():
    for day in (dt.date(1999, 1, 1), dt.date(2030, 1, 1)):
        gazetteer = DatedGazetteer(MemoryGazetteer((), GROUPS), lambda day=day: day)
        assert [r.id for r in gazetteer.groups_named(["taliban"])["taliban"]] == [201]


def test_the_day_is_not_worked_out_for_groups_whose_names_have_no_period():
    def never():
        raise AssertionError("asked for the day")

    front = GroupRecord(205, "Hill Front", "armed_group", None, "AF", ("Hill Front", "HF"))
    gazetteer = DatedGazetteer(MemoryGazetteer((), [*GROUPS, front]), never)
    assert gazetteer.groups_named(["hill front"])["hill front"] == [front]
    assert gazetteer.groups_by_id([205]) == {205: front}


def test_the_reference_day_is_the_publication_day_then_the_month_then_the_text_then_today():
    text = "Shops reopened on 2 March 2018 after the floods of 14 October 2017."
    assert reference_day(text, dt.date(2024, 5, 1)) == dt.date(2024, 5, 1)
    assert reference_day(text, None, "2019-02") == dt.date(2019, 2, 28)
    assert reference_day(text, None) == dt.date(2018, 3, 2)
    before = dt.date.today()
    assert before <= reference_day("Shops reopened on Monday.", None) <= dt.date.today()  # across midnight too


def test_a_date_alone_on_its_line_is_not_the_reference_day():
    text = "Wednesday, 4 June 2025\nShops reopened on 2 March 2018 after the floods."
    assert reference_day(text, None) == dt.date(2018, 3, 2)
