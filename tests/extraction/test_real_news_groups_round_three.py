"""Groups in real news, round three: offices and hyphenated force nouns are no bodies; seed-list splits and names."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from incidents.extraction.gazetteer import PlaceRecord

from .readers import group_names


def _seed(name: str) -> dict:
    seeds = json.loads((Path(__file__).resolve().parents[2] / "seeds" / "groups.json").read_text(encoding="utf-8"))
    entries = seeds["groups"] if isinstance(seeds, dict) else seeds
    return next(e for e in entries if e["name"] == name)


def test_a_name_ending_in_chief_is_an_office_not_a_body(run):
    document = run(
        "MAIDUGURI: Nigeria's National Police Chief said on Sunday that gunmen had killed four farmers near Bama."
    )
    assert not any(n.endswith("Chief") for n in group_names(document))


def test_a_hyphenated_force_noun_is_the_generic_force_not_a_new_body(run):
    document = run(
        "MAIDUGURI: The Nigerian Army said on Sunday that two Air-Force jets struck a camp near Bama, killing "
        "dozens of fighters."
    )
    assert "Air-Force" not in group_names(document)


def test_the_philippine_communist_party_is_coded_apart_from_its_armed_wing():
    party, army = _seed("Communist Party of the Philippines"), _seed("New People's Army")
    assert army["parent"] == party["name"]
    assert "Communist Party of the Philippines" not in army["aliases"]
    assert "NPA" in army["aliases"] and "CPP" in party["aliases"]


def test_a_mixed_case_acronym_the_british_press_writes_is_an_alias():
    aliases = _seed("Islamic State")["aliases"]
    assert "Isil" in aliases and "Isis" in aliases and "ISIL" not in aliases


def test_security_forces_are_not_an_international_missions_troops():
    from incidents.extraction.article import ArticleMeta
    from incidents.extraction.gazetteer import GroupRecord
    from incidents.extraction.memory import MemoryGazetteer
    from incidents.extraction.pipeline import extract

    from .conftest import GROUPS, PLACES

    union = GroupRecord(100, "Sahel Union", "organization", None, "", ("Sahel Union",))
    mission = GroupRecord(
        101, "Sahel Union Mission in Nigeria", "state_force", 100, "NG", ("Sahel Union Mission in Nigeria", "SUMIN")
    )
    places = [PlaceRecord(i, n, k, c, p, la, lo, pop) for i, n, k, c, p, la, lo, pop, _ in PLACES]
    gazetteer = MemoryGazetteer(places, [*GROUPS, union, mission], {row[0]: row[8] for row in PLACES})
    document = extract(
        "MAIDUGURI: Gunmen attacked a market in Bama on Sunday, killing four traders, police said. Troops of the "
        "Sahel Union Mission in Nigeria (SUMIN) guarded the road. Security forces later cordoned off the area.",
        ArticleMeta(published=dt.date(2025, 3, 11)),
        gazetteer,
    )
    mission_group = next(g for g in document["groups"] if g["name"] == "Sahel Union Mission in Nigeria")
    assert not any("ecurity forces" in m["text"] for m in mission_group["mentions"])
