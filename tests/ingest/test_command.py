"""The ingest command: arguments, messages, exit status; the extractor is faked (see test_end_to_end.py)."""

import io
import json
import random
import shutil
import sys

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from incidents.extraction.reading import text_sha256
from incidents.management.commands.ingest import Progress
from incidents.models import Group, Incident, Location, Mention, Person, Source
from incidents.services import ingest as ingest_service
from tests.ingest.conftest import ARTICLES
from tests.ingest.documents import LoadedGazetteer, empty_document, kabul_document

KABUL = ARTICLES / "kabul_bus_bombing.txt"
ENGLISH = (
    "A roadside bomb killed five people and wounded eleven others in Kabul on Tuesday, police said. "
    "No group immediately claimed responsibility for the attack on the minibus."
)


@pytest.fixture
def fake_extractor(monkeypatch, places, groups):
    text = KABUL.read_text(encoding="utf-8")
    documents = {text: kabul_document(text, places, groups)}
    monkeypatch.setattr(
        ingest_service, "extract_document", lambda article, gazetteer: documents.get(article.text) or
        empty_document(article.text),
    )  # fmt: skip
    monkeypatch.setattr(ingest_service, "extractor_version", lambda: "test")
    monkeypatch.setattr(ingest_service, "database_gazetteer", LoadedGazetteer)
    return documents


def run(*args, stdin=None):
    out, err = io.StringIO(), io.StringIO()
    call_command("ingest", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def written():
    return (Source.objects.count(), Incident.objects.count(), Mention.objects.count())


def test_ingest_prints_a_summary_of_created_and_matched_records(fake_extractor):
    out, _ = run(KABUL)
    assert "kabul_bus_bombing.txt: ingested as source" in out
    assert "incidents: 1 new" in out
    assert "groups: 1 new, 2 matched to existing records" in out
    assert "locations: 1 new, 1 matched to existing records: Dasht-e-Barchi; Kabul (existing)" in out
    source = Source.objects.get()
    assert source.title == "Bomb kills five on government minibus in Kabul"  # from the sidecar
    assert source.original_name.endswith("kabul_bus_bombing.txt")


def test_same_file_twice_is_already_ingested(fake_extractor):
    run(KABUL)
    before = written()
    out, _ = run(KABUL)
    assert "already ingested" in out
    assert written() == before


def test_no_incident_is_stated(fake_extractor):
    out, _ = run(ARTICLES / "peshawar_trade_fair.txt")
    assert "no incident found" in out
    assert Source.objects.get().incidents.count() == 0


def test_options_override_metadata_and_user_is_recorded(fake_extractor, django_user_model):
    analyst = django_user_model.objects.create_user("analyst9", password="pw-for-tests-only")
    run(KABUL, "--title", "Kabul blast", "--published", "2024-06-12", "--user", analyst.username)
    source = Source.objects.get()
    assert (source.title, str(source.published), source.ingested_by) == ("Kabul blast", "2024-06-12", analyst)


def test_unknown_user_is_refused(fake_extractor):
    with pytest.raises(CommandError, match="no user named 'nobody'"):
        run(KABUL, "--user", "nobody")
    assert written() == (0, 0, 0)


def bad_inputs(tmp_path):
    def write(name, data):
        path = tmp_path / name
        path.write_bytes(data)
        return path

    german = (
        "Bei einem Bombenanschlag in Kabul sind am Dienstag fünf Menschen getötet und elf weitere verletzt "
        "worden, teilte die Polizei mit. Zu dem Anschlag bekannte sich zunächst niemand."
    )
    return {
        "missing": (tmp_path / "nope.txt", "no such file"),
        "empty": (write("empty.txt", b""), "empty or whitespace"),
        "whitespace": (write("blank.txt", b" \n\t\n "), "empty or whitespace"),
        "binary": (write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20), "binary"),
        "undecodable": (
            write("noise.txt", bytes(random.Random(3).randrange(128, 256) for _ in range(800))),
            "not valid UTF-8",
        ),
        "too-big": (write("big.txt", ENGLISH.encode() * 30), "over the 4,000-byte limit"),
        "not-english": (write("de.txt", german.encode()), "not English; use --force"),
        "broken-html": (write("broken.html", b"<html><head><script>x()</script><body><nav>Home</nav><div"), "HTML"),
        "unsupported": (write("notes.md", ENGLISH.encode()), "not an article file"),
    }


@pytest.mark.parametrize(
    "case",
    ["missing", "empty", "whitespace", "binary", "undecodable", "too-big", "not-english", "broken-html", "unsupported"],
)
def test_bad_input_is_refused_with_a_clear_message_and_nothing_written(fake_extractor, tmp_path, settings, case):
    settings.INGEST_MAX_BYTES = 4000
    path, message = bad_inputs(tmp_path)[case]
    groups_before = Group.objects.count()
    with pytest.raises(CommandError, match=message) as raised:
        run(path)
    assert path.name in str(raised.value)
    assert written() == (0, 0, 0)
    assert Group.objects.count() == groups_before


def test_force_ingests_another_language(fake_extractor, tmp_path):
    path = bad_inputs(tmp_path)["not-english"][0]
    run(path, "--force")
    assert Source.objects.get().language == "de"


def test_a_folder_carries_on_past_a_bad_file_names_it_and_fails_at_the_end(fake_extractor, tmp_path):
    folder = tmp_path / "batch"
    shutil.copytree(ARTICLES, folder)
    (folder / "folder" / "corrupt.txt").write_bytes(b"\x00\x01\x02 not text \x00" * 10)

    with pytest.raises(CommandError, match=r"1 of 6 articles failed:\n.*corrupt\.txt.*binary"):
        run(folder)

    names = sorted(s.original_name.rsplit("/", 1)[-1] for s in Source.objects.all())
    assert names == [
        "kabul_bus_bombing.txt",
        "maiduguri_attack.html",
        "mogadishu_hotel.txt",
        "peshawar_trade_fair.txt",
        "sanaa_strike.txt",
    ]


def test_stdin_is_read_with_dash(fake_extractor, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ENGLISH.encode())))
    out, _ = run("-", "--title", "From a pipe")
    source = Source.objects.get()
    assert (source.text, source.title, source.original_name) == (ENGLISH, "From a pipe", "-")
    assert "-: ingested as source" in out


def test_dry_run_prints_only_the_json_document_and_writes_nothing(fake_extractor, capsys):
    call_command("ingest", str(KABUL), "--dry-run", "--format", "json")
    stdout = capsys.readouterr().out
    document = json.loads(stdout)
    assert document["schema"] == "incident-extraction/1"
    assert document["source"]["sha256"] == text_sha256(KABUL.read_text(encoding="utf-8"))
    assert [i["type"] for i in document["incidents"]] == ["bombing"]
    assert written() == (0, 0, 0)
    assert not Location.objects.filter(name="Dasht-e-Barchi").exists()
    assert not Person.objects.exists()


def test_dry_run_text_summary(fake_extractor):
    out, _ = run(KABUL, "--dry-run")
    assert "dry run, nothing written; found 1 incidents, 3 groups, 1 persons, 2 locations" in out
    assert written() == (0, 0, 0)


def test_missing_gazetteer_or_groups_is_named_with_the_command_to_run(fake_extractor, monkeypatch):
    monkeypatch.setattr(ingest_service, "database_gazetteer", lambda: LoadedGazetteer(False, False))
    for extra in ([], ["--dry-run", "--format", "json"]):
        with pytest.raises(CommandError, match=r"python manage.py load_gazetteer.*python manage.py load_groups"):
            run(KABUL, *extra)
    monkeypatch.setattr(ingest_service, "database_gazetteer", lambda: LoadedGazetteer(True, False))
    with pytest.raises(CommandError, match="groups list is not loaded") as raised:
        run(KABUL)
    assert "load_gazetteer" not in str(raised.value)
    assert written() == (0, 0, 0)


def test_reingest_option_re_extracts(fake_extractor):
    run(KABUL)
    first = Incident.objects.get().pk
    out, _ = run(KABUL, "--reingest")
    assert "re-ingested as source" in out
    assert Source.objects.count() == 1
    assert Incident.objects.get().pk != first  # unreviewed: replaced


def test_json_format_without_dry_run_reports_the_result(fake_extractor):
    out, _ = run(KABUL, "--format", "json")
    result = json.loads(out)
    assert result["status"] == "ingested"
    assert result["created"]["groups"] == ["Emergency"]


def test_progress_shows_done_total_rate_and_time_left():
    stream = io.StringIO()
    progress = Progress(3, stream)
    progress.step()
    progress.step()
    assert "2/3" in stream.getvalue()
    assert "articles/s" in stream.getvalue()
    assert "s left" in stream.getvalue()


def test_seeds_folder_ingests_the_seed_and_skips_its_companion_files(fake_extractor):
    from tests.ingest.conftest import SEED

    out, _ = run(SEED.parent)
    source = Source.objects.get()
    assert source.original_name.endswith("000_24bb731ae25b9949.txt")
    assert source.publisher == "We News English"  # from the sidecar
    assert "1 articles in" not in out  # a single article prints no batch line


def test_dry_run_json_over_a_folder_prints_one_document_per_line(fake_extractor):
    out, _ = run(ARTICLES / "folder", "--dry-run", "--format", "json")
    documents = [json.loads(line) for line in out.splitlines()]
    assert len(documents) == 2
    assert all(d["schema"] == "incident-extraction/1" for d in documents)
    assert written() == (0, 0, 0)
