#!/usr/bin/env python
"""Turn hand codings (the NAME.gold.json shape) into extraction documents, to score one coder against another.

    python scripts/coding_as_extraction.py --out /tmp/second eval/realnews/agreement/unseen2
    python ../shared/eval/score.py --predictions /tmp/second eval/realnews/unseen2

A gold file names its entities (an incident's place, perpetrators and persons are names);
an extraction document (../shared/eval/SCHEMA.md) links them by key. This writes, for each
NAME.gold.json, the NAME.json a perfect extractor that agreed with that coder would print,
so `score.py --predictions` measures how far two coders agree with the same figures it gives
the extractor (inter-coder agreement: the ceiling any extractor can be expected to reach).
Mentions keep the coder's surface strings (the scorer matches on names and mention texts).
Standard library only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

SCHEMA = "incident-extraction/1"


def _keyed(items: list[dict], prefix: str) -> dict[str, str]:
    """Name (case-folded) -> key, for every entity and each of its mentions."""
    keys: dict[str, str] = {}
    for n, item in enumerate(items, 1):
        for name in [item.get("name"), *(item.get("mentions") or [])]:
            if isinstance(name, str) and name.casefold() not in keys:
                keys[name.casefold()] = f"{prefix}{n}"
    return keys


def _mentions(item: dict) -> list[dict]:
    return [{"text": m} for m in item.get("mentions") or [] if isinstance(m, str)]


def as_extraction(coding: dict) -> dict:
    groups, persons, locations = coding.get("groups") or [], coding.get("persons") or [], coding.get("locations") or []
    group_key, person_key, place_key = _keyed(groups, "g"), _keyed(persons, "p"), _keyed(locations, "l")

    def key(keys: dict[str, str], name) -> str | None:
        return keys.get(name.casefold()) if isinstance(name, str) else None

    document = {
        "schema": SCHEMA,
        "source": {"published": coding.get("published"), "dateline": coding.get("dateline"), "language": "en"},
        "groups": [
            {
                "key": f"g{n}",
                "name": g.get("name"),
                "aliases": [],
                "kind": g.get("kind"),
                "parent": key(group_key, g.get("parent")),
                "mentions": _mentions(g),
            }
            for n, g in enumerate(groups, 1)
        ],
        "persons": [
            {
                "key": f"p{n}",
                "name": p.get("name"),
                "aliases": [],
                "affiliations": [{"group": k, "role": None}] if (k := key(group_key, p.get("affiliation"))) else [],
                "origin": None,
                "fate": p.get("fate"),
                "mentions": _mentions(p),
            }
            for n, p in enumerate(persons, 1)
        ],
        "locations": [
            {
                "key": f"l{n}",
                "name": loc.get("name"),
                "aliases": [],
                "kind": loc.get("kind"),
                "country": loc.get("country"),
                "parent": key(place_key, loc.get("parent")),
                "mentions": _mentions(loc),
            }
            for n, loc in enumerate(locations, 1)
        ],
        "incidents": [],
    }
    for n, incident in enumerate(coding.get("incidents") or [], 1):
        date = incident.get("date")
        document["incidents"].append(
            {
                "key": f"i{n}",
                "type": incident.get("type"),
                "summary": incident.get("summary"),
                "date": date,
                "date_precision": {10: "day", 7: "month", 4: "year"}.get(len(date)) if isinstance(date, str) else None,
                "location": key(place_key, incident.get("location"))
                or key(place_key, _country_name(locations, incident.get("country"))),
                "fatalities": incident.get("fatalities"),
                "injured": incident.get("injured"),
                "perpetrators": [k for name in incident.get("perpetrators") or [] if (k := key(group_key, name))],
                "perpetrator_unknown": not incident.get("perpetrators"),
                "targets": list(incident.get("targets") or []),
                "persons": [
                    {"person": k, "role": "other"}
                    for name in incident.get("persons") or []
                    if (k := key(person_key, name))
                ],
                "evidence": [],
            }
        )
    return document


def _country_name(locations: list[dict], code) -> str | None:
    """The coded country entity of an incident placed only by its country code."""
    for loc in locations:
        if loc.get("kind") == "country" and code and (loc.get("country") or "").upper() == str(code).upper():
            return loc.get("name")
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", help="a folder of NAME.gold.json codings")
    parser.add_argument("--out", required=True, help="folder for the NAME.json extraction documents")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    codings = sorted(Path(args.folder).glob("*.gold.json"))
    for path in codings:
        coding = json.loads(path.read_text(encoding="utf-8"))
        name = path.name[: -len(".gold.json")]
        text = json.dumps(as_extraction(coding), ensure_ascii=False, indent=2)
        (out / f"{name}.json").write_text(text + "\n", encoding="utf-8")
    print(f"{len(codings)} codings written to {out}", file=sys.stderr)
    return 0 if codings else 1


if __name__ == "__main__":
    sys.exit(main())
