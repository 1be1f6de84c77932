#!/usr/bin/env python
"""Extraction documents for score.py --predictions, with the incident-sentence classifier on, off or out of fold.

    DATABASE_URL=sqlite:////tmp/is-eval.sqlite3 .venv/bin/python scripts/predict_incident_sentences.py \\
        --mode oof --out /tmp/oof eval/realnews/dev
    python ../shared/eval/score.py -v --predictions /tmp/oof eval/realnews/dev

--mode rules: the pipeline without the classifier (sentence probabilities absent, the rules alone);
--mode model: the pipeline as shipped (the installed model, which has seen every labelled dev article);
--mode oof: each labelled article's sentences get the probability of the fold model that did not see the
article (the file scripts/train_incident_sentences.py writes), the honest figure for the dev articles.
--incident overrides the threshold (sentence_facts.MODEL_INCIDENT) to choose it on out-of-fold predictions.
One process for all articles, same output as `manage.py ingest
--dry-run --format json`. Runs on the development folders only (dev/ and the retired unseen/ to unseen25/); it
refuses the held-out part (unseen26/ or a later one).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LABELS = ROOT / "eval" / "realnews" / "sentence_labels"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from realnews_cache import refuse_held_out  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--mode", choices=("rules", "model", "oof"), default="model")
    parser.add_argument("--oof", type=Path, default=ROOT / ".cache" / "incident_sentences" / "oof.json")
    parser.add_argument("--incident", type=float)
    parser.add_argument(
        "--sentences", action="store_true", help="also compare, per labelled sentence, the rules and the probabilities"
    )
    args = parser.parse_args()
    refuse_held_out(args.folders, "out-of-fold scoring (the lead scores it)")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    import hashlib

    from spacy.language import Language

    from incidents.extraction import segmentation, sentence_facts
    from incidents.extraction.pipeline import STAGES, build_pipeline, extract
    from incidents.extraction.reading import find_articles, read_path
    from incidents.services.gazetteer import DatabaseGazetteer

    if args.incident is not None:
        # segmentation imported the name, so its copy is set too (else its listed-places rule keeps the old bar)
        sentence_facts.MODEL_INCIDENT = segmentation.MODEL_INCIDENT = args.incident
    if args.mode == "rules":
        nlp = build_pipeline(tuple(s for s in STAGES if s != "incidents_sentence_scores"))
    elif args.mode == "model":
        nlp = build_pipeline()
    else:
        oof = json.loads(args.oof.read_text())
        by_sha = {}
        for path in LABELS.glob("*.json"):
            record = json.loads(path.read_text())
            rows = oof.get(record["article"], [])
            by_sha[record["sha256"]] = {(r["start"], r["end"]): r["probability"] for r in rows}

        def make(nlp, name):
            def component(doc):
                text = doc.user_data["source_text"]
                found = by_sha.get(hashlib.sha256(text.encode("utf-8")).hexdigest(), {})
                doc._.incident_probabilities = [found.get((s.start, s.end)) for s in doc._.sentences] or None
                return doc

            return component

        Language.factory("incidents_sentence_scores_oof", func=make)
        nlp = build_pipeline()
        nlp.replace_pipe("incidents_sentence_scores", "incidents_sentence_scores_oof")
    seen = []  # (sha256 of the text, the sentences' facts), kept by a last component when --sentences

    def keep(nlp, name):
        def component(doc):
            text = doc.user_data["source_text"]
            seen.append((hashlib.sha256(text.encode("utf-8")).hexdigest(), doc._.facts))
            return doc

        return component

    if args.sentences:
        Language.factory("keep_facts", func=keep)
        nlp.add_pipe("keep_facts")
    args.out.mkdir(parents=True, exist_ok=True)
    gazetteer = DatabaseGazetteer()
    for path in find_articles(args.folders):
        article = read_path(path)
        document = extract(article.text, article.meta, gazetteer, nlp=nlp)
        (args.out / f"{Path(path).name.removesuffix('.txt')}.json").write_text(json.dumps(document))
    if args.sentences:
        compare_sentences(seen, sentence_facts.MODEL_INCIDENT)
    return 0


def compare_sentences(seen, threshold: float) -> None:
    """Sentence P/R/F1 against the hand labels: the rules' eventful sentences, the classifier's above the
    threshold, and either (the classifier's only with some evidence: SentenceFacts.told_by_model)."""
    labels = {}
    for path in LABELS.glob("*.json"):
        record = json.loads(path.read_text())
        labels[record["sha256"]] = {(s["start"], s["end"]): s["incident"] for s in record["sentences"]}
    rows = []
    for sha, facts in seen:
        for fact in facts:
            label = labels.get(sha, {}).get((fact.start, fact.end))
            if label is not None:
                rules = not fact.aggregate and (fact.strength >= 4 or any(c.value > 0 for c in fact.counts))
                model = fact.probability is not None and fact.probability >= threshold
                rows.append((label, rules, model, rules or fact.told_by_model))
    for name, column in (("rules (eventful)", 1), (f"classifier >= {threshold}", 2), ("rules or classifier+evid.", 3)):
        tp = sum(r[0] and r[column] for r in rows)
        fp = sum(not r[0] and r[column] for r in rows)
        fn = sum(r[0] and not r[column] for r in rows)
        p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        print(f"{name:24} P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f}  ({len(rows)} sentences)")


if __name__ == "__main__":
    sys.exit(main())
