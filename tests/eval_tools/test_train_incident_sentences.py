"""What the sentence classifiers learn from: an article's label file and its cached text, per target."""

import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_incident_sentences.py"


@pytest.fixture
def trainer(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("train_incident_sentences", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    corpus = tmp_path / "realnews"
    monkeypatch.setattr(module, "CORPUS", corpus)
    monkeypatch.setattr(module, "LABELS", corpus / "sentence_labels")
    monkeypatch.setattr(module, "PARTS", ("dev",))
    (corpus / "dev").mkdir(parents=True)
    (corpus / "sentence_labels").mkdir()
    return module, corpus


def _article(corpus: Path, name: str, sentences: list[str], labels: list[tuple[bool, list[int]] | bool]) -> None:
    text = " ".join(sentences)
    (corpus / "dev" / f"{name}.txt").write_text(text, encoding="utf-8")
    (corpus / "dev" / f"{name}.source.json").write_text(json.dumps({"pair": None}))
    items, at = [], 0
    for sentence, label in zip(sentences, labels, strict=True):
        item = {"start": at, "end": at + len(sentence)}
        if isinstance(label, tuple):
            item["incident"], item["opens"] = label
        else:
            item["incident"] = label
        items.append(item)
        at += len(sentence) + 1
    record = {"article": name, "sha256": hashlib.sha256(text.encode()).hexdigest(), "sentences": items}
    (corpus / "sentence_labels" / f"{name}.json").write_text(json.dumps(record))


SENTENCES = [
    "The mayor opened a new bridge over the river.",
    "Gunmen shot dead two guards at a depot in the north.",
    "Police said the attackers fled on motorbikes.",
    "In a separate raid, a market stall was set on fire.",
]


def test_incident_examples_are_every_sentence_with_its_incident_label(trainer):
    module, corpus = trainer
    _article(corpus, "zz01", SENTENCES, [False, True, False, True])
    examples = module.load_examples(corpus, module.TARGETS["incident"])
    assert [(text, label) for _, _, text, label in examples["zz01"]] == list(
        zip(SENTENCES, [False, True, False, True], strict=True)
    )


def test_opening_examples_start_after_the_first_telling_and_skip_unlinked_articles(trainer):
    module, corpus = trainer
    _article(corpus, "zz01", SENTENCES, [(False, []), (True, [0]), (False, []), (True, [1])])
    _article(corpus, "zz02", SENTENCES, [False, True, False, True])  # no opens links written yet
    examples = module.load_examples(corpus, module.TARGETS["opens"])
    assert list(examples) == ["zz01"]
    assert [(text, label) for _, _, text, label in examples["zz01"]] == [(SENTENCES[2], False), (SENTENCES[3], True)]


def test_the_opening_target_is_measured_but_never_installed(trainer):
    module, _ = trainer
    assert module.TARGETS["opens"].model_dir is None
    assert module.TARGETS["incident"].model_dir == module.MODEL_DIR
