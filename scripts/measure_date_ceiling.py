#!/usr/bin/env python
"""How high the date attribute can go on a real-news part: gold dates no extractor can read.

    python ../shared/eval/score.py -v --predictions /tmp/pred FOLDERS > /tmp/scored.txt
    python scripts/measure_date_ceiling.py /tmp/scored.txt FOLDERS

Reads the scorer's verbose lines ("incident: matched ... date PRED/GOLD ...") and, for each matched
incident with a gold date, whether the article gives the gold year anywhere the extractor can read: the
sidecar's publication date, the text, or the url. When none does (an undated page whose coder knew the
year), no rule can get that date right. Prints those counts and the ceiling they put on date accuracy.
Development folders only: it reads texts and gold, so name no held-out part. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

MATCHED = re.compile(r"incident: matched .* date (?P<pred>\S+)/(?P<gold>\S+) fatalities")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def readable_years(folder: Path, name: str) -> tuple[bool, set[str]]:
    """Whether the page has a publication date, and the years its text and url write."""
    meta = json.loads((folder / f"{name}.meta.json").read_text(encoding="utf-8"))
    source = json.loads((folder / f"{name}.source.json").read_text(encoding="utf-8"))
    text = (folder / f"{name}.txt").read_text(encoding="utf-8")
    return bool(meta.get("published")), set(YEAR.findall(text)) | set(YEAR.findall(source.get("url", "")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scored", type=Path, help="score.py -v output")
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args()
    where = {path.name[: -len(".gold.json")]: folder for folder in args.folders for path in folder.glob("*.gold.json")}
    matched = unreadable = no_prediction = 0
    article = None
    for line in args.scored.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            article = line[3:].strip()
            continue
        found = MATCHED.search(line)
        if not found or article not in where:
            continue
        matched += 1
        no_prediction += found["pred"] == "None"
        if found["gold"] == "None":
            continue
        dated_page, years = readable_years(where[article], article)
        if not dated_page and found["gold"][:4] not in years:
            unreadable += 1
    if not matched:
        raise SystemExit("no matched incidents found: give score.py's -v output and the folders it scored")
    print(f"matched incidents {matched}; no predicted date {no_prediction}")
    print(f"gold year written nowhere the extractor reads (undated page, not in text or url): {unreadable}")
    print(f"date accuracy ceiling: {1 - unreadable / matched:.3f}")


if __name__ == "__main__":
    main()
