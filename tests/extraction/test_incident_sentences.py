"""The incident-sentence classifier: shipped in the package, ranks sentences sensibly, is used by segmentation;
its hand labels hold offsets, never article text. No text cache and no ../shared needed."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from incidents.extraction.article import ArticleMeta
from incidents.extraction.incident_sentences import MODEL_DIR, load_classifier, probabilities
from incidents.extraction.pipeline import STAGES, build_pipeline, extract

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "eval" / "realnews" / "sentence_labels"
SCRIPT = ROOT / "scripts" / "incident_sentence_labels.py"
_spec = importlib.util.spec_from_file_location("incident_sentence_labels", SCRIPT)
labels_tool = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = labels_tool
_spec.loader.exec_module(labels_tool)

ATTACK = "Gunmen opened fire on a bus carrying pilgrims near Quetta on Monday night, wounding three passengers."
POLICY = "The ministry said it would review its policy on agricultural subsidies next year."
META = ArticleMeta(published=dt.date(2025, 3, 11))


def test_the_classifier_loads_from_the_package_and_is_small():
    assert load_classifier() is not None
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size < 20 * 1024 * 1024


def test_an_attack_report_ranks_above_a_policy_sentence():
    attack, policy = probabilities([ATTACK, POLICY])
    assert attack > 0.5 > policy


def test_label_files_hold_offsets_and_labels_but_no_text():
    files = sorted(LABELS.glob("*.json"))
    assert files
    for path in files:
        record = json.loads(path.read_text())
        assert set(record) == {"article", "sha256", "sentences"}
        assert len(record["sha256"]) == 64
        for item in record["sentences"]:
            assert set(item) - {"opens"} == {"start", "end", "incident"}
            assert all(isinstance(k, int) for k in item.get("opens", []))
            assert isinstance(item["start"], int) and isinstance(item["end"], int)
            assert isinstance(item["incident"], bool)
            assert item["start"] < item["end"]


def _cached(record) -> str | None:
    path = labels_tool.text_path(record["article"], labels_tool.CORPUS)
    if not path.exists():
        return None
    text = path.read_bytes()
    return text.decode("utf-8") if hashlib.sha256(text).hexdigest() == record["sha256"] else None


def test_label_offsets_fall_on_the_hashed_texts_sentences():
    records = [json.loads(p.read_text()) for p in sorted(LABELS.glob("*.json"))]
    checked = 0
    for record in records:
        text = _cached(record)
        if text is None:
            continue  # the text cache is not filled here: the fixture test below checks the same rule
        spans = [(s.start, s.end) for s in labels_tool.sentences_of(record["article"], text)]
        assert labels_tool.problems(record, text, spans) == [], record["article"]
        checked += 1
    if not checked:
        pytest.skip("no cached real-news text")


def test_a_label_record_is_checked_against_its_text_and_sentences():
    text = f"QUETTA: {ATTACK}\n\n{POLICY}\n"
    from incidents.extraction.incident_sentences import reading_sentences

    spans = [(s.start, s.end) for s in reading_sentences(text)]
    record = labels_tool.label_record("x01", text, spans, {0})
    assert [s["incident"] for s in record["sentences"]] == [True, False]
    assert labels_tool.problems(record, text, spans) == []
    shifted = json.loads(json.dumps(record))
    shifted["sentences"][0]["start"] += 1
    assert labels_tool.problems(shifted, text, spans) != []
    assert labels_tool.problems(record, text + " ", spans) == ["sha256 differs from the text's"]


def _facts_kept(nlp, store):
    from spacy.language import Language

    name = f"test_keep_facts_{len(store)}"

    @Language.component(name)
    def keep(doc):
        store.append(doc._.facts)
        return doc

    nlp.add_pipe(name)
    return nlp


def test_the_pipeline_records_each_sentences_probability(gazetteer):
    store = []
    extract(f"QUETTA: {ATTACK} {POLICY}", META, gazetteer, nlp=_facts_kept(build_pipeline(), store))
    [facts] = store
    attack, policy = facts
    assert attack.probability > 0.8 and policy.probability < 0.5


def test_a_sentence_the_classifier_reads_as_an_incident_starts_one_the_rules_alone_would_drop(gazetteer):
    text = f"QUETTA: {ATTACK} {POLICY}"
    # Only a count of wounded and no strong event word: the rules alone keep no incident.
    rules_only = build_pipeline(tuple(s for s in STAGES if s != "incidents_sentence_scores"))
    assert extract(text, META, gazetteer, nlp=rules_only)["incidents"] == []
    [incident] = extract(text, META, gazetteer)["incidents"]
    assert incident["injured"] == 3
    assert incident["date"] == "2025-03-10"


def test_the_label_tool_reads_every_retired_part_and_never_the_held_out_one():
    assert labels_tool.LABELLED_PARTS == (
        "dev",
        "unseen",
        "unseen2",
        "unseen3",
        "unseen4",
        "unseen5",
        "unseen6",
        "unseen7",
        "unseen8",
        "unseen9",
        "unseen10",
        "unseen11",
        "unseen12",
        "unseen13",
        "unseen14",
        "unseen15",
        "unseen16",
        "unseen17",
        "unseen18",
        "unseen19",
        "unseen20",
        "unseen21",
        "unseen22",
        "unseen23",
        "unseen24",
        "unseen25",
    )
    assert labels_tool.part_of("no-such-article") is None


def test_the_out_of_fold_scorer_refuses_the_held_out_part_before_reading_it(tmp_path):
    import subprocess

    script = ROOT / "scripts" / "predict_incident_sentences.py"
    held_out = ROOT / "eval" / "realnews" / "unseen26"
    done = subprocess.run(  # noqa: S603 - this interpreter on the project's own script
        [sys.executable, str(script), "--out", str(tmp_path / "out"), str(held_out)],
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0 and "held-out part" in done.stderr
    assert not (tmp_path / "out").exists()
