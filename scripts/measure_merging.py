#!/usr/bin/env python
"""Measure cross-source merging (not a test): incidents created versus incidents in the gold files.

    DATABASE_URL=sqlite:////tmp/merge_measure.sqlite3 \\
        .venv/bin/python scripts/measure_merging.py ../shared/seeds ../shared/corpus/dev [--reverse]

The database must be migrated with the gazetteer and groups loaded and hold no
sources yet (`migrate`, `load_gazetteer`, `load_groups`). The articles of the
folders are ingested in name order (`--reverse`: the opposite order), then the
script prints the violent incidents on record against those of the gold files
(`*.gold.json` beside the articles; `non_violent_development` not counted), the
automatic merges with their reasons, and the incidents flagged as possible
duplicates. Gold files list each article's incidents, so an event reported
twice counts twice there: the right number on record is the gold sum minus the
repeats.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")


def gold_incidents(paths: list[Path]) -> int:
    total = 0
    for path in paths:
        gold = path.with_name(path.name.rsplit(".", 1)[0] + ".gold.json")
        if gold.exists():
            incidents = json.loads(gold.read_text()).get("incidents") or []
            total += sum(1 for i in incidents if i.get("type") != "non_violent_development")
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--reverse", action="store_true", help="ingest the articles in the opposite order")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (PostgreSQL only)")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings

    from incidents.extraction.reading import find_articles
    from incidents.models import Incident, MergeRecord, Source
    from incidents.services.ingest import BatchOptions, articles_ingest
    from incidents.services.merging import figure_range

    if Source.objects.exists():
        sys.exit("the database already holds sources: measure on a fresh one (migrate, load_gazetteer, load_groups)")
    items = [p for p in find_articles(args.folders) if p != "-"]
    items = sorted(items, key=str, reverse=args.reverse)
    options = BatchOptions(max_bytes=settings.INGEST_MAX_BYTES)
    for item, outcome in articles_ingest(items, options, jobs=args.jobs):
        if isinstance(outcome, Exception):
            print(f"error: {item}: {outcome!r}")

    violent = Incident.objects.exclude(type="non_violent_development")
    gold = gold_incidents([Path(p) for p in items])
    print(f"order: {'reverse' if args.reverse else 'name'} ({len(items)} articles)")
    print(f"incidents on record: {violent.count()} (all types: {Incident.objects.count()})")
    print(f"incidents in the gold files: {gold}")
    print("merged automatically:")
    for record in MergeRecord.objects.filter(automatic=True, content_type__model="incident").order_by("pk"):
        survivor = Incident.objects.filter(pk=record.survivor_id).first()
        if survivor is None:
            print(f"  {record.absorbed_name} -> incident {record.survivor_id} (since deleted): {record.reason}")
            continue
        sources = ", ".join(Path(s.original_name).name for s in survivor.sources.all())
        low, high = figure_range(survivor)
        print(f"  {record.absorbed_name} -> incident {record.survivor_id} [{sources}]: {record.reason}")
        print(f"    fatalities {survivor.fatalities} (sources say {low} to {high})")
    print("flagged as possible duplicates:")
    for incident in Incident.objects.exclude(possible_duplicate_of=None).select_related("possible_duplicate_of"):
        print(f"  {incident.pk} {incident} ~ {incident.possible_duplicate_of_id} {incident.possible_duplicate_of}")


if __name__ == "__main__":
    main()
