#!/usr/bin/env python
"""Why each gold incident the scorer leaves unmatched is missed (not a test; a diagnosis for recall passes).

    .venv/bin/python scripts/predict_extractions.py --out /tmp/pred $(cat DEVFOLDERS)
    python3 scripts/measure_recall_causes.py /tmp/pred FOLDER...

One line per missed gold incident (article, cause, detail, the coder's summary), then the counts. Causes:
  d  the scorer cannot pair it whatever is extracted: no place, no toll and no person in the coding
  a  none of the sentences that first tell it (its `opens` label) is in any extracted incident's evidence
  b  that sentence is in an extracted incident the scorer paired with another gold incident (folded into it)
  c  that sentence is in an extracted incident left unpaired: the detail says what kept the pair apart
  ?  the article has no sentence labels (eval/realnews/sentence_labels/): judge it by hand
It replays the scorer's own pairing (score.py, imported from SCORER_DIR, default ../shared/eval beside the project).
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "eval" / "realnews" / "sentence_labels"
sys.path.insert(0, os.environ.get("SCORER_DIR", str(ROOT.parent / "shared" / "eval")))
import score  # noqa: E402


def scored_pairs(name: str, text: str, gold: dict, pred: dict):
    """The scorer's incident pairing for one article: (predicted, gold, pairs, pair function)."""
    seen = {}
    match = score.match

    def spy(preds, golds, pair):
        out = match(preds, golds, pair)
        seen.update(P=preds, G=golds, pairs=out, pair=pair)  # the last call is the incidents'
        return out

    score.match = spy
    try:
        score.Scorer().article(name, text, gold, pred, False)
    finally:
        score.match = match
    return seen["P"], seen["G"], seen["pairs"]


def _country(incident: dict, locations: dict) -> str | None:
    key, seen = incident.get("location"), set()
    while key in locations and key not in seen:
        seen.add(key)
        if locations[key].get("country"):
            return str(locations[key]["country"]).upper()
        key = locations[key].get("parent")
    return None


def why_apart(predicted: dict, gold: dict, pred: dict) -> str:
    locations = {loc.get("key"): loc for loc in pred.get("locations") or []}
    reasons = []
    ours, theirs = _country(predicted, locations), (gold.get("country") or "").upper() or None
    if ours and theirs and ours != theirs:
        reasons.append(f"country {ours}/{theirs}")
    if score.date_compatible(predicted.get("date"), gold.get("date")) is False:
        reasons.append(f"date {predicted.get('date')}/{gold.get('date')}")
    place = locations.get(predicted.get("location"), {}).get("name")
    reasons.append(f"place {place}/{gold.get('location')} toll {predicted.get('fatalities')}/{gold.get('fatalities')}")
    return "; ".join(reasons)


def causes(pred_dir: Path, folders: list[str]):
    for name, txt, gold_path in score.articles(folders):
        text = txt.read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pred = json.loads((pred_dir / f"{name}.json").read_text(encoding="utf-8"))
        P, G, pairs = scored_pairs(name, text, gold, pred)
        paired = {i: j for i, j, _ in pairs}
        found = set(paired.values())
        labels = LABELS / f"{name}.json"
        sentences = json.loads(labels.read_text())["sentences"] if labels.exists() else None
        for j, g in enumerate(G):
            if j in found:
                continue
            summary = (g.get("summary") or "")[:90]
            if not g.get("location") and g.get("fatalities") is None and not g.get("persons"):
                yield name, "d", "no place, toll or person to pair on", summary
                continue
            if sentences is None:
                yield name, "?", "no sentence labels", summary
                continue
            index = (gold.get("incidents") or []).index(g)
            first = [s for s in sentences if index in s.get("opens", [])]
            owners = list(
                dict.fromkeys(
                    i
                    for s in first
                    for i, p in enumerate(P)
                    if any(
                        e.get("start", -1) < s["end"] and e.get("end", -1) > s["start"] for e in p.get("evidence") or []
                    )
                )
            )
            if not first:
                yield name, "d", "no sentence opens it (told only in the headline)", summary
            elif not owners:
                yield name, "a", "its sentence is in no incident", summary
            elif any(i not in paired for i in owners):
                yield name, "c", why_apart(P[next(i for i in owners if i not in paired)], g, pred), summary
            else:
                other = (G[paired[owners[0]]].get("summary") or "")[:50]
                yield name, "b", f"folded into {other!r}", summary


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    counts = Counter()
    for row in causes(Path(sys.argv[1]), sys.argv[2:]):
        counts[row[1]] += 1
        print("\t".join(row))
    print(" ".join(f"{k}={counts[k]}" for k in "abcd?" if counts[k]), f"total={sum(counts.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
