from incidents.choices import PersonRole
from incidents.models import Affiliation, IncidentPerson, Mention, Note, Person, PersonAlias
from incidents.services.merging import merge_persons


def test_person_merge_moves_links_and_keeps_every_name(two_persons):
    survivor = two_persons["survivor"]

    merge_persons(survivor, two_persons["absorbed"])

    assert set(PersonAlias.objects.filter(person=survivor).values_list("name", flat=True)) == {
        "Anwaar",
        "Muhammad Ihsani Anwar",
        "Anwar",
    }
    assert set(IncidentPerson.objects.filter(person=survivor).values_list("role", flat=True)) == {
        PersonRole.PERPETRATOR,
        PersonRole.COMMANDER,
    }
    assert Mention.objects.filter(person=survivor, text="Anwar").exists()
    assert Note.objects.filter(object_id=survivor.pk, body="Also reported as Anwaar").exists()
    assert Person.objects.count() == 1


def test_person_merge_drops_duplicate_affiliation_and_incident_role(two_persons):
    survivor = two_persons["survivor"]

    record = merge_persons(survivor, two_persons["absorbed"])

    assert Affiliation.objects.filter(person=survivor, group=two_persons["group"], role="commander").count() == 1
    assert (
        IncidentPerson.objects.filter(
            person=survivor, incident=two_persons["incident"], role=PersonRole.PERPETRATOR
        ).count()
        == 1
    )
    dropped = sorted(entry["model"] for entry in record.snapshot["links"] if entry["action"] == "dropped")
    assert dropped == ["incidents.affiliation", "incidents.incidentperson"]


def test_person_merge_takes_known_origin_and_status_for_unknown_ones(two_persons):
    survivor = two_persons["survivor"]

    merge_persons(survivor, two_persons["absorbed"])

    survivor.refresh_from_db()
    assert (survivor.origin, survivor.status) == ("Tajik", "killed")


def test_person_history_shows_the_merge(two_persons):
    survivor, absorbed_pk = two_persons["survivor"], two_persons["absorbed"].pk

    merge_persons(survivor, two_persons["absorbed"])

    assert survivor.history.first().history_change_reason == f"Merged person {absorbed_pk} (Anwar) into this record"
