"""One outlet's report of a clash, persisted as the extractor would: the builder the matcher's database tests share."""

import datetime as dt
import hashlib

from incidents.models import Source
from incidents.services.persist import extraction_persist


def persist_clash_report(
    name: str,
    *,
    province: str,
    country: str,
    place: str | None = None,
    place_kind: str = "city",
    date: str | None = None,
    published: dt.date | None = None,
    fatalities: int = 9,
) -> Source:
    """Persist `name`'s report of a clash at `place` (a `place_kind` inside `province`; no place: the province
    itself), dated `date` (ISO day, or None for an undated report) and published on `published`."""
    text = f"{name}: a clash at {place or province} killed {fatalities} people."
    source = Source.objects.create(
        text=text, sha256=hashlib.sha256(text.encode()).hexdigest(), published=published, original_name=name
    )
    document = {
        "locations": [
            {"key": "l0", "name": province, "kind": "admin1", "country": country, "parent": None},
            *([{"key": "l1", "name": place, "kind": place_kind, "country": country, "parent": "l0"}] if place else []),
        ],
        "groups": [],
        "persons": [],
        "incidents": [{
            "key": "i1", "type": "armed_clash", "summary": "A clash", "date": date,
            "date_precision": "day" if date else None, "location": "l1" if place else "l0", "fatalities": fatalities,
            "perpetrators": [], "persons": [], "evidence": [],
        }],
    }  # fmt: skip
    extraction_persist(source=source, document=document)
    return source
