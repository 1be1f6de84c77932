"""Readers of an extraction document, shared by the behaviour tests."""

from __future__ import annotations

from incidents.extraction.counts import find_counts


def group_names(document):
    return sorted(g["name"] for g in document["groups"])


def incident_types(document):
    return [i["type"] for i in document["incidents"]]


def location_name(document, incident):
    return next(p["name"] for p in document["locations"] if p["key"] == incident["location"])


def place_of(document, incident):
    return next((p["name"] for p in document["locations"] if p["key"] == incident["location"]), None)


def place_names(document):
    return {p["name"] for p in document["locations"]}


def perpetrator_names_of(document, incident):
    names = {g["key"]: g["name"] for g in document["groups"]}
    return [names[k] for k in incident["perpetrators"]]


def perpetrator_names(document: dict, index: int = 0) -> list[str]:
    names = {g["key"]: g["name"] for g in document["groups"]}
    return [names[k] for k in document["incidents"][index]["perpetrators"]]


def killed_values(text):
    return [c.value for c in find_counts(text) if c.kind == "killed"]
