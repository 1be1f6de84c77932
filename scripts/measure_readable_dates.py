#!/usr/bin/env python
"""How many coded incident dates can be read from the page at all? (a measurement, not a test)

    python scripts/measure_readable_dates.py FOLDER ... [--predictions DIR --scorer ../shared/eval/score.py]

The coding conventions (eval/realnews/README.md, "Dates") keep an event's true date in the gold even when the
page gives no publication day: the coder knew it from the pair's other report or from the event itself. An
extractor that reads only the page cannot give such a date, and should not (it reports null). This script
measures that ceiling, from the gold files and the cached texts only. A gold date counts as readable when:

- it is null (null is then the right answer), or the page has a publication day (its NAME.meta.json `published`):
  weekdays and "yesterday" resolve against it;
- otherwise its year is written in the text or the url, and, for a month or a day, its month is too (a month's
  name or abbreviation, a numeric date, or `/YYYY/MM/` in the url), and, for a day, its day beside its month (or the
  whole date in the url).

This is generous (the year may be written for another event), so the share is an upper bound on what any
extractor reading only the page can get right. With --predictions (a folder of extraction documents, as
scripts/predict_extractions.py writes them) the scorer named by --scorer pairs incidents as it does when scoring,
and the date accuracy on matched incidents is split into readable and unreadable gold dates (counts only).

Measured on 2026-12-05 (stop 30): development (268 articles, 103 without a publication day): 441 of 563 gold dates
readable (0.783), and the extractor right on 349 of the 362 matched incidents whose date is readable, 6 of 97 whose
date is not. Held-out unseen10 (24 articles, 10 without a day): 32 of 50 readable (0.640); held-out unseen11 (24
articles, 19 without a day): 26 of 51 (0.510). A date target of 0.80 cannot be met on such parts.
"""

from __future__ import annotations

import argparse
import ast
import calendar
import importlib.util
import json
import re
import sys
from pathlib import Path


def readable(date: str | None, text: str, meta: dict) -> bool:
    """Whether the page (text, url, publication day) lets a reader give this gold date (see the module's rules)."""
    if not date or meta.get("published"):
        return True
    parts = date.split("-")
    year, url = parts[0], meta.get("url") or ""
    if year not in text and year not in url:
        return False
    if len(parts) == 1:
        return True
    month = int(parts[1])
    name = calendar.month_name[month]
    numeric = rf"\b\d{{1,2}}[/.]0?{month}[/.]{year}\b|\b{year}-{parts[1]}\b"
    in_url = re.search(rf"{year}[/_-]?{parts[1]}", url)
    if not (in_url or name in text or re.search(rf"\b{name[:3]}\b", text) or re.search(numeric, text)):
        return False
    if len(parts) == 2:
        return True
    day = int(parts[2])
    if re.search(rf"{year}[/_-]?{parts[1]}[/_-]?{parts[2]}", url):
        return True
    months = rf"(?:{name}|{name[:3]}\.?)"
    spelled = rf"\b{months}\s+{day}\b|\b{day}(?:st|nd|rd|th)?\s+(?:of\s+)?{months}"
    return bool(re.search(rf"{spelled}|\b0?{day}[/.]0?{month}[/.]{year}\b", text))


def articles(folders: list[str]):
    """(name, text, meta, gold) of every coded article with its text in the cache."""
    for folder in folders:
        for gold_path in sorted(Path(folder).glob("*.gold.json")):
            name = gold_path.name.removesuffix(".gold.json")
            text_path = gold_path.with_name(name + ".txt")
            if not text_path.exists():
                print(f"skipped {name}: no text in the cache", file=sys.stderr)
                continue
            meta_path = gold_path.with_name(name + ".meta.json")
            meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
            yield name, text_path.read_text(encoding="utf-8"), meta, json.loads(gold_path.read_text())


def violent(gold: dict) -> list[dict]:
    return [i for i in gold.get("incidents") or [] if i.get("type") != "non_violent_development"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--predictions", help="folder of NAME.json extraction documents")
    parser.add_argument("--scorer", default="../shared/eval/score.py", help="the scorer whose matching to use")
    args = parser.parse_args()

    pages = undated = total = ok = 0
    split = {True: [0, 0], False: [0, 0]}  # readable -> [right, matched]
    scorer = _load_scorer(args.scorer) if args.predictions else None
    for name, text, meta, gold in articles(args.folders):
        pages += 1
        undated += not meta.get("published")
        incidents = violent(gold)
        flags = [readable(i.get("date"), text, meta) for i in incidents]
        total += len(flags)
        ok += sum(flags)
        if scorer:
            _split_matched(scorer, name, text, gold, incidents, flags, Path(args.predictions), split)
    print(f"pages {pages} (without a publication day {undated}); gold incidents {total}")
    print(f"gold dates readable from the page: {ok} = {ok / max(total, 1):.3f}")
    if scorer:
        for flag, label in ((True, "readable"), (False, "unreadable")):
            right, n = split[flag]
            print(f"matched incidents whose gold date is {label}: {n}, date right {right} = {right / max(n, 1):.3f}")
    return 0


def _load_scorer(path: str):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _split_matched(scorer, name, text, gold, incidents, flags, predictions: Path, split) -> None:
    """Pair this article's incidents as the scorer does (its verbose lines name each matched gold summary)."""
    pred_path = predictions / f"{name}.json"
    if not pred_path.exists():
        return
    run = scorer.Scorer()
    run.article(name, text, gold, json.loads(pred_path.read_text()), verbose=True)
    by_summary = {}
    for incident, flag in zip(incidents, flags, strict=True):
        by_summary.setdefault(incident.get("summary", "")[:70], []).append((incident, flag))
    for line in run.lines:
        found = re.search(r"incident: matched (?P<summary>'.*'|\".*\") type .* date (\S+)/(\S+) fatalities", line)
        if not found:
            continue
        summary = ast.literal_eval(found.group("summary"))  # the scorer prints the repr() of a str
        candidates = by_summary.get(summary) or []
        if not candidates:
            continue
        incident, flag = candidates.pop(0)
        predicted = None if found.group(2) == "None" else found.group(2)
        split[flag][0] += scorer.date_correct(predicted, incident.get("date"))
        split[flag][1] += 1


if __name__ == "__main__":
    sys.exit(main())
