"""The annotated document: what the extraction components write on the spaCy `Doc`, as `doc._.NAME`.

One `Doc` carries an article through the pipeline: `extract()` sets the inputs (the text as written, its
metadata, dateline and gazetteer), and each component reads what earlier ones wrote and adds its own.
"""

from __future__ import annotations

from spacy.tokens import Doc

# name -> what it holds (and who writes it), in pipeline order.
DOC_ATTRIBUTES = {
    # Inputs, set by extract() before the components run.
    "meta": "ArticleMeta: title, publisher, publication date",
    "gazetteer": "Gazetteer: the places and groups the article's names are looked up in",
    "dateline": "Dateline | None: the 'PLACE, Date (Agency) —' opening",
    "body_start": "int: where the body starts, after a headline line and the dateline",
    # Written by the components (see pipeline.STAGES).
    "sentences": "list[Sentence] (incidents_sentences)",
    "incident_probabilities": "list[float] | None: each sentence's probability of telling an incident, from the "
    "trained classifier (incidents_sentence_scores; None without the model)",
    "mentions": "Mentions: names of groups, places, persons, forces, and the acronym links (incidents_mentions)",
    "places": "list[Place]; each mention's .place is set (incidents_places, pruned by incidents_entities)",
    "place_context": "PlaceContext: the story's countries (incidents_places)",
    "groups": "list[Group]; each mention's .group is set (incidents_entities)",
    "persons": "list[Person]; each mention's .person is set (incidents_entities)",
    "owners": "list[(Mention, Group | Person | Place)] by offset (incidents_entities)",
    "dates": "list[DateExpression] in the body (incidents_dates)",
    "counts": "list[Count]: the dead and injured counted (incidents_counts)",
    "facts": "list[SentenceFacts]: what each sentence says (incidents_sentence_facts)",
    "incidents": "list[Incident] (incidents_incidents)",
}


def _article_text(doc: Doc) -> str:
    # The text as read: page furniture blanked (furniture.py); the Doc's own text also has the headline and
    # dateline blanked for the parser. Offsets are the same in all three, and in the text as stored.
    return doc.user_data.get("text") or doc.text


def register() -> None:
    """Register the attributes (idempotent: spaCy's extensions are global to the process)."""
    if not Doc.has_extension("article_text"):
        Doc.set_extension("article_text", getter=_article_text)
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register()
