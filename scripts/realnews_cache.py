#!/usr/bin/env python
"""The real-news corpus's text cache: check it, or add one article's text to it.

    python scripts/realnews_cache.py check [--root eval/realnews]
    python scripts/realnews_cache.py add NAME FILE [--root eval/realnews] [--update]

The article texts belong to their publishers and are not in the repository: each
article has a NAME.source.json (url, the exact search query, sha256 of the text)
and its text lives in a git-ignored NAME.txt beside it. `check` lists the texts
that are missing (with the query and url that find them again) or whose bytes no
longer match their sha256; it exits 1 when any is. `add` stores FILE's bytes as
NAME.txt: when NAME.source.json already holds a sha256 the bytes must match it
(a refill), otherwise (a new article, or with --update) the sha256 is written.
See eval/realnews/README.md for the whole refill step. Standard library only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

DEFAULT_ROOT = Path(__file__).resolve().parent.parent / "eval" / "realnews"
SOURCE_SUFFIX = ".source.json"
# The development folders: dev/ and the retired held-out parts. A held-out part is never listed here; when a fresh
# one is collected, the part it replaces is added (the label, training and prediction scripts read this one list).
DEVELOPMENT_PARTS = (
    "dev",
    "unseen",
    "unseen2",
    "unseen3",
    "unseen4",
    "unseen5",
    "unseen6",
    "unseen7",
    "unseen8",
    "unseen9",
    "unseen10",
    "unseen11",
    "unseen12",
    "unseen13",
    "unseen14",
    "unseen15",
    "unseen16",
    "unseen17",
    "unseen18",
    "unseen19",
    "unseen20",
    "unseen21",
    "unseen22",
    "unseen23",
    "unseen24",
    "unseen25",
)


def held_out(folder: str | Path) -> bool:
    """Whether a folder is (or lies in) a held-out part: an unseen* folder not listed among the development parts.
    Resolved first, so "." or "../unseen26" from inside a part is caught too."""
    return any(part.startswith("unseen") and part not in DEVELOPMENT_PARTS for part in Path(folder).resolve().parts)


def refuse_held_out(folders, purpose: str) -> None:
    """Exit before reading anything when a folder is in the held-out part (the lead scores it, nobody reads it)."""
    for folder in folders:
        if held_out(folder):
            raise SystemExit(f"{folder}: the held-out part, not for {purpose}")


class CacheError(Exception):
    """A request the cache refuses; the message says why."""


@dataclass(frozen=True)
class Entry:
    name: str
    source_path: Path

    @property
    def text_path(self) -> Path:
        return self.source_path.with_name(self.name + ".txt")

    def source(self) -> dict:
        return json.loads(self.source_path.read_text(encoding="utf-8"))


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def entries(root: Path) -> list[Entry]:
    """Every article of the corpus, found by its NAME.source.json anywhere under root."""
    found = [Entry(p.name[: -len(SOURCE_SUFFIX)], p) for p in root.rglob("*" + SOURCE_SUFFIX)]
    return sorted(found, key=lambda e: e.name)


def find_entry(root: Path, name: str) -> Entry:
    matches = [e for e in entries(root) if e.name == name]
    if not matches:
        raise CacheError(f"no {name}{SOURCE_SUFFIX} under {root}: write the sidecar (url, query) first")
    if len(matches) > 1:
        places = ", ".join(str(e.source_path.parent) for e in matches)
        raise CacheError(f"{name} is in more than one folder ({places}): names must be unique")
    return matches[0]


@dataclass(frozen=True)
class Problem:
    entry: Entry
    kind: str  # "missing" | "mismatch" | "no-sha256"
    detail: str


def check(root: Path) -> tuple[list[Entry], list[Problem]]:
    """The articles under root and what is wrong with their cached texts."""
    found, problems = entries(root), []
    for entry in found:
        source = entry.source()
        expected = source.get("sha256")
        if not entry.text_path.exists():
            detail = f"query {source.get('query')!r} (corpus {source.get('corpus', 'pages')}), url {source.get('url')}"
            problems.append(Problem(entry, "missing", detail))
        elif not expected:
            problems.append(Problem(entry, "no-sha256", "the sidecar holds no sha256: run `add` for it"))
        else:
            actual = sha256_of(entry.text_path.read_bytes())
            if actual != expected:
                problems.append(Problem(entry, "mismatch", f"sha256 {actual} but the sidecar says {expected}"))
    return found, problems


def add(root: Path, name: str, text_file: Path, update: bool = False) -> Path:
    """Store text_file's bytes as NAME.txt beside NAME.source.json; returns the text's path."""
    entry = find_entry(root, name)
    if not text_file.is_file():
        raise CacheError(f"{text_file}: no such file")
    data = text_file.read_bytes()
    if not data.strip():
        raise CacheError(f"{text_file}: the text is empty")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CacheError(f"{text_file}: not UTF-8 ({exc})") from exc
    source = entry.source()
    digest = sha256_of(data)
    expected = source.get("sha256")
    if expected and expected != digest and not update:
        raise CacheError(
            f"{text_file}: sha256 {digest} differs from {name}'s recorded {expected}; "
            "this is not the text that was coded (use --update only for a deliberate replacement)"
        )
    entry.text_path.write_bytes(data)
    if expected != digest:
        source["sha256"] = digest
        entry.source_path.write_text(json.dumps(source, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return entry.text_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="corpus folder (default: %(default)s)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="list missing texts and texts that fail their sha256")
    adding = sub.add_parser("add", help="store FILE as NAME's cached text")
    adding.add_argument("name")
    adding.add_argument("file", type=Path)
    adding.add_argument("--update", action="store_true", help="replace a recorded sha256 with FILE's")
    args = parser.parse_args(argv)

    if not args.root.is_dir():
        print(f"error: {args.root} is not a folder", file=sys.stderr)
        return 2
    if args.command == "add":
        try:
            path = add(args.root, args.name, args.file, update=args.update)
        except CacheError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print(f"{args.name}: stored {path}")
        return 0

    found, problems = check(args.root)
    for problem in problems:
        print(f"{problem.kind:<9} {problem.entry.name}: {problem.detail}")
    print(f"{len(found) - len(problems)} of {len(found)} texts present and matching their sha256")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
