"""Hand-written extraction documents (incident-extraction/1) for testing persistence without the extractor."""

from __future__ import annotations

from incidents.extraction.reading import text_sha256


class LoadedGazetteer:
    """Stands in for DatabaseGazetteer where the extractor is faked: only `is_loaded` is asked."""

    def __init__(self, places=True, groups=True):
        self.loaded = (places, groups)

    def is_loaded(self):
        return self.loaded


def span(text: str, phrase: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return {"text": phrase, "start": start, "end": start + len(phrase)}


def sentence(text: str, containing: str) -> dict:
    at = text.index(containing)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end == -1 else end
    return {"text": text[start:end], "start": start, "end": end}


def empty_document(text: str) -> dict:
    return {
        "schema": "incident-extraction/1",
        "source": {"title": None, "publisher": None, "url": None, "published": None, "dateline": None,
                   "language": "en", "sha256": text_sha256(text)},
        "groups": [], "persons": [], "locations": [], "incidents": [],
    }  # fmt: skip


def kabul_document(text: str, places: dict, groups: dict, *, fatalities: int = 5) -> dict:
    """The Kabul minibus bombing (tests/ingest/articles/kabul_bus_bombing.txt), coded by hand."""
    doc = empty_document(text)
    doc["source"].update(dateline="Kabul", published="2024-06-11")
    doc["groups"] = [
        {"key": "g1", "name": "Islamic State Khorasan Province", "aliases": ["ISKP"], "kind": "armed_group",
         "parent": None, "gazetteer_id": groups["iskp"].pk,
         "mentions": [span(text, "Islamic State Khorasan Province"), span(text, "ISKP")]},
        {"key": "g2", "name": "Emergency", "aliases": [], "kind": "organization", "parent": None,
         "mentions": [span(text, "Emergency")]},
        {"key": "g3", "name": "Taliban", "aliases": [], "kind": "government", "parent": None,
         "gazetteer_id": groups["taliban"].pk, "mentions": [span(text, "Taliban")]},
    ]  # fmt: skip
    doc["persons"] = [
        {"key": "p1", "name": "Khalid Zadran", "aliases": [], "affiliations": [], "origin": None, "fate": None,
         "mentions": [span(text, "Khalid Zadran")]},
    ]  # fmt: skip
    doc["locations"] = [
        {"key": "l1", "name": "Kabul", "kind": "city", "country": "AF", "parent": None,
         "lat": 34.528, "lon": 69.172, "gazetteer_id": places["kabul"].pk,
         "mentions": [span(text, "KABUL"), span(text, "Kabul"), span(text, "Kabul", 1)]},
        {"key": "l2", "name": "Dasht-e-Barchi", "kind": "site", "country": "AF", "parent": "l1",
         "lat": None, "lon": None, "gazetteer_id": None, "mentions": [span(text, "Dasht-e-Barchi")]},
    ]  # fmt: skip
    doc["incidents"] = [
        {"key": "i1", "type": "bombing",
         "summary": "Roadside bomb on a minibus of government employees kills five in Kabul",
         "date": "2024-06-11", "date_precision": "day", "date_text": "on Tuesday morning", "location": "l2",
         "fatalities": fatalities, "fatalities_text": "killing five people", "injured": 11,
         "perpetrators": ["g1"], "perpetrator_unknown": False, "targets": ["government employees"],
         "persons": [], "evidence": [sentence(text, "A roadside bomb"), sentence(text, "claimed responsibility")],
         "confidence": 0.8},
    ]  # fmt: skip
    return doc
