"""End to end: the real extractor over the session's gazetteer subset and groups list.

Articles are this folder's own (fictional reports set in real places) and the
seed shipped in seeds/. Skipped while the extractor package is missing.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Q

from incidents.models import Group, Incident, Location, Mention, Person, Source
from tests.ingest.conftest import ARTICLES, SEED

pytest.importorskip("incidents.extraction.pipeline")

ROOT = Path(__file__).resolve().parents[2]
COARSE = {
    "bombing": "explosion", "suicide_bombing": "explosion", "air_or_drone_strike": "strike",
    "armed_clash": "fight", "arrest_or_raid": "fight", "targeted_killing": "killing",
    "attack_on_civilians": "killing", "other_violence": "killing", "abduction": "abduction",
    "non_violent_development": "none",
}  # fmt: skip


def ingest(path, *args):
    import io

    out = io.StringIO()
    call_command("ingest", str(path), *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def ancestors(location):
    chain = []
    while location is not None:
        chain.append(location)
        location = location.parent
    return chain


@pytest.fixture
def gazetteer_loaded(db):
    from incidents.services.gazetteer import DatabaseGazetteer

    if DatabaseGazetteer().is_loaded() != (True, True):
        pytest.skip("the session's gazetteer subset and groups list are not loaded")


def test_kabul_bombing_article(gazetteer_loaded):
    out = ingest(ARTICLES / "kabul_bus_bombing.txt")
    assert "ingested as source" in out
    source = Source.objects.get()
    assert source.extraction["schema"] == "incident-extraction/1"
    incidents = list(source.incidents.all())
    assert len(incidents) >= 1
    bombing = max(incidents, key=lambda i: i.fatalities or 0)
    assert COARSE[bombing.type] == "explosion"
    assert (bombing.fatalities, bombing.injured) == (5, 11)
    assert "Kabul" in [place.name for place in ancestors(bombing.location)]
    assert str(bombing.date_start) == "2024-06-11"  # "on Tuesday" in a Tuesday story
    perpetrators = bombing.actors.filter(role="perpetrator").values_list("group__name_folded", flat=True)
    assert any("khorasan" in name for name in perpetrators)
    assert all(source.text[m.start : m.end] == m.text for m in Mention.objects.filter(source=source))


def test_html_article_keeps_page_metadata(gazetteer_loaded):
    ingest(ARTICLES / "maiduguri_attack.html")
    source = Source.objects.get()
    assert (source.title, source.publisher, source.author, str(source.published)) == (
        "Gunmen kill 12 farmers near Maiduguri",
        "Sahel Daily",
        "Amina Bello",
        "2024-01-15",
    )
    incident = max(source.incidents.all(), key=lambda i: i.fatalities or 0)
    assert incident.fatalities == 12
    names = [place.name for place in ancestors(incident.location)]
    assert "Nigeria" in names  # Borno in Nigeria, not anywhere else
    boko_haram = Group.objects.filter(Q(name_folded="boko haram") | Q(aliases__name_folded="boko haram"))
    assert boko_haram.filter(incident_roles__incident=incident, incident_roles__role="perpetrator").exists()


def test_article_without_incident_is_stored_with_none(gazetteer_loaded):
    out = ingest(ARTICLES / "peshawar_trade_fair.txt")
    assert "no incident found" in out
    assert Source.objects.get().incidents.count() == 0


def test_a_folder_is_ingested_recursively(gazetteer_loaded):
    out = ingest(ARTICLES / "folder")
    assert Source.objects.count() == 2
    assert "2 ingested" in out


def test_seed_article(gazetteer_loaded):
    ingest(SEED)
    source = Source.objects.get()
    assert source.title.startswith("Top Daesh commander")
    assert str(source.published) == "2025-09-28"

    # Muhammad Ihsani alias Anwaar is one person, killed.
    ihsani = Person.objects.filter(mentions__source=source, name_folded__contains="ihsani").distinct().get()
    assert ihsani.name == "Muhammad Ihsani"
    assert "anwaar" in ihsani.aliases.values_list("name_folded", flat=True)
    assert ihsani.status == "killed"
    assert not Person.objects.filter(name_folded="anwaar").exists()

    # ISIS-K, Daesh-K and Daesh-Khorasan are one group, a branch of the Islamic State.
    iskp_ids = {
        m.group_id for m in Mention.objects.filter(source=source, group__isnull=False)
        if m.text in ("ISIS-K", "Daesh-K", "Daesh-Khorasan")
    }  # fmt: skip
    assert len(iskp_ids) == 1
    iskp = Group.objects.get(pk=iskp_ids.pop())
    assert iskp.parent is not None and iskp.parent.name_folded == "islamic state"

    # Mazar-i-Sharif is inside Balkh inside Afghanistan, with coordinates.
    mazar = Location.objects.filter(mentions__source=source, mentions__text="Mazar-i-Sharif").distinct().get()
    above = [(p.name, p.kind) for p in ancestors(mazar)][1:]  # the gazetteer may put a district between
    assert ("Balkh", "admin1") in above and above[-1] == ("Afghanistan", "country")
    assert mazar.latitude is not None and mazar.longitude is not None

    incidents = list(source.incidents.all())
    assert len(incidents) == 3
    by_class = {COARSE[i.type]: i for i in incidents}
    assert set(by_class) == {"killing", "explosion", "fight"}
    killing, bombing, clash = by_class["killing"], by_class["explosion"], by_class["fight"]
    assert (killing.fatalities, killing.location) == (1, mazar)
    assert (killing.date_start.year, killing.date_start.month) == (2025, 9)
    assert bombing.fatalities == 67
    assert "Peshawar" in [p.name for p in ancestors(bombing.location)]
    assert (bombing.date_start.year, bombing.date_precision) == (2022, "year")
    assert clash.fatalities == 3
    assert {"Bajaur", "Khyber Pakhtunkhwa"} & {p.name for p in ancestors(clash.location)}
    assert (clash.date_start.year, clash.date_start.month) == (2025, 9)
    assert ihsani in killing.persons.all()


def test_seed_twice_is_already_ingested(gazetteer_loaded):
    ingest(SEED)
    counts = (Source.objects.count(), Incident.objects.count(), Person.objects.count(), Group.objects.count())
    assert "already ingested" in ingest(SEED)
    assert (Source.objects.count(), Incident.objects.count(), Person.objects.count(), Group.objects.count()) == counts


def run_in_subprocess(*args):
    """The command in another process, on this test database (PostgreSQL: SQLite's is in memory)."""
    if connection.vendor != "postgresql":
        pytest.skip("needs a test database another process can open")
    db = connection.settings_dict
    url = f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    return subprocess.run(
        [sys.executable, "manage.py", "ingest", *map(str, args)],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": url},
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.postgres
def test_cold_dry_run_in_a_subprocess_prints_only_json(gazetteer_loaded):
    """The scorer's call."""
    proc = run_in_subprocess("--dry-run", "--format", "json", SEED)
    assert proc.returncode == 0, proc.stderr
    document = json.loads(proc.stdout)
    assert document["schema"] == "incident-extraction/1"
    assert document["source"]["published"] == "2025-09-28"
    assert Source.objects.count() == 0


@pytest.mark.postgres
def test_jobs_run_a_folder_in_worker_processes_in_order(gazetteer_loaded):
    proc = run_in_subprocess("--dry-run", "--jobs", "2", ARTICLES)
    assert proc.returncode == 0, proc.stderr
    assert "5 articles in" in proc.stdout and "5 dry run" in proc.stdout
    reported = [line.split(":")[0] for line in proc.stdout.splitlines() if ": dry run" in line]
    assert reported == sorted(reported)  # results come back in the folder's order
    assert Source.objects.count() == 0
