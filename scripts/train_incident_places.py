#!/usr/bin/env python
"""Cross-validate (and optionally train) the incident-place chooser from labelled place candidates.

    DATABASE_URL=sqlite:////tmp/x.sqlite3 .venv/bin/python scripts/place_candidates.py \
        --out .cache/incident_places/realdev.json eval/realnews/dev eval/realnews/unseen
    DATABASE_URL=... .venv/bin/python scripts/place_candidates.py --out .cache/incident_places/written.json \
        ../shared/corpus/dev ../shared/seeds eval/heldout eval/heldout2 eval/heldout3 eval/heldout4 eval/heldout5
    .venv/bin/python scripts/train_incident_places.py .cache/incident_places/realdev.json \
        .cache/incident_places/written.json [--folds 5] [--labels-out DIR]
    .venv/bin/python scripts/train_incident_places.py TRAIN.json --test VALIDATION.json [--model-out DIR]

Each candidate (a place mention of a matched incident's sentences, marked as place_candidates.candidate_text()
gives it) is one example, labelled GOLD when its place is the gold incident's place. Folds are by article (the
two articles of a real-news pair together). For each matched incident with a candidate it compares, out of fold,
the rules' choice with the model's (the candidate of highest probability, taken only at or above a threshold,
else the rules'), and prints place accuracy over those incidents. With --test, the model trained on all the
dumps (no folds) chooses for the test dumps' incidents instead (a validation part: only its figures are printed).
eval/heldout6 and the real-news held-out parts are never read (the guards).
--labels-out writes each article's labels as offsets + sha256 (no text), for provenance.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from realnews_cache import held_out  # noqa: E402
from train_incident_sentences import train  # noqa: E402

CONFIG = ROOT / "scripts" / "incident_places.cfg"
LABEL, OTHER = "GOLD", "OTHER"


def load(paths: list[Path]) -> list[dict]:
    articles = []
    for path in paths:
        for article in json.loads(path.read_text()):
            if "heldout6" in article["folder"] or held_out(ROOT / article["folder"]):
                raise SystemExit(f"{article['folder']}: a guard or held-out part, not for training")
            article["incidents"] = [r for r in article["incidents"] if r["category"] != "unmatched"]
            articles.append(article)
    return articles


def unit_of(article: dict) -> str:
    source = ROOT / article["folder"] / f"{article['article']}.source.json"
    if source.exists():
        return json.loads(source.read_text()).get("pair") or article["article"]
    return article["folder"] + "/" + article["article"]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dumps", nargs="+", type=Path)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--config", type=Path, default=CONFIG)
    parser.add_argument("--labels-out", type=Path)
    parser.add_argument("--without", nargs="*", default=[], help="features left out of the text (e.g. chosen)")
    parser.add_argument(
        "--oof", type=Path, help="where the predictions go (default oof.json, oof-test.json with --test)"
    )
    parser.add_argument("--test", nargs="*", type=Path, default=[], help="train on all the dumps, choose for these")
    parser.add_argument("--model-out", type=Path, help="with --test: keep the model trained on all the dumps")
    args = parser.parse_args(argv)
    if args.model_out and not args.test:
        parser.error("--model-out keeps the model a --test run trains on all the dumps: give --test")
    if args.oof is None:
        # a test run's predictions must not overwrite the out-of-fold dump of the cross-validation
        args.oof = ROOT / ".cache" / "incident_places" / ("oof-test.json" if args.test else "oof.json")
    return args


def main() -> int:
    args = parse_args()
    import spacy
    import train_incident_sentences as base

    articles = load(args.dumps)
    tests = load(args.test)
    if {a["folder"] for a in articles} & {a["folder"] for a in tests}:
        raise SystemExit("a folder is both in training and in the test")
    for a in articles + tests:
        for r in a["incidents"]:
            for c in r["candidates"]:
                c["text"] = " ".join(w for w in c["text"].split() if w.rsplit("_", 1)[0] not in args.without)
    base.LABEL, base.OTHER = LABEL, OTHER  # write_docbin's labels
    base.classifier_text = lambda text: text  # candidate texts are already in the model's form
    if tests:
        with tempfile.TemporaryDirectory() as tmp:
            items = [(c["text"], c["label"]) for a in articles for r in a["incidents"] for c in r["candidates"]]
            trained = train(items, Path(tmp) / "all", args.config, label=LABEL)
            choose(spacy.load(trained), tests)
            if args.model_out:
                shutil.copytree(trained, args.model_out, dirs_exist_ok=True)
        args.oof.parent.mkdir(parents=True, exist_ok=True)
        args.oof.write_text(json.dumps(tests) + "\n")
        report(tests)
        return 0
    units = sorted({unit_of(a) for a in articles})
    fold_of_unit = {u: i % args.folds for i, u in enumerate(units)}
    fold = [fold_of_unit[unit_of(a)] for a in articles]
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(args.folds):
            items = [
                (c["text"], c["label"])
                for a, f in zip(articles, fold, strict=True)
                if f != k
                for r in a["incidents"]
                for c in r["candidates"]
            ]
            model = spacy.load(train(items, Path(tmp) / f"fold{k}", args.config, label=LABEL))
            choose(model, [a for a, f in zip(articles, fold, strict=True) if f == k])
    args.oof.parent.mkdir(parents=True, exist_ok=True)
    args.oof.write_text(json.dumps(articles) + "\n")
    report(articles)
    if args.labels_out:
        write_labels(articles, args.labels_out)
    return 0


def choose(model, articles: list[dict]) -> None:
    """Each candidate's probability of being the gold place, by the model."""
    for a in articles:
        for r in a["incidents"]:
            for c, doc in zip(r["candidates"], model.pipe(c["text"] for c in r["candidates"]), strict=True):
                c["probability"] = round(doc.cats[LABEL], 4)


def report(articles: list[dict]) -> None:
    for part in ("realnews", "written", "all"):
        chosen = [
            a for a in articles if part == "all" or (part == "realnews") == a["folder"].startswith("eval/realnews")
        ]
        if not chosen:
            continue
        rows = [r for a in chosen for r in a["incidents"]]
        with_candidates = [r for r in rows if r["candidates"]]
        # As the scorer counts: an incident whose gold coding has no place is never correct.
        rows_ok = [r for r in rows if r["gold"]]
        rules = sum(r["category"] == "correct" for r in rows_ok)
        oracle = sum(r["category"] == "correct" or any(c["label"] for c in r["candidates"]) for r in rows_ok)
        print(f"{part}: {len(chosen)} articles, {len(rows)} matched incidents ({len(with_candidates)} with candidates)")
        print(f"  rules {rules}/{len(rows)}; any-candidate ceiling {oracle}/{len(rows)}")
        for threshold in (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95):
            model = gained = lost = 0
            for r in rows_ok:
                best = max(r["candidates"], key=lambda c: c["probability"], default=None)
                rules_right = r["category"] == "correct"
                model_right = best["label"] if best is not None and best["probability"] >= threshold else rules_right
                model += model_right
                gained += model_right and not rules_right
                lost += rules_right and not model_right
            print(f"  model at >= {threshold}: {model}/{len(rows)} (+{gained} -{lost} against the rules)")


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
