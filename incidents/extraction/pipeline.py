"""The extraction pipeline: text plus a gazetteer in, the `incident-extraction/1` document out.

`extract()` finds the dateline (where the body starts), has spaCy's model parse the text (nlp.parse), puts the
article's inputs on the parsed `Doc` (annotations.DOC_ATTRIBUTES) and runs the extraction components over it, in
the order `STAGES` declares (each one a spaCy component, see components.py); the document is built from what
they wrote. To change the pipeline, build another with `build_pipeline()` (a stage left out, replaced or added,
spaCy's `add_pipe` / `replace_pipe` / `remove_pipe` on the result) and pass it as `extract(..., nlp=...)`.

No Django here: the database is reached only through the `Gazetteer` protocol. The gazetteer travels on the
Doc (`doc._.gazetteer`), not in a component's settings: spaCy accepts only JSON values there, and one pipeline
serves every gazetteer (each ingest run brings its own, whose answers it caches).
"""

from __future__ import annotations

import functools

from spacy.language import Language

from . import components  # noqa: F401 - registers the factories named in STAGES
from .article import ArticleMeta
from .dateline import body_start, find_dateline, gazetteer_lookup, later_dateline
from .dates import reference_day
from .document import build_document
from .furniture import blank_furniture
from .gazetteer import DatedGazetteer, Gazetteer
from .nlp import load_model, parse

# Recorded with each source: which extractor produced its records.
VERSION = "1.0"

# The components, in order; what each one writes is in annotations.DOC_ATTRIBUTES.
STAGES = (
    "incidents_sentences",  # sentences, split again at paragraphs       nlp.split_sentences
    "incidents_sentence_scores",  # a trained classifier's incident probability  incident_sentences
    "incidents_mentions",  # names: gazetteer, acronyms, titles, NER, patterns  mentions.find_mentions
    "incidents_non_entities",  # the publisher, streets: not actors       non_entities
    "incidents_places",  # which place each name means, and unlisted ones   places
    "incidents_entities",  # groups (aliases, forces) and persons          entities, groups, persons
    "incidents_dates",  # dates, relative to publication                   dates
    "incidents_counts",  # the dead and injured                            counts
    "incidents_sentence_facts",  # what each sentence says                 sentence_facts
    "incidents_incidents",  # events: type, date, place, toll, actors      segmentation.segment, incidents
)


def build_pipeline(stages: tuple[str, ...] = STAGES) -> Language:
    """A pipeline of the extraction components named (sharing the parsing model's vocabulary)."""
    nlp = Language(load_model().vocab)
    for name in stages:
        nlp.add_pipe(name)
    return nlp


@functools.cache
def default_pipeline() -> Language:
    return build_pipeline()


def extract(text: str, meta: ArticleMeta, gazetteer: Gazetteer, nlp: Language | None = None) -> dict:
    """The extraction document of one article (see eval/SCHEMA.md)."""
    # Bylines, credits and share buttons are blanked (offsets kept): they are not the story.
    reading = blank_furniture(text)
    # A group's name that changed hands means the group that held it on the article's day.
    gazetteer = DatedGazetteer(gazetteer, lambda: reference_day(reading, meta.published, meta.published_month))
    lookup = gazetteer_lookup(gazetteer)
    dateline = find_dateline(reading, lookup)
    start = body_start(reading, meta.title, dateline)
    dateline = dateline or later_dateline(reading, start, lookup)
    doc = parse(reading, mask_until=start)
    doc.user_data["source_text"] = text
    doc._.meta, doc._.gazetteer, doc._.dateline, doc._.body_start = meta, gazetteer, dateline, start
    doc = (nlp or default_pipeline())(doc)
    return build_document(doc)
