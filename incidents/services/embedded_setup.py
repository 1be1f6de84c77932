"""First use of the embedded SQLite database: migrate and load the reference data, once.

`python manage.py ingest` on a fresh checkout (no `make data` yet) would otherwise find
no tables, or no places and groups, and extract nothing. On the embedded default the
ingest command prepares the database itself; a file lock makes concurrent first runs
wait for one another instead of loading twice. A PostgreSQL database is never migrated
implicitly: there the command names the loader to run.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def embedded_database() -> bool:
    return connection.vendor == "sqlite"


def needs_setup() -> bool:
    """Migrations to apply, or no gazetteer places or curated groups yet."""
    from incidents.services.gazetteer import DatabaseGazetteer

    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        return True
    return not all(DatabaseGazetteer().is_loaded())


@contextlib.contextmanager
def _exclusive(lock_path: Path):
    try:
        import fcntl
    except ImportError:  # no advisory locks on this platform: first runs may overlap
        yield
        return
    with open(lock_path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def prepare(log) -> bool:
    """Migrate and load places and groups if needed; return whether anything was done.

    Loader output goes to `log` (a stream), so a JSON report on stdout stays clean.
    """
    database_file = Path(connection.settings_dict["NAME"])
    with _exclusive(database_file.with_name(database_file.name + ".setup-lock")):
        if not needs_setup():  # another process finished it while this one waited
            return False
        log.write("First use of this database: migrating and loading places and groups (once, about a minute).\n")
        call_command("migrate", interactive=False, verbosity=0, stdout=log)
        call_command("load_gazetteer", stdout=log)
        call_command("load_groups", stdout=log)
        return True
