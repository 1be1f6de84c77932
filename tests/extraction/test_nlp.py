"""The spaCy model: loading, and what loading leaves in place."""

from __future__ import annotations


def test_spacy_command_line_still_imports_after_the_model_loads():
    import importlib

    from incidents.extraction.nlp import load_model

    load_model()
    cli = importlib.import_module("spacy.cli")
    assert hasattr(cli, "download")
