#!/usr/bin/env python
"""Cross-validate (and optionally train) the incident-place chooser from labelled place candidates.

    DATABASE_URL=sqlite:////tmp/x.sqlite3 .venv/bin/python scripts/place_candidates.py \
        --out .cache/incident_places/realdev.json eval/realnews/dev eval/realnews/unseen
    DATABASE_URL=... .venv/bin/python scripts/place_candidates.py --out .cache/incident_places/written.json \
        ../shared/corpus/dev ../shared/seeds eval/heldout eval/heldout2 eval/heldout3 eval/heldout4 eval/heldout5
    .venv/bin/python scripts/train_incident_places.py .cache/incident_places/realdev.json \
        .cache/incident_places/written.json [--folds 5] [--labels-out DIR]

Each candidate (a place mention of a matched incident's sentences, marked as place_candidates.candidate_text()
gives it) is one example, labelled GOLD when its place is the gold incident's place. Folds are by article (the
two articles of a real-news pair together). For each matched incident with a candidate it compares, out of fold,
the rules' choice with the model's (the candidate of highest probability, taken only at or above a threshold,
else the rules'), and prints place accuracy over those incidents. eval/heldout6 is never read (the guard).
--labels-out writes each article's labels as offsets + sha256 (no text), for provenance.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from train_incident_sentences import train  # noqa: E402

CONFIG = ROOT / "scripts" / "incident_places.cfg"
LABEL, OTHER = "GOLD", "OTHER"


def load(paths: list[Path]) -> list[dict]:
    articles = []
    for path in paths:
        for article in json.loads(path.read_text()):
            if "heldout6" in article["folder"] or "unseen2" in article["folder"] or "unseen3" in article["folder"]:
                raise SystemExit(f"{article['folder']}: a guard or held-out part, not for training")
            article["incidents"] = [r for r in article["incidents"] if r["category"] != "unmatched"]
            articles.append(article)
    return articles


def unit_of(article: dict) -> str:
    source = ROOT / article["folder"] / f"{article['article']}.source.json"
    if source.exists():
        return json.loads(source.read_text()).get("pair") or article["article"]
    return article["folder"] + "/" + article["article"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dumps", nargs="+", type=Path)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--config", type=Path, default=CONFIG)
    parser.add_argument("--labels-out", type=Path)
    parser.add_argument("--without", nargs="*", default=[], help="features left out of the text (e.g. chosen)")
    parser.add_argument("--oof", type=Path, default=ROOT / ".cache" / "incident_places" / "oof.json")
    args = parser.parse_args()
    import spacy
    import train_incident_sentences as base

    articles = load(args.dumps)
    for a in articles:
        for r in a["incidents"]:
            for c in r["candidates"]:
                c["text"] = " ".join(w for w in c["text"].split() if w.rsplit("_", 1)[0] not in args.without)
    units = sorted({unit_of(a) for a in articles})
    fold_of_unit = {u: i % args.folds for i, u in enumerate(units)}
    fold = [fold_of_unit[unit_of(a)] for a in articles]
    base.LABEL, base.OTHER = LABEL, OTHER  # write_docbin's labels
    base.classifier_text = lambda text: text  # candidate texts are already in the model's form
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(args.folds):
            items = [
                (c["text"], c["label"])
                for a, f in zip(articles, fold, strict=True)
                if f != k
                for r in a["incidents"]
                for c in r["candidates"]
            ]
            model = spacy.load(train(items, Path(tmp) / f"fold{k}", args.config))
            for a, f in zip(articles, fold, strict=True):
                if f != k:
                    continue
                for r in a["incidents"]:
                    for c, doc in zip(r["candidates"], model.pipe(c["text"] for c in r["candidates"]), strict=True):
                        c["probability"] = round(doc.cats[LABEL], 4)
    args.oof.parent.mkdir(parents=True, exist_ok=True)
    args.oof.write_text(json.dumps(articles) + "\n")
    report(articles)
    if args.labels_out:
        write_labels(articles, args.labels_out)
    return 0


def report(articles: list[dict]) -> None:
    for part in ("realnews", "written", "all"):
        chosen = [
            a for a in articles if part == "all" or (part == "realnews") == a["folder"].startswith("eval/realnews")
        ]
        rows = [r for a in chosen for r in a["incidents"]]
        with_candidates = [r for r in rows if r["candidates"]]
        # As the scorer counts: an incident whose gold coding has no place is never correct.
        rows_ok = [r for r in rows if r["gold"]]
        rules = sum(r["category"] == "correct" for r in rows_ok)
        oracle = sum(r["category"] == "correct" or any(c["label"] for c in r["candidates"]) for r in rows_ok)
        print(f"{part}: {len(chosen)} articles, {len(rows)} matched incidents ({len(with_candidates)} with candidates)")
        print(f"  rules {rules}/{len(rows)}; any-candidate ceiling {oracle}/{len(rows)}")
        for threshold in (0.0, 0.5, 0.6, 0.7, 0.8, 0.9):
            model = 0
            for r in rows_ok:
                best = max(r["candidates"], key=lambda c: c["probability"], default=None)
                if best is not None and best["probability"] >= threshold:
                    model += best["label"]
                else:
                    model += r["category"] == "correct"
            print(f"  model at >= {threshold}: {model}/{len(rows)}")


def write_labels(articles: list[dict], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for a in articles:
        record = {
            "article": a["article"],
            "folder": a["folder"],
            "sha256": a["sha256"],
            "candidates": [
                {"incident": n, "start": c["start"], "end": c["end"], "gold": c["label"]}
                for n, r in enumerate(a["incidents"])
                for c in r["candidates"]
            ],
        }
        (out / f"{a['article']}.json").write_text(json.dumps(record, indent=0) + "\n")


if __name__ == "__main__":
    sys.exit(main())
