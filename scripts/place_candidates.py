#!/usr/bin/env python
"""Each extracted incident's candidate places, labelled against the gold coding; and where place errors come from.

    DATABASE_URL=sqlite:////tmp/score-TAG.sqlite3 .venv/bin/python scripts/place_candidates.py \
        --out .cache/incident_places/candidates.json DIR [DIR...]

Runs the extraction over every article of the folders (one process, as scripts/predict_extractions.py), records
for each incident the place mentions of its sentences (the candidates incident_places.py chooses among) and
matches the incidents with the gold ones the way ../shared/eval/score.py does. A candidate is labelled gold when
its place's names meet the gold incident's place name (the scorer's full credit). Prints the split of the place
errors of matched incidents:

- correct            the chosen place is the gold place
- wrong_candidate    a candidate of the incident's sentences is the gold place, another was chosen
                     (of which `parent_chosen`: the chosen place is the gold place's parent: half credit)
- never_candidate    the gold place's name is in the incident's sentences but no place mention covers it
- outside_sentences  the gold place is not named in the incident's sentences (elsewhere in the article)
- no_gold_place      the gold incident has no place (border only, "the east"): the scorer counts it wrong
                     whatever is chosen
- none_chosen        a candidate was the gold place, but no place was chosen

The output (offsets, labels, features; no article text) is what scripts/train_incident_places.py learns from.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def load_scorer(path: Path = SCORER):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--scorer", type=Path, default=SCORER)
    parser.add_argument("-v", "--verbose", action="store_true", help="print each place error")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from realnews_cache import refuse_held_out

    refuse_held_out(args.folders, "training or error analysis")

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.conf import settings

    from incidents.extraction import incidents as incidents_module
    from incidents.extraction import place_candidates, reading
    from incidents.services import ingest as ingest_service

    score = load_scorer(args.scorer)
    recorded: list[dict] = []
    original = incidents_module.incident_location

    def recording(incident, facts, dateline_place, earlier, claimed):
        original(incident, facts, dateline_place, earlier, claimed)
        recorded.append(
            {
                "incident": incident,
                "candidates": place_candidates.candidates(incident, facts, dateline_place),
                "starts": [facts[i].start for i in incident.sentences],
            }
        )

    incidents_module.incident_location = recording
    items = reading.find_articles(args.folders)
    batch = ingest_service.BatchOptions(max_bytes=settings.INGEST_MAX_BYTES, dry_run=True)
    gazetteer = ingest_service.database_gazetteer()
    out, split, examples = [], Counter(), Counter()
    for item, outcome in ingest_service.articles_ingest(items, batch, gazetteer=gazetteer):
        path = Path(str(item))
        if isinstance(outcome, Exception):
            print(f"error: {item}: {outcome}", file=sys.stderr)
            recorded.clear()
            continue
        document = outcome.document
        text = path.read_text(encoding="utf-8")
        gold = json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))
        records = {tuple(r["starts"]): r for r in recorded}
        recorded.clear()
        article = article_rows(path, text, gold, document, records, score)
        out.append(article)
        for row in article["incidents"]:
            split[row["category"]] += 1
            examples[row["category"] != "unmatched"] += len(row["candidates"])
            if args.verbose and row["category"] not in ("correct", "unmatched"):
                print(
                    f"{path.stem}: {row['category']}: gold {row['gold']!r} chosen {row['chosen']!r}; "
                    f"candidates {[c['text'] for c in row['candidates']]}"
                )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=0) + "\n")
    matched = sum(n for k, n in split.items() if k != "unmatched")
    print(f"{len(out)} articles; matched incidents {matched}; place split: {dict(split.most_common())}")
    print(f"candidate mentions on matched incidents: {examples[True]}; written {args.out}")
    return 0


def article_rows(path: Path, text: str, gold: dict, document: dict, records: dict, score) -> dict:
    import hashlib

    captured = []
    original_match = score.match

    def spying(preds, golds, pair_score):
        pairs = original_match(preds, golds, pair_score)
        captured.append((preds, golds, pairs))
        return pairs

    score.match = spying
    try:
        score.Scorer().article(path.stem, text, gold, document, False)
    finally:
        score.match = original_match
    preds, golds, pairs = captured[-1]  # the incidents' matching comes last
    gold_of = {id(preds[i]): golds[j] for i, j, _ in pairs}
    locs = {loc["key"]: loc for loc in document.get("locations") or []}
    gold_locs = {score.fold_place(loc["name"]): loc for loc in gold.get("locations") or []}

    def chain(key):
        out, seen = [], set()
        while key in locs and key not in seen:
            seen.add(key)
            out.append(score.names_of(locs[key], text, place=True))
            key = locs[key].get("parent")
        return out

    def gold_chain(name):
        out, seen, n = [], set(), score.fold_place(name or "")
        while n and n not in seen:
            seen.add(n)
            out.append({n})
            parent = (gold_locs.get(n) or {}).get("parent")
            n = score.fold_place(parent) if parent else ""
        return out

    def loc_score(key, gold_name):
        pc, gc = chain(key), gold_chain(gold_name)
        if not pc or not gc:
            return 0.0
        if pc[0] & gc[0]:
            return 1.0
        if any(pc[0] & x for x in gc[1:]) or any(gc[0] & x for x in pc[1:]):
            return 0.5
        return 0.0

    rows = []
    for incident in document.get("incidents") or []:
        starts = tuple(e["start"] for e in incident["evidence"])
        record = records.get(starts)
        if record is None:
            continue
        g = gold_of.get(id(incident))
        candidates = []
        for original in record["candidates"]:
            # two incidents told by the same sentences share one record: copy, never pop, its place
            c = {name: value for name, value in original.items() if name != "place"}
            key = c["key"] = original["place"].key
            c["label"] = bool(g and g.get("location") and loc_score(key, g["location"]) == 1.0)
            candidates.append(c)
        row = {"candidates": candidates, "chosen": None, "gold": g.get("location") if g else None}
        chosen = incident.get("location")
        row["chosen"] = locs[chosen]["name"] if chosen in locs else None
        if g is None:
            row["category"] = "unmatched"
        elif not g.get("location"):
            row["category"] = "no_gold_place"  # the scorer never counts these correct
        elif chosen and loc_score(chosen, g["location"]) == 1.0:
            row["category"] = "correct"
        elif any(c["label"] for c in candidates):
            if chosen is None:
                row["category"] = "none_chosen"
            elif loc_score(chosen, g["location"]) == 0.5:
                row["category"] = "wrong_candidate_parent"
            else:
                row["category"] = "wrong_candidate"
        else:
            spoken = score.fold_place(g["location"])
            inside = any(spoken and spoken in score.fold_place(e["text"]) for e in incident["evidence"])
            row["category"] = "never_candidate" if inside else "outside_sentences"
            if chosen and loc_score(chosen, g["location"]) == 0.5:
                row["category"] += "_parent_chosen"
        rows.append(row)
    return {
        "article": path.stem,
        "folder": str(path.parent.relative_to(ROOT)) if path.parent.is_relative_to(ROOT) else str(path.parent),
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "incidents": rows,
    }


if __name__ == "__main__":
    sys.exit(main())
