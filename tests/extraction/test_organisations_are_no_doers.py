"""A listed organisation that is neither an armed group nor a state force (a company, a charity, a sports body) is
no doer when its men are the subject of the event's verb: "a Trust patrol hit a mine" tells who was hit."""

from __future__ import annotations

import datetime as dt


def _extract(text: str):
    from incidents.extraction.article import ArticleMeta
    from incidents.extraction.gazetteer import GroupRecord, PlaceRecord
    from incidents.extraction.memory import MemoryGazetteer
    from incidents.extraction.pipeline import extract

    from .conftest import GROUPS, PLACES

    places = [PlaceRecord(i, n, k, c, p, la, lo, pop) for i, n, k, c, p, la, lo, pop, _ in PLACES]
    trust = GroupRecord(92, "Frontier Wildlife Trust", "organization", None, "PK", ("Frontier Wildlife Trust",))
    gazetteer = MemoryGazetteer(places, [*GROUPS, trust], {row[0]: row[8] for row in PLACES})
    return extract(text, ArticleMeta(published=dt.date(2025, 3, 11)), gazetteer)


def test_a_listed_charitys_patrol_that_hit_a_mine_is_not_its_doer():
    document = _extract(
        "PESHAWAR: A Frontier Wildlife Trust patrol hit a roadside bomb near Peshawar on Sunday, killing three "
        "rangers, officials said."
    )
    names = {g["key"]: g["name"] for g in document["groups"]}
    assert "Frontier Wildlife Trust" in names.values()
    doers = [names[key] for incident in document["incidents"] for key in incident["perpetrators"]]
    assert "Frontier Wildlife Trust" not in doers
