"""What the place-chooser experiment reads (not used by extraction): each place mention of an incident's sentences,
with the features and the marked text a classifier would read. `scripts/place_candidates.py` (the error split of
incident places) and `scripts/train_incident_places.py` (its cross-validation) use it. The chooser did not beat
the rules out of fold, so no model ships; this keeps the experiment reproducible.
"""

from __future__ import annotations

import re

from .incident_places import _named_inside, _possessive, _usable
from .model import Incident, Place
from .sentence_facts import SentenceFacts

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_SPACE = re.compile(r"\s+")


def candidate_text(sentence: str, start: int, end: int, features: dict) -> str:
    """What the chooser model reads for one candidate: the sentence in lower case, numbers as "0", the mention's
    words replaced by the marker "placex" (the model learns the words around a place, never a place's name), then
    the features as words ("kind_city", "sentence_0", "chosen_yes")."""
    marked = sentence[:start] + " placex " + sentence[end:]
    words = _DIGITS.sub("0", _SPACE.sub(" ", marked).strip().lower())
    tags = []
    for name, value in features.items():
        if isinstance(value, bool):
            value = "yes" if value else "no"
        tags.append(f"{name}_{value}")
    return f"{words} {' '.join(tags)}"


def candidates(incident: Incident, facts: dict[int, SentenceFacts], dateline_place: Place | None) -> list[dict]:
    """The place mentions of the incident's sentences (the places its place is chosen among), each with what the
    chooser model reads: `text` (the sentence, the mention marked, features as extra words) and `place`."""
    out = []
    seen_places: list[Place] = []
    for order, index in enumerate(incident.sentences):
        sentence = facts[index]
        for mention, place in sentence.places:
            if place not in seen_places:
                seen_places.append(place)
            features = {
                "kind": place.kind,
                "sentence": min(order, 3),
                "first": seen_places.index(place) == 0,
                "usable": _usable(mention, place, sentence, dateline_place),
                "possessive": _possessive(mention, sentence),
                "dateline": place is dateline_place,
                "chosen": place is incident.location,
                "inside_chosen": incident.location is not None and _named_inside(place, incident.location),
                "contains_chosen": incident.location is not None and _named_inside(incident.location, place),
                "listed": place.record is not None,
            }
            out.append(
                {
                    "place": place,
                    "start": mention.start,
                    "end": mention.end,
                    "sentence_start": sentence.start,
                    "sentence_end": sentence.end,
                    "features": features,
                    "text": candidate_text(
                        sentence.text, mention.start - sentence.start, mention.end - sentence.start, features
                    ),
                }
            )
    return out
