"""Fixtures for the matching tests: ingest this folder's articles with the real extractor.

The articles are fictional events in real places of the session's gazetteer
subset (see tests/conftest.py), each with a .meta.json sidecar giving its
publisher and publication date.
"""

from pathlib import Path

import pytest

ARTICLES = Path(__file__).parent / "articles"
QUETTA = ["quetta_market_1.txt", "quetta_market_2.txt", "quetta_market_3.txt"]


@pytest.fixture
def gazetteer_loaded(db):
    pytest.importorskip("incidents.extraction.pipeline")
    from incidents.services.gazetteer import DatabaseGazetteer

    if DatabaseGazetteer().is_loaded() != (True, True):
        pytest.skip("the session's gazetteer subset and groups list are not loaded")


@pytest.fixture
def ingest(gazetteer_loaded):
    """ingest(name, reingest=False) -> IngestResult, for an article of this folder."""
    from incidents.extraction.reading import read_path
    from incidents.services.ingest import source_ingest

    def run(name: str, *, reingest: bool = False):
        return source_ingest(read_path(ARTICLES / name), reingest=reingest)

    return run
