#!/usr/bin/env python
"""Guard (not a test): is the extraction JSON of every known article byte-for-byte what a base commit produced?

    .venv/bin/python scripts/compare_extraction.py                 # base: the merge-base with main
    .venv/bin/python scripts/compare_extraction.py --base abc123   # any commit

For each article set (seeds/, ../shared/seeds, ../shared/corpus/dev, every eval/*/ folder) it runs
`manage.py ingest --dry-run --format json` over the whole set in one process (spaCy loads once per set),
first in a copy of the base commit's tree (`git archive`, stored per commit and reused), then in this
working tree, on the same article files, and compares each article's document byte for byte.
Prints "N identical / M differ" per set and the first differing lines; exits 1 on any difference.

The dry run needs a database with the gazetteer and groups loaded: a SQLite file is prepared once the way
.ci/run prepares its scoring database (migrate, load_gazetteer, load_groups) and reused.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


def article_sets() -> dict[str, Path]:
    """Set name -> folder, for the folders that exist here."""
    folders = {"seeds": ROOT / "seeds", "shared-seeds": ROOT.parent / "shared" / "seeds"}
    folders["shared-dev"] = ROOT.parent / "shared" / "corpus" / "dev"
    if not folders["shared-seeds"].exists():  # a worktree under /work/wt/: ../shared is two levels up
        folders["shared-seeds"] = ROOT.parent.parent / "shared" / "seeds"
        folders["shared-dev"] = ROOT.parent.parent / "shared" / "corpus" / "dev"
    for folder in sorted((ROOT / "eval").iterdir()):
        if folder.is_dir():
            folders[f"eval-{folder.name}"] = folder
    return {name: path for name, path in folders.items() if path.is_dir()}


def articles_in(folder: Path) -> list[Path]:
    """The folder's article files, sorted (the order `reading.find_articles` uses for a folder)."""
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix.lower() in ARTICLE_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def run_env(database: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["DATABASE_URL"] = f"sqlite:///{database}"
    env["PYTHONHASHSEED"] = "0"
    return env


def prepare_database(database: Path) -> None:
    if database.exists():
        return
    print(f"preparing {database} (migrate, load_gazetteer, load_groups) ...", flush=True)
    partial = database.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    env = run_env(partial)
    for command in (["migrate", "--noinput", "-v0"], ["load_gazetteer"], ["load_groups"]):
        subprocess.run(  # noqa: S603 - our own interpreter and manage.py
            [str(PYTHON), "manage.py", *command], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
        )
    partial.rename(database)


def extract_set(tree: Path, files: list[Path], database: Path) -> list[str]:
    """Each file's dry-run document as the single-article command prints it (indent 2), or its error."""
    proc = subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [str(PYTHON), "manage.py", "ingest", "--dry-run", "--format", "json", *map(str, files)],
        cwd=tree,
        env=run_env(database),
        capture_output=True,
        text=True,
    )
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    if len(files) == 1:
        lines = [proc.stdout] if proc.returncode == 0 else []
    if proc.returncode == 0 and len(lines) == len(files):
        return [json.dumps(json.loads(line), ensure_ascii=False, indent=2) + "\n" for line in lines]
    if len(files) == 1:
        return [f"ERROR (exit {proc.returncode}):\n{proc.stderr[-2000:]}\n"]
    # Some article failed: the lines no longer line up with the files, so run them one by one.
    return [extract_set(tree, [f], database)[0] for f in files]


def store(outputs: Path, sets: dict[str, Path], tree: Path, database: Path) -> None:
    for name, folder in sets.items():
        files = articles_in(folder)
        target = outputs / name
        if target.is_dir() and (target / ".complete").exists():
            continue
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        print(f"  extracting {name} ({len(files)} articles) in {tree}", flush=True)
        for path, document in zip(files, extract_set(tree, files, database), strict=True):
            (target / (path.relative_to(folder).as_posix().replace("/", "__") + ".json")).write_text(
                document, encoding="utf-8"
            )
        (target / ".complete").write_text("")


def base_tree(commit: str, cache: Path) -> Path:
    tree = cache / "trees" / commit
    if (tree / "manage.py").exists():
        return tree
    tree.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=tree.parent) as tmp:
        archive = Path(tmp) / "tree.tar"
        with archive.open("wb") as out:
            subprocess.run(  # noqa: S603
                ["git", "archive", commit],  # noqa: S607 - git on PATH, a verified commit
                cwd=ROOT,
                stdout=out,
                check=True,
            )
        unpacked = Path(tmp) / "tree"
        with tarfile.open(archive) as tar:
            tar.extractall(unpacked, filter="data")
        unpacked.rename(tree)
    return tree


def compare(base: Path, head: Path, sets: dict[str, Path], context_lines: int) -> int:
    differing = 0
    for name in sets:
        same, differ, first = 0, [], None
        for before in sorted((base / name).glob("*.json")):
            after = head / name / before.name
            old = before.read_bytes()
            new = after.read_bytes() if after.exists() else b""
            if old == new:
                same += 1
                continue
            differ.append(before.stem)
            if first is None:
                diff = difflib.unified_diff(
                    old.decode().splitlines(),
                    new.decode().splitlines(),
                    f"base/{name}/{before.name}",
                    f"head/{name}/{before.name}",
                    lineterm="",
                )
                first = list(diff)[: 4 + context_lines]
        print(f"{name}: {same} identical / {len(differ)} differ")
        if differ:
            print("  differ: " + ", ".join(differ[:10]) + (" ..." if len(differ) > 10 else ""))
            print("\n".join("    " + line for line in first or []))
        differing += len(differ)
    return differing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", help="base commit (default: the merge-base of HEAD and main)")
    parser.add_argument("--cache", type=Path, default=ROOT / ".cache" / "compare_extraction")
    parser.add_argument("--lines", type=int, default=30, help="diff lines shown for a set's first difference")
    args = parser.parse_args()

    base = (
        args.base
        or subprocess.run(  # noqa: S603
            ["git", "merge-base", "HEAD", "main"],  # noqa: S607
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    base = subprocess.run(  # noqa: S603
        ["git", "rev-parse", "--verify", base + "^{commit}"],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    args.cache.mkdir(parents=True, exist_ok=True)
    database = args.cache / "gazetteer.sqlite3"
    prepare_database(database)
    sets = article_sets()

    print(f"base {base[:12]}", flush=True)
    base_outputs = args.cache / "outputs" / base
    store(base_outputs, sets, base_tree(base, args.cache), database)

    print("HEAD (working tree)", flush=True)
    head_outputs = args.cache / "outputs" / "head"
    shutil.rmtree(head_outputs, ignore_errors=True)
    store(head_outputs, sets, ROOT, database)

    differing = compare(base_outputs, head_outputs, sets, args.lines)
    print("byte-for-byte identical" if not differing else f"{differing} documents differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
