"""The pipeline: its order is declared once, and a stage can be replaced without touching the others."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from incidents.extraction.article import ArticleMeta
from incidents.extraction.pipeline import STAGES, build_pipeline, default_pipeline, extract

TEXT = "PESHAWAR: Gunmen killed four policemen at a checkpoint in Peshawar on Sunday, officials said."


@Language.factory("test_counts_found_nowhere")
def _no_counts(nlp, name):
    def component(doc):
        doc._.counts = []
        return doc

    return component


def test_the_pipeline_runs_the_declared_stages_in_order():
    assert default_pipeline().pipe_names == list(STAGES)


def test_a_replaced_stage_changes_what_the_later_ones_see(gazetteer):
    meta = ArticleMeta(published=dt.date(2025, 3, 11))
    [incident] = extract(TEXT, meta, gazetteer)["incidents"]
    assert incident["fatalities"] == 4

    nlp = build_pipeline()
    nlp.replace_pipe("incidents_counts", "test_counts_found_nowhere")
    incidents = extract(TEXT, meta, gazetteer, nlp=nlp)["incidents"]
    assert all(incident["fatalities"] is None for incident in incidents)


def test_a_pipeline_without_the_later_stages_still_annotates_the_earlier_ones():
    nlp = build_pipeline(STAGES[:3])
    assert nlp.pipe_names == ["incidents_sentences", "incidents_sentence_scores", "incidents_mentions"]
