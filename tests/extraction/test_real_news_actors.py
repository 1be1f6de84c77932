"""Actors in real news: a country's ministry told with its country as owner, a listed group's fighters, the
junta as the country's army, people's defence forces as militias, places listed before "villages"."""

from __future__ import annotations

from incidents.extraction.group_mentions import unnamed_movement_mentions
from incidents.extraction.groups import guess_kind
from incidents.extraction.model import Mention

from .readers import group_names, perpetrator_names


def test_a_countrys_ministry_in_lower_case_keeps_its_country(run):
    document = run(
        "ABUJA: Gunmen killed four people in Bama on Sunday. Later Nigeria's health ministry put the number of "
        "injured at 12, and Italy's foreign ministry said no Italian was hurt."
    )
    names = group_names(document)
    assert "Nigeria's health ministry" in names and "Italy's foreign ministry" in names


def test_fighters_named_after_a_listed_group_are_no_unnamed_movement():
    text = "Fighting between Boko Haram insurgents and troops went on, while separatists struck elsewhere."
    listed = [Mention(17, 27, "Boko Haram", "group", 0, "boko haram")]
    found = [m.text for m in unnamed_movement_mentions(text, lambda start: 0, listed)]
    assert found == ["separatists"]


def test_the_junta_is_the_countrys_army(run):
    document = run("MAIDUGURI: Junta fighter jets bombed Bama on Sunday, killing four villagers, residents said.")
    assert perpetrator_names(document) == ["Nigerian Army"]


def test_a_towns_peoples_defence_forces_are_a_militia_not_the_army():
    assert guess_kind("Bama People's Defence Forces") == "armed_group"
    assert guess_kind("Lakeland Defence Forces") == "state_force"


def test_names_listed_before_villages_are_places_not_persons(run):
    document = run(
        "MAIDUGURI: Jets bombed Bama township's Kel Taw, Zan Chaung and Ma Kyi Kone villages on Sunday, killing "
        "one man, locals said."
    )
    assert document["persons"] == []
