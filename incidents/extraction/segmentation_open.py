"""The incident segmentation is building (segmentation.py), and what it has told so far: its strong event words,
its counts and the places it was told at.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Incident, Place
from .segmentation_places import _distance_points, _finest, _where_told
from .sentence_facts import SentenceFacts


@dataclass
class _Open:
    """An incident being built, with what segmentation compares new sentences to."""

    incident: Incident
    labels: set[str]  # the strong event words of its lead sentence
    reference: str | None  # its date, else the date it was reported on
    places: list[Place] = field(default_factory=list)  # where its event sentences say it happened


def _labels(sentence: SentenceFacts) -> set[str]:
    return {label for label, strength, _ in sentence.events if strength >= 4}


# Event words of a narrower kind, with the kind they belong to: "a blast" and "suicide bombings" can tell one event.
_BROADER_KIND = {"suicide_bombing": "bombing"}


def _kinds(labels: set[str]) -> set[str]:
    """The labels with the broader kinds they belong to."""
    return labels | {_BROADER_KIND[label] for label in labels if label in _BROADER_KIND}


def _told_counts(told: _Open, by_index: dict[int, SentenceFacts]) -> frozenset[int]:
    """The numbers of dead and injured the sentences of an incident have told so far."""
    return frozenset(c.value for i in told.incident.sentences if i in by_index for c in by_index[i].counts)


def _new_count(sentence: SentenceFacts, told: _Open, by_index: dict[int, SentenceFacts]) -> bool:
    """Does the sentence count dead or injured (by number and kind) that the incident's sentences have not?"""
    counted = {(c.value, c.kind) for i in told.incident.sentences if i in by_index for c in by_index[i].counts}
    return any(c.value > 0 and (c.value, c.kind) not in counted for c in sentence.counts)


def _named_places(told: _Open, by_index: dict[int, SentenceFacts]) -> list[Place]:
    """The gazetteer places an incident's sentences name at all ("across the city of X"), for an incident none of
    whose sentences locates it with "in X"."""
    return [
        place
        for i in told.incident.sentences
        if i in by_index
        for _, place in by_index[i].places
        if place.record is not None and place.kind != "country"
    ]


def _told_at(current: _Open, by_index: dict[int, SentenceFacts]) -> list[Place]:
    """The finest places the incident open was told at ("in X"); for an event no line locates so, the places its
    lines name, less those distances are told from."""
    told = [by_index[i] for i in current.incident.sentences if i in by_index]
    return _finest([p for f in told for p in _where_told(f)]) or _finest(
        [p for p in _named_places(current, by_index) if all(p is not q for f in told for q in _distance_points(f))]
    )
