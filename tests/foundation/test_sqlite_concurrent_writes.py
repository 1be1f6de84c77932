"""SQLite under concurrent writers: transactions that read and then write wait their turn
instead of failing with "database is locked" (the embedded default database)."""

import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.db import connection
from django.db.backends.sqlite3.base import DatabaseWrapper

ROOT = Path(__file__).resolve().parents[2]


def sqlite_options() -> dict:
    """The OPTIONS config/settings.py gives an SQLite database (whatever this run's DATABASE_URL is)."""
    import importlib

    import config.settings as project_settings

    saved = os.environ.get("DATABASE_URL")
    os.environ["DATABASE_URL"] = "sqlite:///unused.sqlite3"
    try:
        return importlib.reload(project_settings).DATABASES["default"]["OPTIONS"]
    finally:
        if saved is None:
            del os.environ["DATABASE_URL"]
        else:
            os.environ["DATABASE_URL"] = saved
        importlib.reload(project_settings)


def read_then_write_for(path: Path, options: dict, seconds: float, threads: int = 4) -> tuple[int, list[str]]:
    """`threads` connections each run transactions that read a counter, then write it back + 1."""
    setup = sqlite3.connect(path)
    setup.execute("PRAGMA journal_mode=WAL")
    setup.execute("CREATE TABLE counter (n INTEGER)")
    setup.execute("INSERT INTO counter VALUES (0)")
    setup.commit()
    setup.close()
    errors, done = [], []
    deadline = time.monotonic() + seconds

    def worker():
        try:
            wrapper = DatabaseWrapper(
                {**connection.settings_dict, "NAME": str(path), "OPTIONS": dict(options)}, alias="concurrency"
            )
        except Exception as exc:
            errors.append(f"setup: {exc!r}")
            return
        try:
            while time.monotonic() < deadline:
                try:
                    with _atomic(wrapper), wrapper.cursor() as cursor:
                        cursor.execute("SELECT n FROM counter")
                        (n,) = cursor.fetchone()
                        time.sleep(0.002)  # the request's work between its read and its write
                        cursor.execute("UPDATE counter SET n = %s", [n + 1])
                    done.append(1)
                except Exception as exc:
                    errors.append(str(exc))
        finally:
            wrapper.close()

    workers = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join(seconds + 60)
    final = sqlite3.connect(path).execute("SELECT n FROM counter").fetchone()[0]
    assert final == len(done), "every committed transaction counted once: no update was lost"
    return len(done), errors


class _atomic:
    """What transaction.atomic does on SQLite (BEGIN in the configured mode), for a connection
    that is not in settings.DATABASES."""

    def __init__(self, wrapper):
        self.wrapper = wrapper

    def __enter__(self):
        self.wrapper.ensure_connection()
        self.wrapper._start_transaction_under_autocommit()

    def __exit__(self, kind, value, traceback):
        if kind is None:
            self.wrapper.connection.commit()
        else:
            self.wrapper.connection.rollback()


@pytest.fixture(autouse=True)
def database_files_allowed(django_db_blocker):
    """These tests open their own SQLite files, not the test database."""
    with django_db_blocker.unblock():
        yield


def test_project_sqlite_options_let_read_then_write_transactions_wait(tmp_path):
    options = sqlite_options()
    assert options["transaction_mode"] == "IMMEDIATE" and options["timeout"] >= 5
    committed, errors = read_then_write_for(tmp_path / "immediate.sqlite3", options, seconds=3)
    assert committed > 0 and errors == []


def test_deferred_transactions_fail_with_database_is_locked(tmp_path):
    """The failure the options prevent (so the test above could fail)."""
    options = {**sqlite_options(), "transaction_mode": "DEFERRED"}
    _, errors = read_then_write_for(tmp_path / "deferred.sqlite3", options, seconds=3)
    assert any("database is locked" in error for error in errors)


@pytest.mark.slow
def test_edits_and_notes_through_gunicorn_on_sqlite_make_no_error(tmp_path):
    """2 editors and 2 note writers for 10 s against gunicorn in production settings (the script)."""
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    result = subprocess.run(  # noqa: S603
        [sys.executable, "scripts/load_under_writes.py", "--seconds", "10"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "errors: 0" in result.stdout and "'database is locked' in server log: 0" in result.stdout
    assert "note 302" in result.stdout and "edit 302" in result.stdout
