"""The `incident-extraction/1` document (see eval/SCHEMA.md) from the pipeline's entities and incidents.

Optional keys beyond the schema, for the persisting side: groups carry
`gazetteer_id` (GroupRecord id), `parent_gazetteer_id` (its parent's GroupRecord id,
also when the article does not name the parent) and `country`; locations carry `gazetteer_id`
(PlaceRecord id); persons carry `origin` and `role`; incidents carry
`date_end`, `perpetrator_unknown` and `injured_text`. The source carries `published_from`: "url" or "page" when
`published` was read from the article's address or the page's date header because no metadata gave it (null
otherwise), and `published_month` ("YYYY-MM") when only the address's month is known (page_dates.py).
"""

from __future__ import annotations

import hashlib

from .dateline import place_form
from .model import Incident, Place
from .vocabulary import NAMED_STATION_KINDS

SCHEMA = "incident-extraction/1"


def _mentions(mentions) -> list[dict]:
    seen, out = set(), []
    for mention in sorted(mentions, key=lambda m: m.start):
        if (mention.start, mention.end) in seen:
            continue
        seen.add((mention.start, mention.end))
        out.append({"text": mention.text, "start": mention.start, "end": mention.end})
    return out


def build_document(doc) -> dict:
    """The document of the annotated `doc`, once every component has run."""
    text, meta, groups, persons = doc._.article_text, doc._.meta, doc._.groups, doc._.persons
    places, incidents = doc._.places, doc._.incidents
    dateline = place_form(doc._.dateline.text) if doc._.dateline else None
    sentence_spans = {s.index: (s.start, s.end) for s in doc._.sentences}
    for number, group in enumerate(groups, 1):
        group.key = f"g{number}"
    for number, person in enumerate(persons, 1):
        person.key = f"p{number}"
    for number, place in enumerate(places, 1):
        place.key = f"l{number}"
    known_places = {id(p) for p in places}
    known_groups = {id(g) for g in groups}
    return {
        "schema": SCHEMA,
        "source": {
            "title": meta.title,
            "publisher": meta.publisher,
            "url": meta.url,
            "published": meta.published.isoformat() if meta.published else None,
            "published_from": meta.published_from,
            "published_month": meta.published_month,
            "dateline": dateline,
            "language": meta.language or "en",
            "sha256": hashlib.sha256(doc.user_data.get("source_text", text).encode("utf-8")).hexdigest(),
        },
        "groups": [
            {
                "key": g.key,
                "name": g.name,
                "aliases": sorted({a for a in g.aliases if a != g.name}),
                "kind": g.kind,
                "parent": g.parent.key if g.parent is not None and id(g.parent) in known_groups else None,
                "mentions": _mentions(g.mentions),
                "gazetteer_id": g.record.id if g.record else None,
                "parent_gazetteer_id": g.record.parent_id if g.record else None,
                "country": g.country or None,
            }
            for g in groups
        ],
        "persons": [
            {
                "key": p.key,
                "name": p.name,
                "aliases": list(p.aliases),
                "affiliations": (
                    [{"group": p.affiliation.key, "role": p.role_words}]
                    if p.affiliation is not None and id(p.affiliation) in known_groups
                    else []
                ),
                "origin": p.origin,
                "fate": p.fate,
                "mentions": _mentions(p.mentions),
            }
            for p in persons
        ],
        "locations": [
            {
                "key": l.key,
                "name": l.name,
                "aliases": sorted({m.text for m in l.mentions if m.text != l.name} | _place_aliases(l)),
                "kind": l.kind,
                "country": l.country,
                "parent": l.parent.key if l.parent is not None and id(l.parent) in known_places else None,
                "lat": l.latitude,
                "lon": l.longitude,
                "gazetteer_id": l.gazetteer_id,
                "mentions": _mentions(l.mentions),
            }
            for l in places  # noqa: E741
        ],
        "incidents": [
            _incident(number, incident, text, sentence_spans, known_places, known_groups)
            for number, incident in enumerate(incidents, 1)
        ],
    }


def _place_aliases(place: Place) -> set[str]:
    # "Kocha Risaldar mosque" beside "Kocha Risaldar": the form with its place word.
    hints = {m.place_hint for m in place.mentions if place.record is None and m.place_hint and " " in m.place_hint}
    return hints | {short for hint in hints if (short := _station_without_line_word(hint))}


def _station_without_line_word(hint: str) -> str | None:
    """A metro station's name and word, as the news writes it again: "Tarvo station" for "Tarvo metro station"."""
    words = hint.split()
    if len(words) < 3 or words[-1].lower() != "station" or words[-2].lower() not in NAMED_STATION_KINDS:
        return None
    return " ".join(words[:-2] + words[-1:])


def _incident(number, incident: Incident, text, sentence_spans, known_places, known_groups) -> dict:
    evidence = []
    for index in incident.sentences:
        start, end = sentence_spans[index]
        evidence.append({"text": text[start:end], "start": start, "end": end})
    return {
        "key": f"i{number}",
        "type": incident.type,
        "summary": incident.summary,
        "date": incident.date,
        "date_precision": incident.date_precision if incident.date else None,
        "date_text": incident.date_text,
        "date_end": incident.date_end,
        "location": incident.location.key
        if incident.location is not None and id(incident.location) in known_places
        else None,
        "fatalities": incident.fatalities,
        "fatalities_text": incident.fatalities_text,
        "injured": incident.injured,
        "injured_text": incident.injured_text,
        "perpetrators": [g.key for g in incident.perpetrators if id(g) in known_groups],
        "perpetrator_unknown": incident.perpetrator_unknown,
        "targets": incident.targets,
        "persons": [{"person": p.key, "role": role} for p, role in incident.persons if p.key],
        "evidence": evidence,
        "confidence": incident.confidence,
    }
