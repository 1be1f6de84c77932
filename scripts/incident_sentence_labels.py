#!/usr/bin/env python
"""Hand labels of incident sentences in the real-news dev articles: show an article's sentences, write labels.

    .venv/bin/python scripts/incident_sentence_labels.py show NAME [--cache DIR]
    .venv/bin/python scripts/incident_sentence_labels.py write NAME POSITIVES [--cache DIR]
    .venv/bin/python scripts/incident_sentence_labels.py opens NAME SPEC [--cache DIR]
    .venv/bin/python scripts/incident_sentence_labels.py check [--cache DIR]

`show` prints the article's gold incidents and its sentences numbered, as the extractor splits them
(incident_sentences.reading_sentences). `write` labels sentence numbers POSITIVES ("3,5,12", or "-" for none)
as incidents and every other sentence as not, into eval/realnews/sentence_labels/NAME.json: the text's sha256
and each sentence's character offsets and label, never the text (it belongs to its publisher). `check` verifies
every label file against the cached texts: the hash matches and each labelled span is one of the text's sentences.

A sentence is an incident sentence when it tells a violent incident coded in the article's gold: the lead
event, a background attack told in a clause, a roundup item, a caption that places an attack. Reactions,
context, aggregates and statistics, policy and page furniture are not.

`opens` links sentences to the gold incidents they tell first, for the "opens another incident" classifier
(`scripts/train_incident_sentences.py --target opens`, measured out of fold, not shipped): SPEC "4:0,9:1+2" says
sentence 4 is where gold incident 0 (its position in the gold file's `incidents`) is first told, sentence 9 where
incidents 1 and 2 are; each such sentence gets `"opens": [ids]`, every other sentence `"opens": []`. A gold incident
told only in the headline (masked, so no sentence) is not listed. `show` marks the sentences labelled incident
with `*` and prints the links already written.

Only development articles are labelled (dev/ and the retired unseen/ to unseen25/, `incident` and `opens` for all of
them): the held-out parts (unseen26/, unseen27/) stay unread. Texts come from the
git-ignored cache
(scripts/realnews_cache.py), by default beside the sidecars; --cache points at another checkout's
eval/realnews when the texts were refilled there.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "eval" / "realnews"
LABELS = CORPUS / "sentence_labels"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from realnews_cache import DEVELOPMENT_PARTS as LABELLED_PARTS  # noqa: E402


def part_of(name: str) -> str | None:
    """The development part an article is in (None for a held-out or unknown article)."""
    return next((part for part in LABELLED_PARTS if (CORPUS / part / f"{name}.source.json").exists()), None)


def text_path(name: str, cache: Path) -> Path:
    return cache / part_of(name) / f"{name}.txt"


def read_text(name: str, cache: Path) -> str | None:
    path = text_path(name, cache)
    if not path.exists():
        return None
    data = path.read_bytes()
    expected = json.loads((CORPUS / part_of(name) / f"{name}.source.json").read_text())["sha256"]
    if hashlib.sha256(data).hexdigest() != expected:
        return None
    return data.decode("utf-8")


def title_of(name: str) -> str | None:
    return json.loads((CORPUS / part_of(name) / f"{name}.meta.json").read_text()).get("title")


def dev_names() -> list[str]:
    found = (p.name[: -len(".source.json")] for part in LABELLED_PARTS for p in (CORPUS / part).glob("*.source.json"))
    return sorted(found)


def sentences_of(name: str, text: str):
    sys.path.insert(0, str(ROOT))
    from incidents.extraction.incident_sentences import reading_sentences

    return reading_sentences(text, title_of(name))


def label_record(name: str, text: str, spans: list[tuple[int, int]], positives: set[int]) -> dict:
    return {
        "article": name,
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "sentences": [{"start": start, "end": end, "incident": i in positives} for i, (start, end) in enumerate(spans)],
    }


def with_opens(record: dict, links: dict[int, list[int]]) -> dict:
    """The record with each sentence's `opens`: the gold incidents first told there (`links`: sentence number ->
    incident ids). The `incident` label is left as written: a claim of responsibility can be where an attack is
    first named, yet it is not an incident sentence."""
    for i, item in enumerate(record["sentences"]):
        item["opens"] = sorted(links.get(i, []))
    return record


def parse_opens(spec: str) -> dict[int, list[int]]:
    """ "4:0,9:1+2" -> {4: [0], 9: [1, 2]}."""
    links: dict[int, list[int]] = {}
    for part in filter(None, spec.split(",")):
        sentence, ids = part.split(":")
        links.setdefault(int(sentence), []).extend(int(x) for x in ids.split("+"))
    return links


def problems(record: dict, text: str, spans: list[tuple[int, int]], incidents: int | None = None) -> list[str]:
    """What is wrong with a label file against its text and the text's sentences (empty when all is well);
    `incidents`: how many the gold codes, to check the `opens` links against."""
    out = []
    if record["sha256"] != hashlib.sha256(text.encode("utf-8")).hexdigest():
        out.append("sha256 differs from the text's")
    known = set(spans)
    linked: list[int] = []
    for item in record["sentences"]:
        linked += item.get("opens", [])
        if set(item) - {"opens"} != {"start", "end", "incident"}:
            out.append(f"unexpected fields {sorted(item)}")
        elif (item["start"], item["end"]) not in known:
            out.append(f"span {item['start']}-{item['end']} is not one of the text's sentences")
    if len(linked) != len(set(linked)):
        out.append("a gold incident is opened twice")
    if incidents is not None and any(not 0 <= k < incidents for k in linked):
        out.append("an opens link names no gold incident")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("show", "write", "opens", "check"))
    parser.add_argument("name", nargs="?")
    parser.add_argument("positives", nargs="?")
    parser.add_argument("--cache", type=Path, default=Path(os.environ.get("REALNEWS_CACHE", CORPUS)))
    args = parser.parse_args()
    if args.command == "check":
        bad = 0
        for path in sorted(LABELS.glob("*.json")):
            record = json.loads(path.read_text())
            text = read_text(record["article"], args.cache)
            if text is None:
                print(f"no text  {record['article']}")
                continue
            spans = [(s.start, s.end) for s in sentences_of(record["article"], text)]
            gold = json.loads((CORPUS / part_of(record["article"]) / f"{record['article']}.gold.json").read_text())
            found = problems(record, text, spans, len(gold["incidents"]))
            bad += bool(found)
            print(f"{'BAD' if found else 'ok'}      {record['article']} {'; '.join(found)}")
        return 1 if bad else 0
    if args.name not in dev_names():
        raise SystemExit(f"{args.name}: not a development article ({', '.join(LABELLED_PARTS)})")
    text = read_text(args.name, args.cache)
    if text is None:
        raise SystemExit(f"{args.name}: text missing from the cache or altered")
    sentences = sentences_of(args.name, text)
    if args.command == "show":
        gold = json.loads((CORPUS / part_of(args.name) / f"{args.name}.gold.json").read_text())
        for k, incident in enumerate(gold["incidents"]):
            print(
                f"GOLD {k} {incident.get('date')} {incident.get('type')} {incident.get('location')} "
                f"{incident.get('fatalities')}: {incident.get('summary')}"
            )
        path = LABELS / f"{args.name}.json"
        stored = json.loads(path.read_text())["sentences"] if path.exists() else []
        marks = {(x["start"], x["end"]): x for x in stored}
        for s in sentences:
            item = marks.get((s.start, s.end), {})
            flag = ("*" if item.get("incident") else " ") + (f"{item['opens']}" if item.get("opens") else "")
            print(f"[{s.index}]{flag} {' '.join(s.text(text).split())}")
        return 0
    if args.command == "opens":
        path = LABELS / f"{args.name}.json"
        if not path.exists():
            raise SystemExit(f"{args.name}: write its incident labels first")
        record = with_opens(json.loads(path.read_text()), parse_opens(args.positives or ""))
        gold = json.loads((CORPUS / part_of(args.name) / f"{args.name}.gold.json").read_text())
        found = problems(record, text, [(s.start, s.end) for s in sentences], len(gold["incidents"]))
        if found:
            raise SystemExit(f"{args.name}: {'; '.join(found)}")
        path.write_text(json.dumps(record, indent=1) + "\n")
        print(f"{args.name}: {sum(bool(x['opens']) for x in record['sentences'])} sentences open a gold incident")
        return 0
    positives = set() if args.positives in (None, "-") else {int(x) for x in args.positives.split(",")}
    if positives - set(range(len(sentences))):
        raise SystemExit(f"no sentence {sorted(positives - set(range(len(sentences))))}")
    LABELS.mkdir(exist_ok=True)
    record = label_record(args.name, text, [(s.start, s.end) for s in sentences], positives)
    (LABELS / f"{args.name}.json").write_text(json.dumps(record, indent=1) + "\n")
    print(f"{args.name}: {len(positives)} of {len(sentences)} sentences labelled incident")
    return 0


if __name__ == "__main__":
    sys.exit(main())
