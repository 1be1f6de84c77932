"""Incident sentences: a trained spaCy text classifier's probability that a sentence tells a violent incident.

The model (models/incident_sentences/, trained by scripts/train_incident_sentences.py on hand-labelled
sentences of the real-news dev articles; its README says on what and how well) reads one sentence at a time,
in the form `classifier_text()` gives it in training and here alike. Segmentation uses the probability next to
the rules' event words (segmentation.py): a sentence the rules read as weak can still tell an incident.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

MODEL_DIR = Path(__file__).resolve().parent / "models" / "incident_sentences"
LABEL = "INCIDENT"
OTHER = "OTHER"

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_SPACE = re.compile(r"\s+")


def classifier_text(sentence: str) -> str:
    """What the classifier reads: one line, lower case, every number as "0" (a toll of 12 or of 120 tells the
    same; a year is a date, whatever its digits), so that the few hundred labelled sentences generalise."""
    return _DIGITS.sub("0", _SPACE.sub(" ", sentence).strip().lower())


@functools.cache
def load_classifier(path: str | None = None):
    """The packaged classifier (a spaCy pipeline holding only a `textcat`), loaded once; None when absent."""
    import spacy

    where = Path(path) if path else MODEL_DIR
    if not (where / "config.cfg").exists():
        return None
    return spacy.load(where)


def probabilities(texts: list[str], classifier=None) -> list[float]:
    """Each sentence's probability of telling an incident (empty when no classifier is installed)."""
    classifier = classifier or load_classifier()
    if classifier is None:
        return []
    return [doc.cats.get(LABEL, 0.0) for doc in classifier.pipe(classifier_text(t) for t in texts)]


def score_sentences(doc) -> None:
    """Writes doc._.incident_probabilities: one probability per sentence of doc._.sentences (None without a
    model). A headline masked before parsing is not among the sentences, so it is not scored."""
    text = doc._.article_text
    found = probabilities([s.text(text) for s in doc._.sentences])
    doc._.incident_probabilities = found or None


def reading_sentences(text: str, title: str | None = None):
    """The sentences extract() reads in `text` (furniture blanked, headline and dateline masked), as
    nlp.Sentence: the units the classifier is trained on and applied to."""
    from .dateline import body_start, find_dateline
    from .furniture import blank_furniture
    from .nlp import parse, split_sentences

    reading = blank_furniture(text)
    start = body_start(reading, title, find_dateline(reading))
    return split_sentences(parse(reading, mask_until=start))
