"""A listed organisation that is neither an armed group nor a state force (a company, a charity, a sports body) is
no doer when its men are the subject of the event's verb: "a Trust patrol hit a mine" tells who was hit. The rule
reads listed organisations only: an unlisted name the words of its name do not sort (an armed band the list lacks)
may still be the doer."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.extraction.article import ArticleMeta
from incidents.extraction.gazetteer import GroupRecord
from incidents.extraction.pipeline import extract

from .conftest import make_gazetteer

TRUST = GroupRecord(92, "Frontier Wildlife Trust", "organization", None, "PK", ("Frontier Wildlife Trust",))


@pytest.fixture(scope="module")
def extract_with_trust():
    gazetteer = make_gazetteer(extra_groups=(TRUST,))
    return lambda text: extract(text, ArticleMeta(published=dt.date(2025, 3, 11)), gazetteer)


def _doers(document) -> list[str]:
    names = {g["key"]: g["name"] for g in document["groups"]}
    return [names[key] for incident in document["incidents"] for key in incident["perpetrators"]]


def test_a_listed_charitys_patrol_that_hit_a_mine_is_not_its_doer(extract_with_trust):
    document = extract_with_trust(
        "PESHAWAR: A Frontier Wildlife Trust patrol hit a roadside bomb near Peshawar on Sunday, killing three "
        "rangers, officials said."
    )
    assert "Frontier Wildlife Trust" in {g["name"] for g in document["groups"]}
    assert "Frontier Wildlife Trust" not in _doers(document)


def test_an_unlisted_band_that_ambushed_a_convoy_is_its_doer(extract_with_trust):
    document = extract_with_trust(
        "PESHAWAR: The Black Scorpions gang ambushed a police convoy near Peshawar on Sunday, killing three "
        "constables, officials said."
    )
    assert "Black Scorpions" in _doers(document)
