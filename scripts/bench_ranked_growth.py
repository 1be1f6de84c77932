#!/usr/bin/env python
"""Benchmark (not a test): does a ranked search grow with the table or with its matches?

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/benchcurve_100k .venv/bin/python scripts/bench_ranked_growth.py \\
        [--databases benchcurve_100k benchcurve_1m] [--requests 60]

bench_pages' "incidents: combined" page (the busiest country, three types, four years, at least one death, the word
"mosque") is ranked by relevance: every match is counted and ranked before its first 25 rows are shown. Copied ten
times (scripts/replicate_volume.py), the big database gives it ten times the matches (97 -> 970), so its growth
factor measures the result's growth as much as the table's. This script times, interleaved (A, B, C, A, B, C ...):

- the combined page on the small database and on the big one (bench_pages' pair);
- the same filters on the small database with another word and a later start date, chosen so that the list has
  about as many matches as the big database's page (the candidate whose count is nearest, at most the cap).

The last two have the same number of ranked matches on a table ten times smaller or bigger: their ratio is the
growth due to the table alone. Figures go in issue 14's note.
"""

import argparse
import re
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_pages  # noqa: E402  (scripts/ is not a package)

# Words of the generated summaries and source texts, from rare to common in a country's bombings and clashes.
CANDIDATE_WORDS = ("mosque", "market", "bomb", "police", "attack", "killed")


def combined(db, q: str, date_from: str) -> dict:
    year = db.params["newest"].year
    return {
        "location": bench_pages.label(db.params["country"]),
        "type": ["bombing", "suicide_bombing", "armed_clash"],
        "date_from": date_from,
        "date_to": f"{year}-12-31",
        "fatalities_min": 1,
        "q": q,
    }


def matches(db, params: dict) -> int:
    """How many incidents the list counts for these filters (at most the cap + 1)."""
    response = db.client.get(bench_pages._q(params))
    found = re.search(r"of (\d[\d,]*)(\+?) incidents", response.content.decode())
    return int(found.group(1).replace(",", "")) + (1 if found.group(2) else 0)


def nearest_variant(db, wanted: int) -> tuple[dict, int]:
    """Filters of the combined page's shape on `db` whose match count is nearest `wanted` (at most the cap)."""
    from incidents.selectors import LIST_COUNT_CAP

    year = db.params["newest"].year
    best = None
    for word in CANDIDATE_WORDS:
        for month in range(1, 13):
            params = combined(db, word, f"{year - 3}-{month:02d}-01")
            n = matches(db, params)
            if n <= LIST_COUNT_CAP and (best is None or abs(n - wanted) < abs(best[1] - wanted)):
                best = (params, n)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--databases", nargs=2, default=["benchcurve_100k", "benchcurve_1m"], metavar=("SMALL", "BIG"))
    parser.add_argument("--requests", type=int, default=60, help="timed requests per page (in four quarters)")
    args = parser.parse_args()
    bench_pages.setup_django()
    timer = bench_pages.SqlTimer()
    small, big = (bench_pages.BenchDatabase(name) for name in args.databases)
    for db in (small, big):
        db.prepare("combined")
    year = small.params["newest"].year
    big.use()
    big_params = combined(big, "mosque", f"{year - 3}-01-01")
    big_n = matches(big, big_params)
    small.use()
    small_params = combined(small, "mosque", f"{year - 3}-01-01")
    small_n = matches(small, small_params)
    equal_params, equal_n = nearest_variant(small, big_n)
    cases = [
        (f"{small.short} combined ('mosque', {small_n} matches)", small, small_params),
        (f"{small.short} same filters ('{equal_params['q']}' from {equal_params['date_from']}, {equal_n} matches)",
         small, equal_params),
        (f"{big.short} combined ('mosque', {big_n} matches)", big, big_params),
    ]  # fmt: skip
    times = {name: [] for name, _, _ in cases}
    sql = {name: [] for name, _, _ in cases}
    for _ in range(4):
        for name, db, params in cases:
            db.use()
            result = bench_pages.bench_page(db.client, bench_pages._q(params), args.requests // 4, timer)
            times[name] += result["times"]
            sql[name] += result["sql_times"]
    medians = {}
    for name, _, _ in cases:
        medians[name] = statistics.median(times[name]) * 1000
        print(
            f"{name:70s} median {medians[name]:6.1f} ms  p95 {bench_pages.percentile(times[name], 95) * 1000:6.1f}"
            f"  sql {statistics.median(sql[name]) * 1000:5.1f}"
        )
    names = [name for name, _, _ in cases]
    pair_growth = medians[names[2]] / medians[names[0]]
    print(f"growth, bench_pages' pair (matches x{big_n / max(small_n, 1):.1f}): {pair_growth:.2f}")
    print(f"growth at equal matches ({equal_n} -> {big_n}): {medians[names[2]] / medians[names[1]]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
