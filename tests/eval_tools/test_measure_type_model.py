"""What the type classifier is trained on: an incident's opening sentence and the lines that go on telling it."""

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "measure_type_model.py"


@pytest.fixture(scope="module")
def measure():
    spec = importlib.util.spec_from_file_location("measure_type_model", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


def _s(incident: bool, opens: list[int] | None = None) -> dict:
    return {"start": 0, "end": 1, "incident": incident, "opens": opens or []}


def test_the_opener_alone_without_context(measure):
    sentences = [_s(True, [0]), _s(True), _s(True)]
    assert measure.telling(sentences, 0, 0) == [0]


def test_context_takes_the_incident_lines_that_follow(measure):
    sentences = [_s(False), _s(True, [0]), _s(True), _s(True), _s(True)]
    assert measure.telling(sentences, 1, 2) == [1, 2, 3]


def test_context_stops_at_the_next_opener_or_a_line_about_something_else(measure):
    sentences = [_s(True, [0]), _s(True, [1]), _s(True)]
    assert measure.telling(sentences, 0, 2) == [0]
    sentences = [_s(True, [0]), _s(False), _s(True)]
    assert measure.telling(sentences, 0, 2) == [0]


def test_every_violent_incident_type_is_a_label_and_a_non_violent_development_is_not(measure):
    from incidents.choices import IncidentType

    violent = {t.value for t in IncidentType} - {IncidentType.NON_VIOLENT_DEVELOPMENT.value}
    assert set(measure.TYPES) == violent
    assert len(measure.TYPES) == len(violent)


def test_the_training_file_gives_each_text_its_one_type(measure, tmp_path):
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    measure.write_docbin(tmp_path / "train.spacy", [("A bomb went off.", "bombing")])
    (doc,) = DocBin().from_disk(tmp_path / "train.spacy").get_docs(Vocab())
    assert doc.cats["bombing"] == 1.0
    assert sorted(doc.cats) == sorted(measure.TYPES)
    assert sum(doc.cats.values()) == 1.0
