"""Writes: viewers get 403 on every one, analysts' writes go through and are recorded."""

import pytest
from django.urls import reverse

from incidents.models import GroupAlias, Incident, LocationName, MergeRecord, Note, NotSamePair, PersonAlias
from tests.views.conftest import formset_data


def write_requests(world):
    killing, front, person = world["killing"], world["front"], world["commander"]
    return [
        (reverse("incident-note-add", args=[killing.pk]), {"body": "x"}),
        (reverse("group-note-add", args=[front.pk]), {"body": "x"}),
        (reverse("source-note-add", args=[world["source"].pk]), {"body": "x"}),
        (reverse("incident-review", args=[killing.pk]), {"status": "reviewed"}),
        (reverse("incident-edit", args=[killing.pk]), {"type": "bombing"}),
        (reverse("group-alias-add", args=[front.pk]), {"name": "New Alias"}),
        (reverse("person-alias-add", args=[person.pk]), {"name": "New Alias"}),
        (reverse("location-alias-add", args=[world["alpha"].pk]), {"name": "New Alias"}),
        (reverse("group-merge", args=[front.pk]), {"other": str(world["army"].pk)}),
        (reverse("person-merge", args=[person.pk]), {"other": "x"}),
        (reverse("incident-merge", args=[killing.pk]), {"other": str(world["bombing"].pk)}),
        (reverse("incident-not-same", args=[killing.pk]), {"other": str(world["bombing"].pk)}),
        (reverse("merge-undo", args=[1]), {}),
    ]


def test_viewer_gets_403_on_every_write(viewer_client, world):
    for url, data in write_requests(world):
        assert viewer_client.post(url, data).status_code == 403, url
    assert viewer_client.get(reverse("incident-edit", args=[world["killing"].pk])).status_code == 403
    assert viewer_client.get(reverse("group-merge", args=[world["front"].pk])).status_code == 403
    assert Note.objects.count() == 0
    world["killing"].refresh_from_db()
    assert world["killing"].review_status == "extracted" and world["killing"].type == "targeted_killing"


def test_anonymous_writes_go_to_login(client, world):
    for url, data in write_requests(world):
        response = client.post(url, data)
        assert response.status_code == 302 and response.url.startswith(reverse("login")), url


def test_writes_need_a_csrf_token(analyst, world):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(analyst)
    response = client.post(reverse("incident-note-add", args=[world["killing"].pk]), {"body": "no token"})
    assert response.status_code == 403
    assert Note.objects.count() == 0


def test_viewer_sees_no_edit_controls(viewer_client, world):
    html = viewer_client.get(world["killing"].get_absolute_url()).content.decode()
    for marker in ("Edit</a>", "Mark reviewed", "Add note", reverse("incident-review", args=[world["killing"].pk])):
        assert marker not in html
    group_html = viewer_client.get(world["front"].get_absolute_url()).content.decode()
    assert "Add an alias" not in group_html and "Merge a duplicate" not in group_html


def test_analyst_sees_edit_controls(analyst_client, world):
    html = analyst_client.get(world["killing"].get_absolute_url()).content.decode()
    assert (
        "Mark reviewed" in html and "Add note" in html and reverse("incident-edit", args=[world["killing"].pk]) in html
    )


def test_analyst_adds_a_note(analyst_client, analyst, world):
    url = reverse("incident-note-add", args=[world["killing"].pk])
    response = analyst_client.post(url, {"body": "Checked against a second report."}, follow=True)
    assert response.status_code == 200
    note = Note.objects.get()
    assert note.author == analyst and note.record == world["killing"]
    assert "Checked against a second report." in response.content.decode()


def test_empty_note_is_refused(analyst_client, world):
    analyst_client.post(reverse("incident-note-add", args=[world["killing"].pk]), {"body": "   "})
    assert Note.objects.count() == 0


@pytest.mark.parametrize("status", ["reviewed", "disputed", "rejected"])
def test_analyst_reviews_an_incident_recording_who_and_when(analyst_client, analyst, world, status):
    analyst_client.post(reverse("incident-review", args=[world["killing"].pk]), {"status": status})
    incident = Incident.objects.get(pk=world["killing"].pk)
    assert incident.review_status == status
    assert incident.reviewed_by == analyst and incident.reviewed_at is not None


def test_review_with_unknown_status_changes_nothing(analyst_client, world):
    analyst_client.post(reverse("incident-review", args=[world["killing"].pk]), {"status": "bogus"})
    assert Incident.objects.get(pk=world["killing"].pk).review_status == "extracted"


def edit_data(world, perpetrators=(), target_groups=("Daesh-Test",), **changes):
    data = {
        "type": "targeted_killing", "summary": "Commander shot dead", "date_start": "2025-09-28",
        "date_end": "2025-09-28", "date_precision": "day", "location": "Alphatown", "fatalities": "2",
        "fatalities_text": "", "injured": "1", "persons": "victim: Abu Test",
        **formset_data("perpetrators", [{"group": name} for name in perpetrators]),
        **formset_data("target_groups", [{"group": name} for name in target_groups]),
    }  # fmt: skip
    data.update(changes)
    return data


def test_analyst_edits_an_incident_and_history_shows_it(analyst_client, analyst, world):
    pk = world["killing"].pk
    response = analyst_client.post(
        reverse("incident-edit", args=[pk]), edit_data(world, perpetrators=["Zedland Army"], location="Northprov")
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    incident = Incident.objects.get(pk=pk)
    assert incident.fatalities == 2 and incident.injured == 1 and incident.analyst_edited
    assert incident.location == world["north"]
    assert {(a.group.name, a.role) for a in incident.actors.all()} == {
        ("Zedland Army", "perpetrator"),
        ("Test Khorasan Front", "target"),
    }
    assert incident.history.first().history_user == analyst
    history = analyst_client.get(reverse("incident-history", args=[pk])).content.decode()
    assert "Fatalities" in history or "fatalities" in history
    assert "<del>1</del> → <ins>2</ins>" in history
    assert "created: Zedland Army (perpetrator)" in history  # link changes appear on the same tab


def test_edit_with_place_picked_from_suggestions(analyst_client, world):
    label = f"Betaville (Populated place, ZZ) [{world['beta'].pk}]"
    analyst_client.post(reverse("incident-edit", args=[world["killing"].pk]), edit_data(world, location=label))
    assert Incident.objects.get(pk=world["killing"].pk).location == world["beta"]


def test_edit_rejects_unknown_names_and_reversed_dates(analyst_client, world):
    response = analyst_client.post(
        reverse("incident-edit", args=[world["killing"].pk]),
        edit_data(world, perpetrators=["No Such Group"], date_end="2020-01-01", location="Nowhereville"),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "No Such Group" in html and "end date is before" in html and "Nowhereville" in html
    assert Incident.objects.get(pk=world["killing"].pk).fatalities == 1


def test_analyst_adds_aliases(analyst_client, world):
    analyst_client.post(reverse("group-alias-add", args=[world["front"].pk]), {"name": "ISKT"})
    analyst_client.post(reverse("person-alias-add", args=[world["commander"].pk]), {"name": "Al-Testani"})
    analyst_client.post(reverse("location-alias-add", args=[world["alpha"].pk]), {"name": "Alpha City"})
    assert GroupAlias.objects.filter(group=world["front"], name="ISKT").exists()
    assert PersonAlias.objects.filter(person=world["commander"], name="Al-Testani").exists()
    assert LocationName.objects.filter(location=world["alpha"], name="Alpha City").exists()
    # the new names find the incidents in free-text search at once
    for q, incident in (("ISKT", "bombing"), ("Al-Testani", "killing"), ("Alpha City", "killing")):
        listed = analyst_client.get(reverse("incident-list"), {"q": q}).context["object_list"]
        assert world[incident].pk in [i.pk for i in listed], q


def test_analyst_merges_two_groups_and_history_records_it(analyst_client, world):
    from incidents.models import Group

    twin = Group.objects.create(name="Test Khorasan Front (duplicate)")
    response = analyst_client.post(reverse("group-merge", args=[world["front"].pk]), {"other": str(twin.pk)})
    assert response.status_code == 302
    assert not Group.objects.filter(pk=twin.pk).exists()
    record = MergeRecord.objects.get()
    assert record.survivor_id == world["front"].pk
    history = analyst_client.get(reverse("group-history", args=[world["front"].pk])).content.decode()
    assert "Test Khorasan Front (duplicate)" in history and "Undo merge" in history
    analyst_client.post(reverse("merge-undo", args=[record.pk]))
    assert Group.objects.filter(name="Test Khorasan Front (duplicate)").exists()


def test_analyst_merges_two_persons(analyst_client, world):
    from incidents.models import Person

    twin = Person.objects.create(name="U. Testani")
    response = analyst_client.post(reverse("person-merge", args=[world["commander"].pk]), {"other": "U. Testani"})
    assert response.status_code == 302
    assert not Person.objects.filter(pk=twin.pk).exists()
    assert PersonAlias.objects.filter(person=world["commander"], name="U. Testani").exists()


def test_merge_form_refuses_self_and_unknown(analyst_client, world):
    url = reverse("group-merge", args=[world["front"].pk])
    assert "No other record" in analyst_client.post(url, {"other": str(world["front"].pk)}).content.decode()
    assert "No other record" in analyst_client.post(url, {"other": "nothing like it"}).content.decode()
    assert MergeRecord.objects.count() == 0


def test_duplicate_banner_offers_merge_and_not_same(analyst_client, world):
    killing, twin = world["killing"], Incident.objects.create(type="targeted_killing", location=world["alpha"])
    twin.possible_duplicate_of = killing
    twin.save()
    html = analyst_client.get(twin.get_absolute_url()).content.decode()
    assert "Possible duplicate" in html and "Not the same" in html
    analyst_client.post(reverse("incident-not-same", args=[twin.pk]), {"other": killing.pk})
    assert NotSamePair.objects.count() == 1


def test_merge_of_possible_duplicate_incident(analyst_client, world):
    killing, twin = world["killing"], Incident.objects.create(type="targeted_killing", location=world["alpha"])
    twin.possible_duplicate_of = killing
    twin.save()
    analyst_client.post(reverse("incident-merge", args=[killing.pk]), {"other": twin.pk})
    assert not Incident.objects.filter(pk=twin.pk).exists()
    assert MergeRecord.objects.filter(survivor_id=killing.pk).exists()


def test_alias_that_names_another_record_warns_and_is_added_only_when_confirmed(analyst_client, world):
    url = reverse("person-alias-add", args=[world["commander"].pk])
    response = analyst_client.post(url, {"name": "Zedland Army"}, follow=True)
    text = response.content.decode()
    army = world["army"]
    assert f'already names group <a href="{army.get_absolute_url()}">Zedland Army</a> (#{army.pk})' in text
    assert not PersonAlias.objects.filter(person=world["commander"], name="Zedland Army").exists()
    analyst_client.post(url, {"name": "Zedland Army", "confirm": "1"})
    assert PersonAlias.objects.filter(person=world["commander"], name="Zedland Army").exists()


def test_analyst_removes_an_alias_and_it_stops_finding_incidents(analyst_client, world):
    from incidents.models import GroupAlias

    alias = GroupAlias.objects.get(group=world["front"], name="Daesh-Test")
    world["killing"].refresh_from_db()
    response = analyst_client.post(reverse("group-alias-remove", args=[world["front"].pk]), {"alias": alias.pk})
    assert response.status_code == 302
    assert not GroupAlias.objects.filter(pk=alias.pk).exists()
    from incidents.models import Incident

    assert "Daesh-Test" not in Incident.objects.get(pk=world["killing"].pk).search_text
    page = analyst_client.get(world["front"].get_absolute_url()).content.decode()
    assert "Remove alias TKF" in page


def test_alias_removal_needs_permission(viewer_client, world):
    from incidents.models import GroupAlias

    alias = GroupAlias.objects.get(group=world["front"], name="Daesh-Test")
    url = reverse("group-alias-remove", args=[world["front"].pk])
    assert viewer_client.post(url, {"alias": alias.pk}).status_code == 403
    assert GroupAlias.objects.filter(pk=alias.pk).exists()
