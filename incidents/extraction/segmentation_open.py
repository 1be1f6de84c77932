"""The incident segmentation is building (segmentation.py), and what it has told so far: its strong event words,
its counts and the places it was told at.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Incident, Place
from .segmentation_places import distance_points, finest, where_told
from .sentence_facts import SentenceFacts


@dataclass
class Open:
    """An incident being built, with what segmentation compares new sentences to."""

    incident: Incident
    labels: set[str]  # the strong event words of its lead sentence
    reference: str | None  # its date, else the date it was reported on
    places: list[Place] = field(default_factory=list)  # where its event sentences say it happened


def strong_labels(sentence: SentenceFacts) -> set[str]:
    return {label for label, strength, _ in sentence.events if strength >= 4}


# Event words of a narrower kind, with the kind they belong to: "a blast" and "suicide bombings" can tell one event.
_BROADER_KIND = {"suicide_bombing": "bombing"}


def kinds(labels: set[str]) -> set[str]:
    """The labels with the broader kinds they belong to."""
    return labels | {_BROADER_KIND[label] for label in labels if label in _BROADER_KIND}


def told_counts_of(told: Open, by_index: dict[int, SentenceFacts]) -> frozenset[int]:
    """The numbers of dead and injured the sentences of an incident have told so far."""
    return frozenset(c.value for i in told.incident.sentences if i in by_index for c in by_index[i].counts)


def new_count(sentence: SentenceFacts, told: Open, by_index: dict[int, SentenceFacts]) -> bool:
    """Does the sentence count dead or injured (by number and kind) that the incident's sentences have not?"""
    counted = {(c.value, c.kind) for i in told.incident.sentences if i in by_index for c in by_index[i].counts}
    return any(c.value > 0 and (c.value, c.kind) not in counted for c in sentence.counts)


def named_places(told: Open, by_index: dict[int, SentenceFacts]) -> list[Place]:
    """The gazetteer places an incident's sentences name at all ("across the city of X"), for an incident none of
    whose sentences locates it with "in X"."""
    return [
        place
        for i in told.incident.sentences
        if i in by_index
        for _, place in by_index[i].places
        if place.record is not None and place.kind != "country"
    ]


def told_at(current: Open, by_index: dict[int, SentenceFacts]) -> list[Place]:
    """The finest places the incident open was told at ("in X"); for an event no line locates so, the places its
    lines name, less those distances are told from."""
    told = [by_index[i] for i in current.incident.sentences if i in by_index]
    return finest([p for f in told for p in where_told(f)]) or finest(
        [p for p in named_places(current, by_index) if all(p is not q for f in told for q in distance_points(f))]
    )
