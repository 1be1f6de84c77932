"""A fresh checkout's first `ingest` prepares the embedded database itself (migrate, places, groups)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_first_dry_run_on_an_empty_sqlite_file_loads_the_reference_data_and_keeps_stdout_json(tmp_path):
    database = tmp_path / "fresh.sqlite3"
    database.touch()  # an empty file with no tables, as a fresh checkout may have
    article = tmp_path / "report.txt"
    article.write_text(
        "PESHAWAR, Pakistan: A suicide bomber killed 12 people at a market in Peshawar on Monday, "
        "police said. Tehrik-i-Taliban Pakistan claimed responsibility for the attack.\n",
        encoding="utf-8",
    )
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    command = [sys.executable, "manage.py", "ingest", "--dry-run", "--format", "json", str(article)]

    first = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)  # noqa: S603
    assert first.returncode == 0, first.stderr
    document = json.loads(first.stdout)
    assert document["incidents"] and document["incidents"][0]["fatalities"] == 12
    assert "First use of this database" in first.stderr

    again = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)  # noqa: S603
    assert again.returncode == 0 and "First use" not in again.stderr
