#!/usr/bin/env python
"""Train the incident-sentence classifiers from the hand labels and the real-news text cache.

    .venv/bin/python scripts/train_incident_sentences.py [--target incident|opens] [--cache DIR] [--folds 5]
        [--no-final] [--oof FILE]

--target incident (the default): does the sentence tell an incident (the label `incident`)?
--target opens: is it where the article first tells one (the label `opens` not empty)? Only the articles whose
label files carry `opens` links are read, and only the sentences after an article's first telling. This one is
measured, never installed: on the 172 development articles its out-of-fold sentence F1 was 0.43 at 0.3, and used in
segmentation (an eventful sentence at or above the threshold opens an incident the rules would not) it added 12
incidents at 0.5 and matched none (see eval/realnews/README.md).

1. Reads every eval/realnews/sentence_labels/NAME.json (offsets and labels of the development articles' sentences,
   written with scripts/incident_sentence_labels.py) and the cached NAME.txt whose sha256 it records.
2. Cross-validates by article: the articles (the two of a pair together, so one event is never on both sides)
   go round-robin into --folds folds; for each fold `spacy train` (scripts/incident_sentences.cfg, seed 0)
   learns on the other folds and predicts this fold's sentences. Prints sentence P/R/F1 of these out-of-fold
   predictions and writes them (offsets and probabilities, no text) to --oof, for choosing thresholds.
3. Unless --no-final, trains on every labelled article and installs the model in
   incidents/extraction/models/incident_sentences/ with a README.md of data, config, date and scores.

Needs the text cache (scripts/realnews_cache.py check); the installed model does not.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from incidents.extraction.incident_sentences import LABEL, MODEL_DIR, OTHER, classifier_text  # noqa: E402

CONFIG = ROOT / "scripts" / "incident_sentences.cfg"
CORPUS = ROOT / "eval" / "realnews"
LABELS = CORPUS / "sentence_labels"
THRESHOLD = 0.5


@dataclass(frozen=True)
class Target:
    """What a classifier learns: its label, where it is installed, and what a sentence's label file says of it."""

    name: str
    label: str
    model_dir: Path | None  # None: measured out of fold only, no model installed
    meaning: str  # for the README: "tells a violent incident"

    def of(self, item: dict) -> bool | None:
        """The sentence's label for this target; None when its file does not label it."""
        if self.name == "incident":
            return item["incident"]
        return bool(item["opens"]) if "opens" in item else None


TARGETS = {
    "incident": Target("incident", LABEL, MODEL_DIR, "tells a violent incident"),
    "opens": Target("opens", "OPENS", None, "is where the article first tells a violent incident (opens it)"),
}
sys.path.insert(0, str(Path(__file__).resolve().parent))
from realnews_cache import DEVELOPMENT_PARTS as PARTS  # noqa: E402  (dev/ and the retired held-out parts)


def load_examples(cache: Path, target: Target = TARGETS["incident"]) -> dict[str, list[tuple[int, int, str, bool]]]:
    """name -> [(start, end, sentence text, label)], from the label files (those that label the target) and their
    cached texts. For `opens` only the sentences after the article's first telling of an incident: the lead is
    opened by the rules, and what is learned is whether a later sentence tells another incident or goes on."""
    out = {}
    for path in sorted(LABELS.glob("*.json")):
        record = json.loads(path.read_text())
        if any(target.of(s) is None for s in record["sentences"]):
            continue
        text_file = cache / part_of(record["article"]) / f"{record['article']}.txt"
        if not text_file.exists():
            raise SystemExit(f"{record['article']}: text not in the cache ({text_file}); refill it first")
        data = text_file.read_bytes()
        if hashlib.sha256(data).hexdigest() != record["sha256"]:
            raise SystemExit(f"{record['article']}: cached text differs from the labelled one")
        text = data.decode("utf-8")
        sentences = record["sentences"]
        if target.name == "opens":
            first = next((i for i, s in enumerate(sentences) if s["opens"]), len(sentences))
            sentences = sentences[first + 1 :]
        out[record["article"]] = [(s["start"], s["end"], text[s["start"] : s["end"]], target.of(s)) for s in sentences]
    return out


def part_of(name: str) -> str:
    """The development folder an article is in."""
    found = next((part for part in PARTS if (CORPUS / part / f"{name}.source.json").exists()), None)
    if found is None:
        raise SystemExit(f"{name}: not in a development folder ({', '.join(PARTS)})")
    return found


def folds_of(names: list[str], folds: int) -> dict[str, int]:
    """Articles round-robin into folds, in name order, the two articles of a pair in one fold."""
    units: dict[str, list[str]] = {}
    for name in names:
        source = json.loads((CORPUS / part_of(name) / f"{name}.source.json").read_text())
        units.setdefault(source.get("pair") or name, []).append(name)
    ordered = sorted(units.values())
    return {name: i % folds for i, unit in enumerate(ordered) for name in unit}


def write_docbin(path: Path, items: list[tuple[str, bool]], label: str = LABEL) -> None:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("en")
    bin_ = DocBin()
    for text, incident in items:
        doc = nlp.make_doc(classifier_text(text))
        doc.cats = {label: float(incident), OTHER: float(not incident)}
        bin_.add(doc)
    bin_.to_disk(path)


def train(items: list, workdir: Path, config: Path = CONFIG, label: str = LABEL, writer=None) -> Path:
    """Runs `spacy train` on the items; the model of the last epoch. `writer(path, items, label)` writes the
    training file (default `write_docbin`: incident or not; scripts/measure_type_model.py passes its own)."""
    workdir.mkdir(parents=True, exist_ok=True)
    (writer or write_docbin)(workdir / "train.spacy", items, label)
    env = dict(os.environ, PYTHONHASHSEED="0")
    subprocess.run(  # noqa: S603 - this interpreter's spaCy, on files this script wrote
        [
            sys.executable,
            "-m",
            "spacy",
            "train",
            str(config),
            "--output",
            str(workdir / "out"),
            "--paths.train",
            str(workdir / "train.spacy"),
            "--paths.dev",
            str(workdir / "train.spacy"),
        ],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    return workdir / "out" / "model-last"


def scores(pairs: list[tuple[float, bool]], threshold: float = THRESHOLD) -> dict:
    tp = sum(p >= threshold and y for p, y in pairs)
    fp = sum(p >= threshold and not y for p, y in pairs)
    fn = sum(p < threshold and y for p, y in pairs)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3), "threshold": threshold}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--target", choices=sorted(TARGETS), default="incident")
    parser.add_argument("--cache", type=Path, default=Path(os.environ.get("REALNEWS_CACHE", CORPUS)))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--prefix", action="append", help="only the articles whose names start so (repeatable)")
    parser.add_argument("--no-final", action="store_true")
    parser.add_argument("--config", type=Path, default=CONFIG, help="another config, to compare (with --no-final)")
    parser.add_argument("--oof", type=Path, help="default: .cache/incident_sentences/oof[-opens].json")
    args = parser.parse_args()
    target = TARGETS[args.target]
    suffix = "" if target.name == "incident" else f"-{target.name}"
    args.oof = args.oof or ROOT / ".cache" / "incident_sentences" / f"oof{suffix}.json"
    import spacy

    examples = load_examples(args.cache, target)
    if args.prefix:
        examples = {n: rows for n, rows in examples.items() if n.startswith(tuple(args.prefix))}
    names = sorted(examples)
    fold = folds_of(names, args.folds)
    oof: dict[str, list[dict]] = {}
    pairs: list[tuple[float, bool]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(args.folds):
            training = [(t, y) for n in names if fold[n] != k for _, _, t, y in examples[n]]
            model = spacy.load(train(training, Path(tmp) / f"fold{k}", args.config, target.label))
            for name in (n for n in names if fold[n] == k):
                docs = model.pipe(classifier_text(t) for _, _, t, _ in examples[name])
                rows = [
                    {"start": a, "end": b, target.name: y, "probability": round(doc.cats[target.label], 4), "fold": k}
                    for (a, b, _, y), doc in zip(examples[name], docs, strict=True)
                ]
                oof[name] = rows
                pairs += [(r["probability"], r[target.name]) for r in rows]
        cv = scores(pairs)
        positives = sum(y for _, y in pairs)
        print(f"{len(names)} articles, {len(pairs)} sentences ({positives} {target.name}); {args.folds}-fold:")
        for threshold in (0.3, 0.5, 0.7, 0.8, 0.9):
            print(f"  out-of-fold at {threshold}: {scores(pairs, threshold)}")
        args.oof.parent.mkdir(parents=True, exist_ok=True)
        args.oof.write_text(json.dumps(oof, indent=0) + "\n")
        print(f"out-of-fold predictions: {args.oof}")
        if args.no_final or target.model_dir is None:
            return 0
        everything = [(t, y) for n in names for _, _, t, y in examples[n]]
        final = train(everything, Path(tmp) / "final", args.config, target.label)
        model = spacy.load(final)
        in_sample = [
            (doc.cats[target.label], y)
            for n in names
            for doc, (_, _, _, y) in zip(
                model.pipe(classifier_text(t) for _, _, t, _ in examples[n]), examples[n], strict=True
            )
        ]
        if target.model_dir.exists():
            shutil.rmtree(target.model_dir)
        shutil.copytree(final, target.model_dir)
    strip_strings(target.model_dir)
    forget_paths(target.model_dir)
    write_readme(target, names, len(pairs), positives, args.folds, cv, scores(in_sample))
    size = sum(p.stat().st_size for p in target.model_dir.rglob("*") if p.is_file())
    print(f"installed {target.model_dir} ({size} bytes)")
    return 0


def strip_strings(model_dir: Path) -> None:
    """The vocabulary's strings are the training texts' words: keep only a blank English pipeline's. The
    bag-of-words model reads hashes of the words, not these strings, so its predictions are unchanged."""
    import spacy

    blank = sorted(spacy.blank("en").vocab.strings)
    (model_dir / "vocab" / "strings.json").write_text(json.dumps(blank), encoding="utf-8")


def forget_paths(model_dir: Path) -> None:
    """The training files lived in a temporary folder: the installed config names none, so retraining gives the
    same bytes."""
    config = model_dir / "config.cfg"
    lines = config.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line.split(" = ")[0] + " = null\n" if line.startswith(("train = ", "dev = ")) else line for line in lines]
    config.write_text("".join(kept), encoding="utf-8")


def write_readme(target: Target, names, sentences, positives, folds, cv, in_sample) -> None:
    (target.model_dir / "README.md").write_text(
        f"""# Incident-sentence classifier

A spaCy {__import__("spacy").__version__} `textcat` (bag of words, unigrams; labels `{target.label}` and
`{OTHER}`) that gives the probability that a sentence {target.meaning}. Used by
`incidents/extraction/incident_sentences.py`; read it with `classifier_text()`.

- **Data**: {sentences} sentences ({positives} labelled {target.name}) of {len(names)} real-news development
  articles (`eval/realnews/dev` and the retired held-out parts {", ".join(f"`{p}/`" for p in PARTS[1:])}:
  {", ".join(names)}), labelled by hand against each article's gold coding; labels in
  `eval/realnews/sentence_labels/` (offsets and the text's sha256, no text). No article of a part still held out
  was read.
- **Config**: `scripts/incident_sentences.cfg` (seed 0, 12 epochs, the last epoch's model kept).
- **Training**: `.venv/bin/python scripts/train_incident_sentences.py --target {target.name}` with the text cache
  filled (`scripts/realnews_cache.py check`); trained {dt.date.today().isoformat()}.
- **Use**: the pipeline stage `incidents_sentence_scores` records each sentence's probability
  (`SentenceFacts.probability`); a sentence at or above `sentence_facts.MODEL_INCIDENT` with some evidence (an
  event word, a weapon, a count) can open the story's first incident and keeps an incident the rules would drop
  for lack of a strong word or a death (segmentation.py, incidents.py). The threshold was chosen on out-of-fold
  predictions (`scripts/predict_incident_sentences.py --mode oof`), not with this model.
- **Scores** (sentence level, threshold {THRESHOLD}): {folds}-fold cross-validation by article (a pair's two
  articles in one fold) P {cv["precision"]} / R {cv["recall"]} / F1 {cv["f1"]}; in-sample (the shipped model on
  its own training data, not an honest figure) P {in_sample["precision"]} / R {in_sample["recall"]} /
  F1 {in_sample["f1"]}.
"""
    )


if __name__ == "__main__":
    sys.exit(main())
