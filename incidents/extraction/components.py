"""The extraction stages as spaCy pipeline components: each reads what earlier ones wrote on the `Doc`
(see annotations.DOC_ATTRIBUTES) and adds its own. The rules live in the modules each one calls.

Every factory takes no settings, so any of them can be replaced by another component writing the same
attributes (`nlp.replace_pipe("incidents_...", "my_component")`), e.g. a trained one.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import annotations  # noqa: F401 - registers the Doc attributes the components use
from .collective_actors import collective_doers
from .counts import find_counts
from .dates import find_dates
from .entities import build_entities
from .incident_sentences import score_sentences
from .incidents import build_incidents
from .mentions import find_mentions
from .nlp import split_sentences
from .non_entities import drop_non_entities
from .places import (
    dateline_country,
    drop_acting_countries,
    keep_named_places,
    resolve_places,
    story_places,
    unlisted_places,
)
from .sentence_facts import by_sentence, sentence_facts


def _component(name: str):
    """Register a stateless stage function `doc -> None` as a spaCy factory named `name`."""

    def register(stage):
        def make(nlp: Language, name: str):
            def component(doc: Doc) -> Doc:
                stage(doc)
                return doc

            return component

        Language.factory(name, func=make)
        return stage

    return register


@_component("incidents_sentences")
def sentences(doc: Doc) -> None:
    doc._.sentences = split_sentences(doc)


@_component("incidents_sentence_scores")
def sentence_scores(doc: Doc) -> None:
    score_sentences(doc)


@_component("incidents_mentions")
def mentions(doc: Doc) -> None:
    doc._.mentions = find_mentions(doc, doc._.article_text, doc._.sentences, doc._.gazetteer, doc._.dateline)


@_component("incidents_non_entities")
def non_entities(doc: Doc) -> None:
    drop_non_entities(doc._.article_text, doc._.mentions, doc._.meta.publisher)


@_component("incidents_places")
def places(doc: Doc) -> None:
    items, text = doc._.mentions.items, doc._.article_text
    # the towns sites are named after ("the Alder police station"), so that each site hangs under its town
    towns = [m.town for m in items if m.town is not None]
    found, context = resolve_places(items + towns, doc._.gazetteer, dateline_country(doc._.dateline, items), text)
    story_places(text, items)
    found += unlisted_places(items, found, context.main_country, text)
    found = drop_acting_countries(doc, found, context.main_country)
    for place in found:
        for mention in place.mentions:
            mention.place = place
    doc._.places, doc._.place_context = found, context


@_component("incidents_entities")
def entities(doc: Doc) -> None:
    found = build_entities(doc)
    doc._.groups, doc._.persons, doc._.owners = found.groups, found.persons, found.owners
    doc._.places = keep_named_places(doc._.places)


@_component("incidents_dates")
def dates(doc: Doc) -> None:
    body_start = doc._.body_start
    meta = doc._.meta
    found = find_dates(doc._.article_text, meta.published, month=meta.published_month)
    doc._.dates = [d for d in found if d.start >= body_start]


@_component("incidents_counts")
def counts(doc: Doc) -> None:
    doc._.counts = find_counts(doc._.article_text)


@_component("incidents_sentence_facts")
def facts(doc: Doc) -> None:
    sentences = doc._.sentences
    starts = [s.start for s in sentences]
    counts_by, dates_by = by_sentence(doc._.counts, starts), by_sentence(doc._.dates, starts)
    owners_by = by_sentence(doc._.owners, starts, lambda pair: pair[0].start)
    doc._.facts = [
        sentence_facts(doc, s, counts_by.get(s.index, []), dates_by.get(s.index, []), owners_by.get(s.index, []))
        for s in sentences
    ]
    probabilities = doc._.incident_probabilities
    if probabilities:
        for fact in doc._.facts:
            fact.probability = probabilities[fact.index]


@_component("incidents_incidents")
def incidents(doc: Doc) -> None:
    doc._.incidents = build_incidents(doc)
    doc._.groups = collective_doers(doc._.groups, doc._.incidents, doc._.article_text)
