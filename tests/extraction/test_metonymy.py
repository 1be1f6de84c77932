"""A state told by a generic word ("the regime") or by its capital in two states' dealings ("talks between X and Y")."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from incidents.extraction.article import ArticleMeta
from incidents.extraction.pipeline import build_pipeline, extract


def _governments(document) -> list[str]:
    return [g["name"] for g in document["groups"] if g["kind"] == "government"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "MAIDUGURI: Gunmen killed four villagers near Bama on Sunday. Critics of the regime say it has failed "
            "to protect the villages of the north.",
            id="the-regime-inside-a-sentence",
        ),
        pytest.param(
            "MAIDUGURI: Gunmen killed four villagers near Bama on Sunday. The regime blamed the rebels.",
            id="the-regime-opening-a-sentence",
        ),
        # "His regime" at a sentence's start is no owner's name: the story's bare regime still stands
        pytest.param(
            "MAIDUGURI: Gunmen killed four villagers near Bama on Sunday. His regime has lasted a decade. "
            "Critics of the regime say the north is left unguarded.",
            id="after-a-sentence-opening-his-regime",
        ),
    ],
)
def test_the_bare_regime_is_the_government_of_the_storys_country(run, text):
    governments = _governments(run(text))
    assert len(governments) == 1 and "Nigeria" in governments[0]


@pytest.mark.parametrize(
    "text",
    [
        "MAIDUGURI: Gunmen killed four villagers near Bama on Sunday, months after the coup regime took power.",
        "MAIDUGURI: Gunmen killed four regime soldiers near Bama on Sunday.",
        "MAIDUGURI: Gunmen killed four villagers near Bama on Sunday. The group called for regime change.",
    ],
)
def test_a_junta_or_a_qualifier_is_no_bare_regime(run, text):
    assert _governments(run(text)) == []


def test_a_bare_regime_beside_a_named_one_is_that_one(run):
    document = run(
        "PESHAWAR: A militant spokesman in Peshawar vowed to keep fighting the Afghan regime until his regime fell."
    )
    assert _governments(document) == ["Afghan government"]


def test_capitals_in_two_states_dealings_are_their_governments(run):
    document = run(
        "PESHAWAR: A bomb killed three people near Khar on Sunday, amid talks between Iran and Kabul over "
        "the border crossings."
    )
    governments = _governments(document)
    assert any("Iran" in g for g in governments) and any("Afghan" in g for g in governments)
    assert "Kabul" not in [place["name"] for place in document["locations"]]


def test_a_capital_in_a_states_ties_is_its_government(run):
    document = run("PESHAWAR: A bomb killed three people near Khar on Sunday. Ties with Kabul have worsened since.")
    assert any("Afghan" in g for g in _governments(document))


_seen: list = []


@Language.factory("test_keep_the_doc")
def _keep_the_doc(nlp, name):
    def component(doc):
        _seen.append(doc)
        return doc

    return component


def test_a_capital_acting_for_its_state_names_that_state(gazetteer):
    # the capital's mention is marked as its state's; the state's listed acronym is then no foreign one
    nlp = build_pipeline()
    nlp.add_pipe("test_keep_the_doc")
    _seen.clear()
    document = extract(
        "MAIDUGURI: Gunmen killed four villagers near Bama on Sunday. Officials said PLGA men had trained the "
        "gunmen. Raipur denied the charge.",
        ArticleMeta(published=dt.date(2025, 3, 11)),
        gazetteer,
        nlp=nlp,
    )
    [capital] = [m for m in _seen[0]._.mentions.items if m.text == "Raipur"]
    assert (capital.source, capital.force, capital.country_hint) == ("metonymy", "government", "IN")
    assert "People's Liberation Guerrilla Army" in [g["name"] for g in document["groups"]]


def test_a_persons_regime_is_no_bare_regime(run):
    # the speaker may lead another state: "his regime" is not the story's country's government
    document = run(
        "MAIDUGURI: Gunmen killed four villagers near Bama on Sunday. A visiting president said his regime "
        "would send grain to the villages."
    )
    assert _governments(document) == []
