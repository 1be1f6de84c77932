"""The incident-place trainer's options: a test run keeps the out-of-fold dump, a kept model needs a test run."""

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_incident_places.py"


@pytest.fixture
def trainer(monkeypatch):
    monkeypatch.syspath_prepend(str(SCRIPT.parent))
    spec = importlib.util.spec_from_file_location("train_incident_places", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    return module


def test_a_test_run_writes_its_predictions_apart_from_the_out_of_fold_dump(trainer):
    folds = trainer.parse_args(["train.json"])
    tested = trainer.parse_args(["train.json", "--test", "validation.json"])
    assert folds.oof.name == "oof.json"
    assert tested.oof.name == "oof-test.json"
    assert trainer.parse_args(["train.json", "--test", "v.json", "--oof", "mine.json"]).oof == Path("mine.json")


def test_keeping_a_model_without_a_test_run_is_refused(trainer):
    with pytest.raises(SystemExit):
        trainer.parse_args(["train.json", "--model-out", "model"])
