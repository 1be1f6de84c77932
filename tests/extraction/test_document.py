"""The document follows eval/SCHEMA.md: keys, references and offsets."""

import hashlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import make_gazetteer

SAMPLE = (
    "KABUL: Gunmen shot dead a judge, Abdul Samad Wardak, in Kabul on Monday, police said. "
    "The Islamic State group claimed the attack."
)


def spans(document):
    for kind in ("groups", "persons", "locations"):
        for entity in document[kind]:
            yield from entity["mentions"]
    for incident in document["incidents"]:
        yield from incident["evidence"]


def check(document, text):
    assert document["schema"] == "incident-extraction/1"
    assert document["source"]["sha256"] == hashlib.sha256(text.encode()).hexdigest()
    for span in spans(document):
        assert text[span["start"] : span["end"]] == span["text"]
    keys = {e["key"] for kind in ("groups", "persons", "locations") for e in document[kind]}
    for group in document["groups"]:
        assert group["parent"] is None or group["parent"] in keys
    for location in document["locations"]:
        assert location["parent"] is None or location["parent"] in keys
    for incident in document["incidents"]:
        assert incident["location"] is None or incident["location"] in keys
        assert all(k in keys for k in incident["perpetrators"])
        assert all(p["person"] in keys for p in incident["persons"])


def test_schema_keys_and_source(run):
    document = run(SAMPLE, title="A judge is killed", url="https://example.test/a", publisher="Desk")
    assert set(document) == {"schema", "source", "groups", "persons", "locations", "incidents"}
    assert document["source"]["published"] == "2025-03-11"
    assert document["source"]["dateline"] == "Kabul"
    assert document["source"]["title"] == "A judge is killed"
    incident = document["incidents"][0]
    for key in (
        "key",
        "type",
        "summary",
        "date",
        "date_precision",
        "date_text",
        "location",
        "fatalities",
        "fatalities_text",
        "injured",
        "perpetrators",
        "targets",
        "persons",
        "evidence",
        "confidence",
    ):
        assert key in incident
    check(document, SAMPLE)


def test_each_entity_once(run):
    document = run(SAMPLE + " Wardak had received threats. Police in Kabul are investigating.")
    names = [p["name"] for p in document["persons"]]
    assert names.count("Abdul Samad Wardak") == 1


GAZETTEER = make_gazetteer()
WORDS = st.sampled_from(
    [
        "Kabul",
        "Peshawar",
        "killed",
        "ISIS-K",
        "TTP",
        "the",
        "army",
        "police",
        "on",
        "Monday",
        "three",
        "soldiers",
        "were",
        ",",
        ".",
        "\n\n",
        "Maulvi",
        "Ahmad",
        "(",
        ")",
        "alias",
        "bomb",
        "2022",
        "in",
        "Balkh",
        "province",
        "é",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join)))
def test_never_crashes_and_offsets_always_slice_the_text(text):
    from incidents.extraction.article import ArticleMeta
    from incidents.extraction.pipeline import extract

    document = extract(text, ArticleMeta(), GAZETTEER)
    check(document, text)
