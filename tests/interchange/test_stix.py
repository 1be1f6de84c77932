"""STIX 2.1 bundles: valid by the OASIS validator, the mapping, stable ids, and import back."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from stix2validator import ValidationOptions, validate_string

from incidents.models import Group, Incident, IncidentActor, Person
from interchange import stix


def bundle_text(queryset=None) -> str:
    return "".join(stix.bundle_chunks(queryset if queryset is not None else Incident.objects.order_by("id")))


def objects_by_type(text: str) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for obj in json.loads(text)["objects"]:
        found.setdefault(obj["type"], []).append(obj)
    return found


def assert_valid(text: str) -> None:
    result = validate_string(text, ValidationOptions(version="2.1"))
    assert result.is_valid, [str(e) for e in result.errors]


def test_exported_bundle_passes_the_oasis_validator(world):
    assert_valid(bundle_text())


def test_bundle_maps_records_to_stix_objects(world):
    found = objects_by_type(bundle_text())
    assert len(found["incident"]) == 4
    killing = next(o for o in found["incident"] if o["description"] == "Commander shot dead in Alphatown")
    assert killing["x_incident_desk_type"] == "targeted_killing" and killing["x_incident_desk_fatalities"] == 1
    front = next(o for o in found["intrusion-set"] if o["name"] == "Test Khorasan Front")
    assert set(front["aliases"]) == {"Daesh-Test", "TKF"}
    army = next(o for o in found["threat-actor"] if o["name"] == "Zedland Army")
    assert army["threat_actor_types"] == ["nation-state"]
    person = next(o for o in found["identity"] if o.get("identity_class") == "individual")
    assert person["name"] == "Umar Testani" and person["x_incident_desk_aliases"] == ["Abu Test"]
    place = next(o for o in found["location"] if o["name"] == "Alphatown")
    assert (place["latitude"], place["longitude"], place["country"]) == (11.5, 21.5, "ZZ")
    assert place["administrative_area"] == "Northprov"
    (report,) = found["report"]
    assert report["external_references"][0]["url"] == world["source"].url
    assert stix.stix_id("incident", "incident", world["killing"].pk) in report["object_refs"]
    relations = {(r["source_ref"], r["relationship_type"], r["target_ref"]) for r in found["relationship"]}
    assert (killing["id"], "targets", front["id"]) in relations
    assert (killing["id"], "targets", person["id"]) in relations  # the commander was the victim
    assert (killing["id"], "located-at", place["id"]) in relations
    assert (person["id"], "related-to", front["id"]) in relations  # his affiliation
    bombing = stix.stix_id("incident", "incident", world["bombing"].pk)
    assert (bombing, "attributed-to", front["id"]) in relations


def test_ids_are_the_same_on_every_export(world):
    first = [o["id"] for o in json.loads(bundle_text())["objects"]]
    world["killing"].summary = "Changed"
    world["killing"].save()
    second = [o["id"] for o in json.loads(bundle_text())["objects"]]
    assert first == second and len(set(first)) == len(first)


def test_import_into_an_empty_database_then_again_updates(world):
    text = bundle_text()
    before = {(i.type, i.date_start, i.fatalities, i.summary, i.location_id) for i in Incident.objects.all()}
    Incident.objects.all().delete()
    counts = stix.import_bundle(text)
    assert counts["incidents"] == {"created": 4, "updated": 0}
    after = {(i.type, i.date_start, i.fatalities, i.summary, i.location_id) for i in Incident.objects.all()}
    assert after == before
    bombing = Incident.objects.get(summary="Mosque bombing")
    actor = IncidentActor.objects.get(incident=bombing)
    assert (actor.group, actor.role, actor.claimed) == (world["front"], "perpetrator", True)
    assert bombing.sources.get() == world["source"] or bombing.sources.count() == 1
    assert Group.objects.filter(name="Test Khorasan Front").count() == 1  # matched, not duplicated
    again = stix.import_bundle(text)
    assert again["incidents"] == {"created": 0, "updated": 4}
    assert Incident.objects.count() == 4 and Person.objects.filter(name="Umar Testani").count() == 2
    # Re-exported, the imported incidents keep the ids they came in with.
    ids = {o["id"] for o in json.loads(bundle_text())["objects"] if o["type"] == "incident"}
    assert ids == {o["id"] for o in json.loads(text)["objects"] if o["type"] == "incident"}


def test_a_broken_bundle_is_refused_whole(world, tmp_path):
    path = tmp_path / "broken.json"
    objects = json.loads(bundle_text())["objects"]
    objects.append({"type": "relationship", "id": "relationship--x"})
    path.write_text(json.dumps({"type": "bundle", "id": "bundle--1", "objects": objects}))
    Incident.objects.all().delete()
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_stix", str(path), stdout=io.StringIO())
    assert Incident.objects.count() == 0
    path.write_text("[1, 2]")
    with pytest.raises(CommandError, match="not a STIX bundle"):
        call_command("import_stix", str(path), stdout=io.StringIO())


def test_export_command_takes_the_list_filters(world, tmp_path):
    out = tmp_path / "b.json"
    call_command("export_stix", "--group", "Daesh-Test", "--location", "Northprov", "-o", str(out))
    found = objects_by_type(out.read_text())
    assert {o["description"] for o in found["incident"]} == {"Commander shot dead in Alphatown", "Mosque bombing"}
    assert_valid(out.read_text())


def test_list_page_offers_stix_and_acled_downloads_of_its_filter(viewer_client, world):
    page = viewer_client.get(reverse("incident-list"), {"type": "bombing"}).content.decode()
    stix_url = reverse("incident-export-stix") + "?type=bombing"
    assert stix_url in page and reverse("incident-export-acled") + "?type=bombing" in page
    response = viewer_client.get(stix_url)
    found = objects_by_type(b"".join(response.streaming_content).decode())
    assert [o["description"] for o in found["incident"]] == ["Mosque bombing"]
    csv_text = b"".join(viewer_client.get(reverse("incident-export-acled"), {"type": "bombing"}).streaming_content)
    assert csv_text.decode().count("\n") == 2  # header and the one bombing
    assert viewer_client.get(reverse("incident-export-acled"), {"date_from": "soon"}).status_code == 400


def test_downloads_need_login(client, world):
    response = client.get(reverse("incident-export-stix"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
