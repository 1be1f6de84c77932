#!/usr/bin/env python
"""Does a learned decision over group CANDIDATES generalise better than the group rules? (measurement only)

    DATABASE_URL=sqlite:////tmp/score-TAG.sqlite3 .venv/bin/python scripts/measure_learned_groups.py dump \
        eval/realnews/dev eval/realnews/unseen ... eval/realnews/unseen8
    .venv/bin/python scripts/measure_learned_groups.py cv

`dump` runs the extractor on every article (as scripts/predict_extractions.py does) and keeps, per article, the
extraction document and a candidate set: every group the rules output (a "rule" candidate: its names are the
scorer's names_of() of the output group), plus every span the rules did not make a group of (a "new" candidate,
clustered by folded text): spaCy NER ORG / NORP entities, the rules' own group and force mentions left without a
group, noun chunks headed by an organisation, force or armed-actor noun, and runs of capitalised words.
Each candidate carries a BOW text: its words, where it came from, and a window of words round its first mentions.

`cv` labels every candidate (positive: its folded names meet a gold group's, as score.py matches), measures the
ceiling (gold groups that some candidate matches), then leaves one development part out at a time, trains a spaCy
textcat (bag of words, as the incident-sentence classifier) on the other eight, and scores on the left-out part,
with the scorer's one-to-one greedy name matching: (a) the rules' groups, (b) the classifier alone over all
candidates, (c) the rules' groups with the classifier adding new candidates above a high threshold and vetoing
rule groups below a low one.

Result (measured on main at 1390a24; 9 development parts, 244 articles, 842 gold groups): NOT integrated.

Ceiling: of the gold groups, 676/760 = 0.889 on $DEV (the eight older parts) and 59/82 = 0.720 on unseen8 have a
candidate whose names meet theirs (the rules' groups alone: 0.864 and 0.683); 5186 candidates. Most gold groups no
candidate reaches are generic words coded under another name ("authorities", "U.S. officials", "Interior
Minister", "special forces", "mercenaries") or a shorter form than any span ("education ministry" inside
"Somalia's education ministry"). Only 23 of 4384 new candidates match a gold group that no rule group matches.

Group F1 on the left-out part (leave one part out; the scorer's greedy one-to-one name matching; (a) reproduces
score.py's group figures exactly):

    system                                dev unseen unseen2 unseen3 unseen4 unseen5 unseen6 unseen7 unseen8  mean
    (a) rules                            .912  .909   .897    .901    .783    .839    .870    .737    .738   .843
    (b) one model, all candidates, @0.3  .872  .830   .864    .897    .761    .806    .863    .714    .724   .814
    (b) two models (--split), @0.5       .910  .909   .885    .901    .783    .839    .874    .737    .735   .841
    (c) one model, add@0.8, veto@0.2     .912  .909   .902    .901    .789    .839    .870    .739    .738   .844
    (c) --split --ngram 2 --epochs 25,
        add@0.9, veto@0.4                .912  .909   .902    .894    .794    .832    .867    .730    .743   .843
    oracle veto (drop every rule FP)     .945  .968   .934    .917    .848    .886    .931    .808    .797   .893
    oracle add (+ the 23 useful new)     .915  .909   .909    .913    .824    .845    .892    .776    .758   .860

Pooled: (a) $DEV P .879 R .850 F1 .864, unseen8 P .821 R .671 F1 .738; best (c) $DEV .884/.849/.866, unseen8
unchanged. No setting gains the +0.02 mean F1 asked for (best +0.001). Without the role tags (perpetrator,
in an incident's evidence) (b) was .821 and (c) the same .843. The headroom is in vetoing rule groups (88 of 802
are extra), but those are mostly national forces and governments the coders named otherwise or left out (a
coding judgement a bag of words over name and context cannot see), and the few learnable ones ("ISIS-linked",
news agencies) cost as many true groups at any threshold. Adding is capped by the candidates (above).

    .venv/bin/python scripts/measure_learned_groups.py cv                      # one model, role tags
    .venv/bin/python scripts/measure_learned_groups.py cv --split --uncovered  # rule-veto and new-add models

Never reads eval/realnews/unseen9 (name the development folders explicitly).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, os.environ.get("SCORER_DIR", "/work/shared/eval"))  # score.py: fold, names_of

from incidents.extraction.vocabulary import word_set  # noqa: E402

WORK = ROOT / ".cache" / "learned_groups"
PARTS = ("dev", "unseen", "unseen2", "unseen3", "unseen4", "unseen5", "unseen6", "unseen7", "unseen8")

CHUNK_HEADS = word_set(
    "police army military forces force troops soldiers militants rebels insurgents gunmen group groups government "
    "authorities authority ministry agency department committee court party movement front organisation "
    "organization guard guards officials officers fighters jihadists terrorists separatists militia militias "
    "commission council administration command brigade battalion corps regiment unit office service services "
    "directorate prosecutors prosecutor tribunal parliament navy coastguard gendarmerie junta cartel gang "
    "network faction outfit wing"
)
CAPITAL_RUN = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’\-]*)(?:\s+(?:(?:of|the|for|and|al|el|de|e|i|ul)\s+)*[A-Z][\w'’\-]*)*"
)
WORD = re.compile(r"[\w'’\-]+")


def dump(args) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from score import fold, names_of

    from incidents.extraction import pipeline, reading
    from incidents.services import ingest as ingest_service

    captured = {}
    original = pipeline.build_document

    def keep(doc):
        captured["doc"] = doc
        return original(doc)

    pipeline.build_document = keep
    work = Path(args.work)
    (work / "pred").mkdir(parents=True, exist_ok=True)
    (work / "cands").mkdir(parents=True, exist_ok=True)
    for folder in args.folders:
        assert "unseen9" not in folder
        part = Path(folder).name
        items = reading.find_articles([folder])
        batch = ingest_service.BatchOptions(max_bytes=settings.INGEST_MAX_BYTES, dry_run=True)
        gazetteer = ingest_service.database_gazetteer()
        for item, outcome in ingest_service.articles_ingest(items, batch, gazetteer=gazetteer):
            name = Path(str(item)).stem
            document = outcome.document
            (work / "pred" / f"{name}.json").write_text(json.dumps(document, ensure_ascii=False, default=str))
            doc = captured.pop("doc")
            cands = candidates(doc, document, fold, names_of)
            (work / "cands" / f"{name}.json").write_text(json.dumps({"part": part, "candidates": cands}))
        print(part, len(items), file=sys.stderr)


def window(text: str, start: int, end: int, width: int = 4) -> str:
    left = WORD.findall(text[max(0, start - 80) : start])[-width:]
    right = WORD.findall(text[end : end + 80])[:width]
    return " ".join([f"L_{w.lower()}" for w in left] + [f"R_{w.lower()}" for w in right])


def bow(words: str, source: list[str], spans: list[tuple[int, int]], text: str, extra: list[str]) -> str:
    """The text the classifier reads: the candidate's words (lower case, digits as 0), tags, contexts."""
    cand = " ".join(f"W_{w.lower()}" for w in WORD.findall(words))
    shape = "CAPS" if words.isupper() else ("TITLE" if words[:1].isupper() else "LOWER")
    n = len(spans)
    count = "N1" if n == 1 else ("N2" if n == 2 else "N3PLUS")
    first = min(s for s, _ in spans)
    place = "EARLY" if first < 600 else "LATE"
    contexts = " ".join(window(text, s, e) for s, e in sorted(spans)[:3])
    tags = " ".join(f"SRC_{s}" for s in sorted(set(source)))
    return re.sub(r"\d+", "0", f"{cand} {tags} SHAPE_{shape} {count} {place} {' '.join(extra)} {contexts}")


def candidates(doc, document, fold, names_of) -> list[dict]:
    text = doc._.article_text
    out = []
    taken = []
    for group, g in zip(doc._.groups, document["groups"], strict=True):
        spans = [(m.start, m.end) for m in group.mentions]
        taken += spans
        sources = [f"rule_{m.source}" for m in group.mentions] + ["rule"]
        ners = [f"NER_{m.ner}" for m in group.mentions if m.ner]
        extra = [f"KIND_{group.kind}", "GAZ" if group.record else "NOGAZ"] + ners
        extra += [f"NAME_{w.lower()}" for w in WORD.findall(group.name)]
        out.append(
            {
                "rule": True,
                "names": sorted(names_of(g, text)),
                "display": group.name,
                "spans": spans,
                "key": g["key"],
                "text": bow(
                    " ".join(m.text for m in group.mentions[:1]) or group.name, sources, spans or [(0, 0)], text, extra
                ),
            }
        )
    found: dict[str, dict] = {}

    def add(start: int, end: int, source: str) -> None:
        words = text[start:end].strip()
        words = re.sub(r"^(?:the|a|an|its|their|his|her)\s+", "", words, flags=re.I)
        start = end - len(words) if words else start
        if not words or any(start < e and s < end for s, e in taken):
            return
        key = fold(words)
        if not key or len(key) < 2:
            return
        entry = found.setdefault(key, {"words": words, "spans": set(), "sources": set()})
        entry["spans"].add((start, end))
        entry["sources"].add(source)

    for ent in doc.ents:
        if ent.label_ in ("ORG", "NORP"):
            add(ent.start_char, ent.end_char, f"ner_{ent.label_}")
    for m in doc._.mentions.items:
        if m.kind in ("group", "generic_force") and m.group is None:
            add(m.start, m.end, f"mention_{m.kind}_{m.source}")
    for chunk in doc.noun_chunks:
        if chunk.root.lower_ in CHUNK_HEADS:
            add(chunk.start_char, chunk.end_char, "chunk")
    for run in CAPITAL_RUN.finditer(text):
        words = run.group()
        if len(words) >= 2 and not (
            len(words.split()) == 1 and run.start() > 0 and text[run.start() - 2 : run.start()].strip() in ("", ".")
        ):
            add(run.start(), run.end(), "caps")
    for key, entry in found.items():
        spans = sorted(entry["spans"])
        out.append(
            {
                "rule": False,
                "names": sorted({fold(text[s:e]) for s, e in spans} | {key}),
                "display": entry["words"],
                "spans": spans,
                "text": bow(entry["words"], list(entry["sources"]), spans, text, []),
            }
        )
    return out


# ---------------------------------------------------------------- cross-validation


def load(work: Path, uncovered_only: bool = False):
    from score import names_of

    articles = {}
    for path in sorted((work / "cands").glob("*.json")):
        record = json.loads(path.read_text())
        name = path.stem
        part = record["part"]
        gold = json.loads((ROOT / "eval" / "realnews" / part / f"{name}.gold.json").read_text())
        gold_names = [names_of(g, None) for g in gold.get("groups") or []]
        document = json.loads((work / "pred" / f"{name}.json").read_text())
        for c in record["candidates"]:
            c["label"] = any(set(c["names"]) & gn for gn in gold_names)
            c["text"] += " " + " ".join(role_tags(c, document))
        # A new candidate is worth adding only for a gold group that no rule group already matches (else it is a
        # duplicate, an extra group to the scorer).
        uncovered = [
            gn for gn in gold_names if not any(set(c["names"]) & gn for c in record["candidates"] if c["rule"])
        ]
        for c in record["candidates"]:
            c["adds"] = not c["rule"] and any(set(c["names"]) & gn for gn in uncovered)
            if uncovered_only and not c["rule"]:
                c["label"] = c["adds"]
        articles[name] = {"part": part, "cands": record["candidates"], "gold": gold_names}
    return articles


def role_tags(candidate: dict, document: dict) -> list[str]:
    """What the extracted incidents say of the candidate: a perpetrator of one, named in an incident's evidence,
    how many mentions."""
    tags = []
    if any(candidate.get("key") in i["perpetrators"] for i in document["incidents"]):
        tags.append("ROLE_perpetrator")
    evidence = [(e["start"], e["end"]) for i in document["incidents"] for e in i["evidence"]]
    inside = sum(any(a <= s < b for a, b in evidence) for s, _ in candidate["spans"])
    tags.append("EVID_yes" if inside else "EVID_no")
    if not document["incidents"]:
        tags.append("NO_INCIDENTS")
    return tags


def match_count(pred_names: list[set], gold_names: list[set]) -> int:
    """score.py's greedy one-to-one match: the number of pairs."""
    pairs = sorted(
        ((len(p & g), i, j) for i, p in enumerate(pred_names) for j, g in enumerate(gold_names) if p & g),
        key=lambda t: -t[0],
    )
    used_p, used_g, n = set(), set(), 0
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            n += 1
    return n


def prf(tp, n_p, n_g):
    p = tp / n_p if n_p else 0.0
    r = tp / n_g if n_g else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def make_textcat(ngram: int):
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe(
        "textcat",
        config={
            "threshold": 0.0,
            "model": {
                "@architectures": "spacy.TextCatBOW.v3",
                "exclusive_classes": True,
                "ngram_size": ngram,
                "no_output_layer": False,
                "length": 262144,
            },
        },
    )
    return nlp


def train(items: list[tuple[str, bool]], epochs: int, ngram: int, seed: int = 0):
    import random

    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = make_textcat(ngram)
    examples = []
    for text, label in items:
        doc = nlp.make_doc(text)
        examples.append(Example.from_dict(doc, {"cats": {"GROUP": float(label), "OTHER": float(not label)}}))
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=64):
            nlp.update(batch, sgd=optimizer, drop=0.1)
    return nlp


def cv(args) -> None:
    articles = load(Path(args.work), args.uncovered)
    # Ceiling.
    for label, parts in (("DEV", PARTS[:-1]), ("unseen8", PARTS[-1:])):
        n_g = covered = rule_cov = 0
        for a in articles.values():
            if a["part"] not in parts:
                continue
            for gn in a["gold"]:
                n_g += 1
                covered += any(set(c["names"]) & gn for c in a["cands"])
                rule_cov += any(set(c["names"]) & gn for c in a["cands"] if c["rule"])
        n_c = sum(len(a["cands"]) for a in articles.values() if a["part"] in parts)
        print(
            f"ceiling {label}: {covered}/{n_g} = {covered / n_g:.3f} gold groups have a candidate "
            f"(rules' groups alone {rule_cov / n_g:.3f}); {n_c} candidates"
        )
    # Probabilities out of part.
    kinds = ((True,), (False,)) if args.split else ((True, False),)
    for part in PARTS:
        for kind in kinds:
            training = [
                (c["text"], c["label"])
                for a in articles.values()
                if a["part"] != part
                for c in a["cands"]
                if c["rule"] in kind
            ]
            model = train(training, args.epochs, args.ngram)
            for a in articles.values():
                if a["part"] == part:
                    cands = [c for c in a["cands"] if c["rule"] in kind]
                    for c, doc in zip(cands, model.pipe(c["text"] for c in cands), strict=True):
                        c["p"] = doc.cats["GROUP"]
    systems = {
        "a rules": lambda c: c["rule"],
        "oracle veto": lambda c: c["rule"] and c["label"],
        "oracle add": lambda c: c["rule"] or c["adds"],
    }
    for t in args.alone:
        systems[f"b alone@{t}"] = lambda c, t=t: c["p"] >= t
    for add in args.add:
        for veto in args.veto:
            systems[f"c add@{add} veto@{veto}"] = lambda c, add=add, veto=veto: (
                (c["rule"] and c["p"] >= veto) or (not c["rule"] and c["p"] >= add)
            )
    header = f"{'system':24}" + "".join(f"{p:>9}" for p in PARTS) + "   mean-F1  DEV(P/R/F1)        unseen8(P/R/F1)"
    print(header)
    for label, keep in systems.items():
        cells, f1s = [], []
        pooled = {"DEV": [0, 0, 0], "unseen8": [0, 0, 0]}
        for part in PARTS:
            tp = n_p = n_g = 0
            for a in articles.values():
                if a["part"] != part:
                    continue
                chosen = [set(c["names"]) for c in a["cands"] if keep(c)]
                tp += match_count(chosen, a["gold"])
                n_p += len(chosen)
                n_g += len(a["gold"])
            f1 = prf(tp, n_p, n_g)[2]
            f1s.append(f1)
            cells.append(f"{f1:9.3f}")
            key = "unseen8" if part == "unseen8" else "DEV"
            for i, v in enumerate((tp, n_p, n_g)):
                pooled[key][i] += v
        d, u = prf(*pooled["DEV"]), prf(*pooled["unseen8"])
        print(
            f"{label:24}" + "".join(cells) + f"   {sum(f1s) / len(f1s):.3f}   "
            f"{d[0]:.3f}/{d[1]:.3f}/{d[2]:.3f}  {u[0]:.3f}/{u[1]:.3f}/{u[2]:.3f}"
        )
    if args.show:
        for name, a in sorted(articles.items()):
            if a["part"] == args.show:
                for c in sorted(a["cands"], key=lambda c: -c["p"]):
                    if c["p"] >= 0.3 or c["rule"] or c["label"]:
                        print(
                            f"{name} {'R' if c['rule'] else 'n'} {'+' if c['label'] else '-'} {c['p']:.2f}",
                            c["display"],
                        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--work", default=str(WORK))
    d.add_argument("folders", nargs="+")
    c = sub.add_parser("cv")
    c.add_argument("--work", default=str(WORK))
    c.add_argument("--epochs", type=int, default=12)
    c.add_argument("--ngram", type=int, default=1)
    c.add_argument("--alone", type=float, nargs="*", default=[0.3, 0.5, 0.7])
    c.add_argument("--add", type=float, nargs="*", default=[0.7, 0.8, 0.9])
    c.add_argument("--veto", type=float, nargs="*", default=[0.0, 0.05, 0.1, 0.2])
    c.add_argument(
        "--uncovered",
        action="store_true",
        help="a new candidate is positive only if no rule group matches its gold group",
    )
    c.add_argument("--split", action="store_true", help="one model for the rules' groups, one for new candidates")
    c.add_argument("--show", help="print one part's candidates with their probabilities")
    args = parser.parse_args()
    dump(args) if args.command == "dump" else cv(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
