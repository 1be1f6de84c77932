#!/usr/bin/env python
"""Measure cross-source merging on the real-news pairs (not a test): did each pair become one incident?

    .venv/bin/python scripts/measure_real_pairs.py [FOLDER ...] [--root eval/realnews] [--db PATH] [--reverse]
        [--no-details]

Every article of the corpus (each NAME.txt with its NAME.source.json, in every folder
under --root: dev, unseen, all prefixes; or only in the FOLDERs named, so that a
held-out part can be left out) is ingested, in name order (--reverse: the
opposite order), into a fresh SQLite database: the script creates it (default: a new
file in a temporary folder; --db must not exist yet), migrates it and loads the
gazetteer and the groups list first, so any DATABASE_URL in the environment is ignored.
Two articles form a pair when their sidecars carry the same "pair" id.

It prints, for each pair, whether an incident on record cites both articles (merged),
only flags one as a possible duplicate of the other (flagged), or neither (apart, with
each article's incidents so the cause can be seen; --no-details leaves them out, for a
part whose errors must stay unread); then every incident citing articles that are not one
pair, split by the codings: a cross-article merge of one real event when every article it
cites codes an incident in the same country on a near date (a day apart, or one date inside
the other: two reports telling the Paris attacks of November 2015 as background, say), a
false merge otherwise. The texts must be in the cache first
(`scripts/realnews_cache.py check`); an article without its text is skipped and named.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT / "eval" / "realnews"


def corpus_articles(*roots: Path) -> tuple[list[Path], dict[str, str], list[str]]:
    """Article texts to ingest, article name -> pair id, and the names whose text is missing, from every
    folder under each root."""
    texts, pairs, missing = [], {}, []
    for source_path in sorted(path for root in roots for path in root.rglob("*.source.json")):
        name = source_path.name[: -len(".source.json")]
        source = json.loads(source_path.read_text(encoding="utf-8"))
        text = source_path.with_name(name + ".txt")
        if not text.exists():
            missing.append(name)
            continue
        texts.append(text)
        if source.get("pair"):
            pairs[name] = source["pair"]
    return texts, pairs, missing


def judge(cited: dict[int, set[str]], pair_of: dict[str, str]) -> tuple[dict[str, list[int]], list[int]]:
    """Incidents citing both articles of each pair, and incidents citing articles of different pairs.

    `cited` maps an incident id to the article names among its sources; `pair_of` maps an
    article name to its pair id (articles in no pair are absent).
    """
    members: dict[str, set[str]] = defaultdict(set)
    for name, pair in pair_of.items():
        members[pair].add(name)
    merged = {
        pair: sorted(pk for pk, names in cited.items() if len(group) == 2 and group <= names)
        for pair, group in members.items()
    }
    # An article in no pair stands for itself, so it never shares a key with another article.
    false = sorted(pk for pk, names in cited.items() if len({pair_of.get(n) or n for n in names}) > 1)
    return merged, false


def _dates_near(a: str | None, b: str | None) -> bool:
    """Two dates of one event: days at most one apart (a night attack is coded on either day, and reports differ
    by a time zone), or one date inside the other ("2015-11-13" and "2015-11")."""
    if not a or not b:
        return False
    if len(a) == len(b) == 10:
        return abs(datetime.date.fromisoformat(a) - datetime.date.fromisoformat(b)).days <= 1
    return a.startswith(b) or b.startswith(a)


def one_coded_event(day: str | None, country: str, codings: list[list[dict]]) -> bool:
    """Whether the articles' codings (one list of coded incidents per cited article) all hold one event in
    `country` near `day`: a coded incident of the first article whose date is near `day` and near a coded incident
    of every other article in that country. The merged incident then joins reports of one real event, not a false
    merge. An undated incident, or an article with no coding, proves nothing."""
    if not day or not country or not codings:
        return False
    for anchor in codings[0]:
        if anchor.get("country") != country or not _dates_near(day, anchor.get("date")):
            continue
        if all(
            any(g.get("country") == country and _dates_near(anchor["date"], g.get("date")) for g in incidents)
            for incidents in codings[1:]
        ):
            return True
    return False


def coded_incidents(text: Path) -> list[dict]:
    """The incidents of an article's gold coding (NAME.gold.json beside NAME.txt), or none."""
    gold = text.with_name(text.stem + ".gold.json")
    if not gold.exists():
        return []
    return json.loads(gold.read_text(encoding="utf-8")).get("incidents") or []


def prepare_database(path: Path) -> None:
    """Point Django at a new SQLite file and fill it with the reference data."""
    os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.core.management import call_command

    # The loaders' progress would drown the report.
    with open(os.devnull, "w") as quiet:
        call_command("migrate", interactive=False, verbosity=0, stdout=quiet)
        call_command("load_gazetteer", stdout=quiet)
        call_command("load_groups", stdout=quiet)


def natural(text: str) -> list:
    """Sort key that puts pair-a2 before pair-a10."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]


def describe(incident) -> str:
    place = incident.location.name if incident.location_id else "no place"
    day = incident.date_start.isoformat() if incident.date_start else "undated"
    if incident.date_precision and incident.date_precision != "day" and incident.date_start:
        day += f" ({incident.date_precision})"
    deaths = "?" if incident.fatalities is None else incident.fatalities
    return f"#{incident.pk} {incident.type} {day} {place}, {deaths} killed"


def explain(a, b) -> str:
    """Why two incidents of a pair were not one event: the matcher's score, or the part that ruled it out."""
    from incidents.services.matching import (
        TYPE_CLASS,
        cross_class_allowed,
        date_evidence,
        incident_facts,
        place_evidence,
        score_incidents,
    )

    facts = incident_facts([a.pk, b.pk])
    fa, fb = facts[a.pk], facts[b.pk]
    if TYPE_CLASS.get(fa.type) is None or TYPE_CLASS.get(fa.type) != TYPE_CLASS.get(fb.type):
        if not cross_class_allowed(fa.type, fb.type):
            return "types of different classes"
        if score_incidents(fa, fb) is None:
            return "types of different classes, not both dated to the same day"
    if place_evidence(fa, fb)[0] is None:
        chains = [" < ".join(p.name for p in f.places) or "no place" for f in (fa, fb)]
        return f"places apart ({chains[0]} / {chains[1]})"
    if date_evidence(fa, fb)[0] is None:
        return "dates apart"
    evidence = score_incidents(fa, fb)
    return f"score {evidence.score:g}: " + "; ".join(r for r in evidence.reasons if r)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folders",
        nargs="*",
        type=Path,
        help="only these corpus folders (name the development parts to leave out a held-out one)",
    )
    parser.add_argument("--root", type=Path, default=DEFAULT_CORPUS, help="corpus folder (default: %(default)s)")
    parser.add_argument("--db", type=Path, help="SQLite file to create (must not exist; default: a temporary one)")
    parser.add_argument("--reverse", action="store_true", help="ingest the articles in the opposite order")
    parser.add_argument(
        "--no-details",
        action="store_true",
        help="print each pair's status only, not the incidents of unmerged pairs (keeps unseen errors unread)",
    )
    args = parser.parse_args()

    roots = args.folders or [args.root]
    texts, pair_of, missing = corpus_articles(*roots)
    if not texts:
        sys.exit(f"no cached article texts under {', '.join(map(str, roots))}: refill the cache (see its README)")
    db = args.db or Path(tempfile.mkdtemp(prefix="realnews-pairs-")) / "pairs.sqlite3"
    if db.exists():
        sys.exit(f"{db} exists: the measurement needs a fresh database")
    print(f"database {db}: migrating and loading the gazetteer and groups ...", file=sys.stderr)
    prepare_database(db)

    from django.conf import settings

    from incidents.models import Incident
    from incidents.services.ingest import BatchOptions, articles_ingest

    items = sorted(texts, key=lambda p: p.name, reverse=args.reverse)
    for item, outcome in articles_ingest(items, BatchOptions(max_bytes=settings.INGEST_MAX_BYTES)):
        if isinstance(outcome, Exception):
            print(f"error: {item}: {outcome!r}")

    violent = Incident.objects.exclude(type="non_violent_development").select_related("location")
    cited: dict[int, set[str]] = {}
    by_article: dict[str, list] = defaultdict(list)
    for incident in violent.prefetch_related("sources"):
        names = {Path(s.original_name).stem for s in incident.sources.all()}
        cited[incident.pk] = names
        for name in names:
            by_article[name].append(incident)

    members: dict[str, list[str]] = defaultdict(list)
    for name, pair in pair_of.items():
        members[pair].append(name)
    order = "reverse" if args.reverse else "name"
    print(f"{len(items)} articles ingested in {order} order; {violent.count()} violent incidents on record")
    if missing:
        print(f"not measured (text missing from the cache): {', '.join(sorted(missing))}")

    merged, false_merges = judge(cited, pair_of)
    print("pairs:")
    for pair in sorted(members, key=natural):
        names = sorted(members[pair])
        if len(names) != 2:
            print(f"  {pair} {'+'.join(names)}: not a pair of two articles with texts, skipped")
            continue
        if merged[pair]:
            # Even a merged incident's attributes are output of a held-out part under --no-details.
            shown = (
                "" if args.no_details else " (" + "; ".join(describe(violent.get(pk=pk)) for pk in merged[pair]) + ")"
            )
            print(f"  {pair} {'+'.join(names)}: merged{shown}")
            continue
        first, second = (by_article[n] for n in names)
        flagged = [
            (a, b)
            for a in first
            for b in second
            if a.possible_duplicate_of_id == b.pk or b.possible_duplicate_of_id == a.pk
        ]
        status = "flagged as possible duplicates, not merged" if flagged else "apart"
        print(f"  {pair} {'+'.join(names)}: {status}")
        if args.no_details:
            continue
        for name, incidents in zip(names, (first, second), strict=True):
            listed = "; ".join(describe(i) for i in incidents) or "no incident"
            print(f"    {name}: {listed}")
        for a in first:
            for b in second:
                print(f"      #{a.pk} ~ #{b.pk}: {explain(a, b)}")

    text_of = {path.stem: path for path in texts}
    one_event, false_only = [], []
    for pk in false_merges:
        incident = violent.get(pk=pk)
        day = incident.date_start.isoformat() if incident.date_start else None
        country = incident.location.country_code if incident.location_id else ""
        codings = [coded_incidents(text_of[name]) for name in sorted(cited[pk])]
        (one_event if one_coded_event(day, country, codings) else false_only).append(pk)
    for title, pks in (
        (
            "cross-article merges of one real event (every article cited codes it: same country, near date)",
            one_event,
        ),
        ("false merges (articles that are not one pair, not coded as one event)", false_only),
    ):
        print(f"{title}:")
        for pk in pks:
            shown = "incident" if args.no_details else describe(violent.get(pk=pk))
            print(f"  {shown}: {', '.join(sorted(cited[pk]))}")
        if not pks:
            print("  none")
    complete = sum(1 for names in members.values() if len(names) == 2)
    merged_count = sum(1 for pair, pks in merged.items() if pks)
    print(
        f"pairs merged: {merged_count} of {complete}; false merges: {len(false_only)} "
        f"(and {len(one_event)} cross-article merges of one real event)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
