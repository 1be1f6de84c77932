"""The real-news text cache: texts are checked against, and stored under, the sha256 in their sidecars.

The corpus itself is not needed: each test builds a small corpus in a temporary folder
with texts written here.
"""

import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "realnews_cache.py"
_spec = importlib.util.spec_from_file_location("realnews_cache", SCRIPT)
realnews_cache = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = realnews_cache  # dataclasses look their module up there
_spec.loader.exec_module(realnews_cache)

TEXT = "QUETTA: A roadside bomb struck a patrol on Monday, officials said.\n\nThree soldiers were hurt.\n"


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_source(folder: Path, name: str, **fields) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    source = {
        "url": f"https://news.example/{name}",
        "query": f"query for {name}",
        "corpus": "pages",
        "sha256": None,
        **fields,
    }
    path = folder / f"{name}.source.json"
    path.write_text(json.dumps(source), encoding="utf-8")
    return path


def excerpt(tmp_path: Path, text: str = TEXT, name: str = "excerpt.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "realnews"
    (root / "dev").mkdir(parents=True)
    (root / "unseen").mkdir()
    return root


def test_add_stores_the_exact_bytes_and_records_their_sha256(corpus, tmp_path):
    source_path = write_source(corpus / "dev", "ra01")
    text = "Line one\r\nLine two with a curly quote \u2019 and no final newline"
    stored = realnews_cache.add(corpus, "ra01", excerpt(tmp_path, text))

    assert stored == corpus / "dev" / "ra01.txt"
    assert stored.read_bytes() == text.encode("utf-8")
    recorded = json.loads(source_path.read_text(encoding="utf-8"))
    assert recorded["sha256"] == sha(text.encode("utf-8"))
    assert recorded["query"] == "query for ra01"  # the other fields are kept


def test_add_refills_a_text_that_matches_the_recorded_sha256(corpus, tmp_path):
    write_source(corpus / "unseen", "ra02", sha256=sha(TEXT.encode()))
    stored = realnews_cache.add(corpus, "ra02", excerpt(tmp_path))
    assert stored.read_text(encoding="utf-8") == TEXT


def test_add_refuses_a_text_that_differs_from_the_coded_one(corpus, tmp_path):
    source_path = write_source(corpus / "dev", "ra03", sha256=sha(TEXT.encode()))
    before = source_path.read_bytes()
    changed = excerpt(tmp_path, TEXT.replace("Three", "Four"))

    with pytest.raises(realnews_cache.CacheError, match="differs"):
        realnews_cache.add(corpus, "ra03", changed)
    assert not (corpus / "dev" / "ra03.txt").exists()
    assert source_path.read_bytes() == before


def test_add_with_update_replaces_the_recorded_sha256(corpus, tmp_path):
    source_path = write_source(corpus / "dev", "ra04", sha256=sha(b"older text"))
    realnews_cache.add(corpus, "ra04", excerpt(tmp_path), update=True)
    assert json.loads(source_path.read_text())["sha256"] == sha(TEXT.encode())


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"  \n\t", "empty"), (b"caf\xe9 attack", "not UTF-8")],
)
def test_add_refuses_empty_or_undecodable_texts(corpus, tmp_path, content, message):
    write_source(corpus / "dev", "ra05")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    with pytest.raises(realnews_cache.CacheError, match=message):
        realnews_cache.add(corpus, "ra05", bad)
    assert not (corpus / "dev" / "ra05.txt").exists()


def test_add_needs_the_sidecar_first(corpus, tmp_path):
    with pytest.raises(realnews_cache.CacheError, match="no ra99.source.json"):
        realnews_cache.add(corpus, "ra99", excerpt(tmp_path))


def test_a_name_in_two_folders_is_refused(corpus, tmp_path):
    write_source(corpus / "dev", "ra06")
    write_source(corpus / "unseen", "ra06")
    with pytest.raises(realnews_cache.CacheError, match="more than one folder"):
        realnews_cache.add(corpus, "ra06", excerpt(tmp_path))


def test_check_names_missing_and_altered_texts(corpus, tmp_path):
    write_source(corpus / "dev", "ra07", sha256=sha(TEXT.encode()), query="bomb Quetta patrol")
    write_source(corpus / "dev", "ra08", sha256=sha(TEXT.encode()))
    (corpus / "dev" / "ra08.txt").write_text(TEXT + "edited", encoding="utf-8")
    write_source(corpus / "unseen", "ra09", sha256=sha(TEXT.encode()))
    (corpus / "unseen" / "ra09.txt").write_text(TEXT, encoding="utf-8")

    found, problems = realnews_cache.check(corpus)

    assert [e.name for e in found] == ["ra07", "ra08", "ra09"]
    kinds = {p.entry.name: p for p in problems}
    assert set(kinds) == {"ra07", "ra08"}
    assert kinds["ra07"].kind == "missing"
    assert "'bomb Quetta patrol'" in kinds["ra07"].detail
    assert "https://news.example/ra07" in kinds["ra07"].detail
    assert kinds["ra08"].kind == "mismatch"


def test_check_command_exits_non_zero_until_the_cache_is_complete(corpus, tmp_path, capsys):
    write_source(corpus / "dev", "ra10", sha256=sha(TEXT.encode()))
    assert realnews_cache.main(["--root", str(corpus), "check"]) == 1
    out = capsys.readouterr().out
    assert "missing" in out and "ra10" in out and "0 of 1" in out

    assert realnews_cache.main(["--root", str(corpus), "add", "ra10", str(excerpt(tmp_path))]) == 0
    assert realnews_cache.main(["--root", str(corpus), "check"]) == 0
    assert "1 of 1 texts present" in capsys.readouterr().out


def test_add_command_reports_a_refused_text_as_an_error(corpus, tmp_path, capsys):
    write_source(corpus / "dev", "ra11", sha256=sha(b"the coded text"))
    assert realnews_cache.main(["--root", str(corpus), "add", "ra11", str(excerpt(tmp_path))]) == 1
    assert "error:" in capsys.readouterr().err


def test_held_out_is_an_unseen_part_not_among_the_development_parts(tmp_path, monkeypatch):
    corpus = tmp_path / "eval" / "realnews"
    fresh = corpus / "unseen99"
    for folder in (corpus / "dev", corpus / "unseen17", fresh, tmp_path / "eval" / "heldout2"):
        folder.mkdir(parents=True)
    assert realnews_cache.held_out(fresh)
    assert realnews_cache.held_out(str(fresh / "ra01.txt"))  # a file in the part
    assert not realnews_cache.held_out(corpus / "dev")
    assert not realnews_cache.held_out(corpus / "unseen17")  # retired: listed among the development parts
    assert not realnews_cache.held_out(tmp_path / "eval" / "heldout2")
    monkeypatch.chdir(fresh)
    assert realnews_cache.held_out(".")  # named from inside the part
    monkeypatch.chdir(corpus / "dev")
    assert realnews_cache.held_out("../unseen99")
