"""ACLED-format CSV: the export's columns and mapping, the import's matching, idempotence and errors."""

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from incidents.choices import ActorRole, LocationKind
from incidents.models import Group, Incident, IncidentActor, IncidentSource, Location
from interchange import acled
from interchange.models import ExternalId
from tests.views.conftest import make_source

FIXTURE = Path(__file__).parent / "fixtures" / "acled_sample.csv"


def rows_of(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def export_text(queryset=None) -> str:
    return "".join(acled.csv_lines(queryset if queryset is not None else Incident.objects.order_by("id")))


def import_text(text: str, **kw):
    return acled.import_rows(io.StringIO(text), **kw)


def with_line(text: str, line: str) -> str:
    return text.rstrip("\n") + "\n" + line + "\n"


def acled_line(**values) -> str:
    """One CSV line with ACLED's columns; a plausible row unless `values` say otherwise."""
    row = {"event_date": "2024-01-01", "event_type": "Battles", "sub_event_type": "Armed clash", "country": "Nigeria"}
    row.update(values)
    out = io.StringIO()
    csv.writer(out).writerow([row.get(column, "") for column in acled.COLUMNS])
    return out.getvalue().rstrip("\r\n")


@pytest.fixture
def afghan_world(db):
    """Incidents on real gazetteer places (the test gazetteer has Afghanistan and Nigeria)."""
    kunduz_city = Location.objects.get(name="Kunduz", kind=LocationKind.CITY, country_code="AF")
    balkh = Location.objects.get(name="Balkh", kind=LocationKind.ADMIN1, country_code="AF")
    iskp = Group.objects.get(name="Islamic State Khorasan Province")
    army = Group.objects.get(name="Afghan National Army")
    source = make_source(publisher="Test Wire")
    first = Incident.objects.create(
        type="suicide_bombing", date_start=dt.date(2023, 5, 6), date_end=dt.date(2023, 5, 6), date_precision="day",
        location=kunduz_city, fatalities=9, summary="A bomber struck a checkpoint.",
    )  # fmt: skip
    IncidentActor.objects.create(incident=first, group=iskp, role=ActorRole.PERPETRATOR)
    IncidentActor.objects.create(incident=first, group=army, role=ActorRole.TARGET)
    IncidentSource.objects.create(incident=first, source=source, fatalities=9)
    second = Incident.objects.create(
        type="targeted_killing", date_start=dt.date(2022, 11, 1), date_end=dt.date(2022, 11, 1),
        date_precision="month", location=balkh, fatalities=None, summary="An official was shot.",
    )  # fmt: skip
    IncidentActor.objects.create(incident=second, group=iskp, role=ActorRole.PERPETRATOR)
    return {"first": first, "second": second, "kunduz_city": kunduz_city, "balkh": balkh, "iskp": iskp}


def test_export_writes_acled_columns_with_places_actors_and_codes(afghan_world):
    text = export_text()
    assert text.splitlines()[0].split(",") == list(acled.COLUMNS)
    first, second = rows_of(text)
    assert first["event_id_cnty"] == f"AFGDESK{afghan_world['first'].pk}"
    assert (first["event_type"], first["sub_event_type"]) == ("Explosions/Remote violence", "Suicide bomb")
    assert first["disorder_type"] == "Political violence"
    assert (first["country"], first["iso"], first["admin1"], first["location"]) == (
        "Afghanistan", "4", "Kunduz", "Kunduz",
    )  # fmt: skip
    assert first["geo_precision"] == "1" and first["time_precision"] == "1"
    assert first["actor1"] == "Islamic State Khorasan Province" and first["inter1"] == ""  # armed group: not told
    assert first["actor2"] == "Afghan National Army" and first["inter2"] == "1"
    assert first["source"] == "Test Wire" and first["fatalities"] == "9"
    # A place that is a province: coarse geo precision; unknown fatalities stay empty.
    assert second["geo_precision"] == "3" and second["location"] == "Balkh" and second["fatalities"] == ""
    assert second["time_precision"] == "3"
    # Violence against civilians without a target group: civilians of the country, code 7.
    assert second["actor2"] == "Civilians (Afghanistan)" and second["civilian_targeting"] == "Civilian targeting"
    assert second["region"] == "" and second["source_scale"] == ""  # unknowns stay empty


def test_round_trip_into_an_empty_database_keeps_incidents(afghan_world):
    before = {
        (i.type, i.date_start, i.date_precision, i.location_id, i.fatalities, i.summary,
         frozenset(i.actors.values_list("group_id", "role")))
        for i in Incident.objects.all()
    }  # fmt: skip
    text = export_text()
    Incident.objects.all().delete()
    report = import_text(text)
    assert (report.created, report.errors) == (2, [])
    after = {
        (i.type, i.date_start, i.date_precision, i.location_id, i.fatalities, i.summary,
         frozenset(i.actors.values_list("group_id", "role")))
        for i in Incident.objects.all()
    }  # fmt: skip
    assert after == before
    # And out again: the same rows (the ids it came in with, the same values).
    again = rows_of(export_text())
    assert [r["event_id_cnty"] for r in again] == [r["event_id_cnty"] for r in rows_of(text)]
    assert [r["fatalities"] for r in again] == [r["fatalities"] for r in rows_of(text)]


def test_import_matches_gazetteer_places_and_group_aliases(db):
    report = import_text(FIXTURE.read_text())
    assert (report.created, report.errors) == (4, [])
    by_id = {e.value: Incident.objects.get(pk=e.object_id) for e in ExternalId.objects.filter(scheme="acled")}
    kabul = by_id["TSTAFG0001"]
    assert kabul.location == Location.objects.get(name="Kabul", kind=LocationKind.CITY, country_code="AF")
    assert kabul.type == "bombing" and kabul.fatalities == 4 and kabul.targets == ["civilians"]
    assert list(kabul.groups.values_list("name", flat=True)) == ["Islamic State Khorasan Province"]  # by alias
    clash = by_id["TSTAFG0002"]
    assert clash.date_start == dt.date(2024, 4, 12) and clash.date_precision == "week"
    new = Group.objects.get(name="Invented Valley Front")
    assert not new.reviewed and new.kind == "armed_group"
    assert set(clash.actors.values_list("group__name", "role")) == {
        ("Taliban army", "perpetrator"), ("Invented Valley Front", "target"), ("Invented Hill Brigade", "target"),
    }  # fmt: skip
    hamlet = by_id["TSTAFG0003"]
    assert hamlet.perpetrator_unknown and not hamlet.actors.exists()
    assert hamlet.location.name == "Invented Hamlet" and hamlet.location.parent.name == "Balkh District"
    assert hamlet.fatalities is None and hamlet.date_precision == "month"
    assert by_id["TSTNIG0004"].location.country_code == "NG"


def test_import_is_idempotent_by_event_id(db):
    text = FIXTURE.read_text()
    import_text(text)
    count = Incident.objects.count()
    again = import_text(text)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
    assert Incident.objects.count() == count
    changed = text.replace("Invented test event: a market attack.,12,", "Invented test event: a market attack.,15,")
    third = import_text(changed)
    assert (third.created, third.updated, third.unchanged) == (0, 1, 3)
    assert Incident.objects.get(summary="Invented test event: a market attack.").fatalities == 15


def test_import_leaves_reviewed_incidents_alone(db):
    text = FIXTURE.read_text()
    import_text(text)
    incident = Incident.objects.get(summary__startswith="Invented test event: a market")
    Incident.objects.filter(pk=incident.pk).update(review_status="reviewed")
    report = import_text(text.replace(",12,", ",99,"))
    assert report.skipped == {"reviewed or edited by an analyst": 1}
    assert Incident.objects.get(pk=incident.pk).fatalities == 12


def test_bad_rows_are_reported_by_line_and_nothing_is_written(db):
    text = with_line(FIXTURE.read_text(), acled_line(event_id_cnty="TSTBAD0005", event_date="not a date"))
    text = with_line(text, acled_line(event_id_cnty="TSTBAD0006", country="Atlantis"))
    text = with_line(text, acled_line(event_id_cnty="TSTBAD0007", event_type="Picnics", sub_event_type="Lunch"))
    report = import_text(text)
    assert [line for line, _ in report.errors] == [6, 7, 8]
    assert "event_date" in report.errors[0][1] and "Atlantis" in report.errors[1][1]
    assert "event_type" in report.errors[2][1]
    assert not report.written and Incident.objects.count() == 0 and Group.objects.filter(reviewed=False).count() == 0
    kept = import_text(text, skip_bad=True)
    assert kept.written and kept.created == 4 and len(kept.errors) == 3


def test_a_file_without_acled_columns_is_refused(db):
    report = import_text("id,name\n1,x\n")
    assert report.errors and "event_id_cnty" in report.errors[0][1] and not report.written


def test_commands_export_filtered_and_import(afghan_world, tmp_path):
    out = tmp_path / "out.csv"
    call_command("export_acled", "--type", "suicide_bombing", "-o", str(out))
    rows = rows_of(out.read_text())
    assert [r["sub_event_type"] for r in rows] == ["Suicide bomb"]
    stdout = io.StringIO()
    call_command("import_acled", str(FIXTURE), stdout=stdout)
    assert "4 rows: 4 created" in stdout.getvalue()
    bad = tmp_path / "bad.csv"
    bad.write_text(
        with_line(FIXTURE.read_text().replace("TSTAFG", "NEWAFG"), acled_line(event_id_cnty="X", latitude="north"))
    )
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_acled", str(bad), stdout=io.StringIO())
    assert not ExternalId.objects.filter(value__startswith="NEWAFG").exists()
    with pytest.raises(CommandError, match="date_from"):
        call_command("export_acled", "--date-from", "yesterday", stdout=io.StringIO())
