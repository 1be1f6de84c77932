"""How the pair measurement judges merges: a pair merges when one incident cites both its articles."""

import importlib.util
import json
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "measure_real_pairs.py"
_spec = importlib.util.spec_from_file_location("measure_real_pairs", SCRIPT)
measure = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = measure
_spec.loader.exec_module(measure)

PAIRS = {"ra01": "pair-a1", "ra02": "pair-a1", "ra03": "pair-a2", "ra04": "pair-a2"}


def test_a_pair_merges_only_when_one_incident_cites_both_articles():
    cited = {1: {"ra01", "ra02"}, 2: {"ra03"}, 3: {"ra04"}}
    merged, false = measure.judge(cited, PAIRS)
    assert merged == {"pair-a1": [1], "pair-a2": []}
    assert false == []


def test_incidents_joining_articles_of_different_pairs_are_false_merges():
    cited = {1: {"ra01", "ra03"}, 2: {"ra02", "ra05"}, 3: {"ra05", "ra06"}, 4: {"ra05"}}
    merged, false = measure.judge(cited, PAIRS)
    assert merged == {"pair-a1": [], "pair-a2": []}
    # ra05 and ra06 are in no pair: each stands for itself, so joining them is false too.
    assert false == [1, 2, 3]


def test_a_pair_whose_other_text_is_missing_cannot_merge():
    merged, _ = measure.judge({1: {"ra01"}}, {"ra01": "pair-a1"})
    assert merged == {"pair-a1": []}


def test_corpus_articles_skips_missing_texts_and_reads_pair_ids(tmp_path):
    for part, name, pair, has_text in (
        ("dev", "ra01", "pair-a1", True),
        ("dev", "ra02", "pair-a1", False),
        ("unseen", "ra03", None, True),
    ):
        folder = tmp_path / part
        folder.mkdir(exist_ok=True)
        (folder / f"{name}.source.json").write_text(json.dumps({"url": "u", "query": "q", "pair": pair}))
        if has_text:
            (folder / f"{name}.txt").write_text("A bomb exploded.", encoding="utf-8")

    texts, pair_of, missing = measure.corpus_articles(tmp_path)

    assert [p.name for p in texts] == ["ra01.txt", "ra03.txt"]
    assert pair_of == {"ra01": "pair-a1"}
    assert missing == ["ra02"]


def test_corpus_articles_reads_only_the_folders_named(tmp_path):
    for part, name in (("dev", "ra01"), ("unseen", "ra02"), ("held", "ra03")):
        folder = tmp_path / part
        folder.mkdir()
        (folder / f"{name}.source.json").write_text(json.dumps({"url": "u", "query": "q", "pair": None}))
        (folder / f"{name}.txt").write_text("A bomb exploded.", encoding="utf-8")

    texts, _, missing = measure.corpus_articles(tmp_path / "dev", tmp_path / "unseen")

    assert [p.name for p in texts] == ["ra01.txt", "ra02.txt"]
    assert missing == []


PARIS = {"date": "2015-11-13", "country": "FR", "location": "Paris"}


def test_a_merge_across_pairs_is_one_real_event_when_every_article_codes_it():
    # Two articles that tell the same attack as background both code it: the merge is right.
    assert measure.one_coded_event("2015-11-13", "FR", [[PARIS], [{"date": "2015-11", "country": "FR"}]])


def test_reports_coding_one_event_a_day_apart_are_one_event():
    # A night attack is coded on either day; the merged incident may carry either.
    night = [[{"date": "2023-12-14", "country": "IR"}], [{"date": "2023-12-15", "country": "IR"}]]
    assert measure.one_coded_event("2023-12-15", "IR", night)


def test_a_merge_across_pairs_is_false_when_one_article_codes_another_day_or_country_or_nothing():
    assert not measure.one_coded_event("2015-11-13", "FR", [[PARIS], [{"date": "2015-11-15", "country": "FR"}]])
    assert not measure.one_coded_event("2015-11-13", "FR", [[PARIS], [{"date": "2015-10", "country": "FR"}]])
    assert not measure.one_coded_event("2015-11-13", "FR", [[PARIS], [{"date": "2015-11-13", "country": "BE"}]])
    assert not measure.one_coded_event("2015-11-13", "FR", [[PARIS], []])
    assert not measure.one_coded_event(None, "FR", [[PARIS], [PARIS]])


def test_coded_incidents_reads_the_gold_beside_the_text(tmp_path):
    text = tmp_path / "ra01.txt"
    text.write_text("A bomb exploded.", encoding="utf-8")
    assert measure.coded_incidents(text) == []
    (tmp_path / "ra01.gold.json").write_text(json.dumps({"incidents": [PARIS]}), encoding="utf-8")
    assert measure.coded_incidents(text) == [PARIS]
