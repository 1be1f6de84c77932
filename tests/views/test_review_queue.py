"""The review queue and bulk review: what waits for a decision, and deciding many at once."""

import pytest
from django.urls import reverse

from incidents.models import Group, Incident, Person


def test_queue_lists_unreviewed_incidents_and_counts_what_waits(analyst_client, world):
    Incident.objects.filter(pk=world["clash"].pk).update(review_status="reviewed")
    Group.objects.create(name="A group the extractor found", provenance="extracted")
    world["abroad"].possible_duplicate_of = world["killing"]
    world["abroad"].save()
    page = analyst_client.get(reverse("review-queue"))
    assert page.status_code == 200
    assert {i.pk for i in page.context["rows"]} == {
        world["killing"].pk, world["bombing"].pk, world["abroad"].pk,
    }  # fmt: skip
    counts = page.context["counts"]
    assert (counts["unreviewed"], counts["duplicates"], counts["groups"]) == (3, 1, 1)
    html = page.content.decode()
    assert 'name="ids"' in html and "Mark reviewed" in html and "<kbd>j</kbd>" in html


def test_viewer_sees_the_queue_without_review_controls(viewer_client, world):
    html = viewer_client.get(reverse("review-queue")).content.decode()
    assert 'name="ids"' not in html and "Mark reviewed" not in html


def test_bulk_review_marks_the_ticked_incidents(analyst_client, analyst, world):
    ids = [world["killing"].pk, world["bombing"].pk]
    response = analyst_client.post(
        reverse("incident-bulk-review"), {"ids": ids, "status": "rejected", "next": "/incidents/?type=bombing"}
    )
    assert response.status_code == 302 and response["Location"] == "/incidents/?type=bombing"
    assert set(Incident.objects.filter(review_status="rejected").values_list("pk", flat=True)) == set(ids)
    assert Incident.objects.get(pk=world["killing"].pk).reviewed_by == analyst
    assert world["clash"].__class__.objects.get(pk=world["clash"].pk).review_status == "extracted"
    latest = Incident.objects.get(pk=ids[0]).history.first()
    assert latest.history_change_reason == "Marked rejected"


def test_bulk_review_refuses_an_unknown_status_and_an_outside_redirect(analyst_client, world):
    response = analyst_client.post(
        reverse("incident-bulk-review"),
        {"ids": [world["killing"].pk], "status": "deleted", "next": "https://elsewhere.example/"},
    )
    assert response["Location"] == reverse("review-queue")
    assert Incident.objects.get(pk=world["killing"].pk).review_status == "extracted"


@pytest.mark.parametrize("method", ["get", "post"])
def test_bulk_review_needs_permission(viewer_client, world, method):
    url = reverse("incident-bulk-review")
    response = getattr(viewer_client, method)(url, {"ids": [world["killing"].pk], "status": "reviewed"})
    assert response.status_code in (403, 405)
    assert Incident.objects.get(pk=world["killing"].pk).review_status == "extracted"


def test_bulk_review_needs_csrf(analyst, world):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(analyst)
    response = client.post(reverse("incident-bulk-review"), {"ids": [world["killing"].pk], "status": "reviewed"})
    assert response.status_code == 403
    assert Incident.objects.get(pk=world["killing"].pk).review_status == "extracted"


def test_incident_list_offers_row_ticks_to_analysts(analyst_client, world):
    html = analyst_client.get(reverse("incident-list")).content.decode()
    assert f'name="ids" value="{world["killing"].pk}" form="bulk-form"' in html and 'id="bulk-form"' in html


# --- Sections: changed after review, duplicates, new groups and persons ---------------------


def send_back(incident, reason="Fatalities 1 → 4 (merged with incident #99, reported by Test Wire)"):
    Incident.objects.filter(pk=incident.pk).update(review_status="extracted", review_reason=reason)


def test_incidents_changed_after_review_have_their_own_section_with_the_reason(analyst_client, world):
    send_back(world["killing"])
    queue = reverse("review-queue")
    changed = analyst_client.get(queue, {"section": "changed"})
    assert [i.pk for i in changed.context["rows"]] == [world["killing"].pk]
    assert "Back for review: Fatalities 1 → 4 (merged with incident #99" in changed.content.decode()
    unreviewed = analyst_client.get(queue)
    assert world["killing"].pk not in {i.pk for i in unreviewed.context["rows"]}
    assert (unreviewed.context["counts"]["changed"], unreviewed.context["counts"]["unreviewed"]) == (1, 3)


def test_the_incident_page_says_why_it_is_back_for_review(viewer_client, world):
    send_back(world["killing"], reason="Place Alphatown → Betaville <b>")
    html = viewer_client.get(world["killing"].get_absolute_url()).content.decode()
    assert "<strong>Back for review:</strong> Place Alphatown → Betaville &lt;b&gt;" in html


def test_a_review_decision_clears_the_reason_and_the_incident_leaves_the_section(analyst_client, world):
    send_back(world["killing"])
    analyst_client.post(reverse("incident-bulk-review"), {"ids": [world["killing"].pk], "status": "reviewed"})
    incident = Incident.objects.get(pk=world["killing"].pk)
    assert (incident.review_status, incident.review_reason) == ("reviewed", "")
    assert not analyst_client.get(reverse("review-queue"), {"section": "changed"}).context["rows"]
    html = analyst_client.get(incident.get_absolute_url()).content.decode()
    assert "Back for review" not in html


def test_possible_duplicates_section_lists_the_flagged_incidents(analyst_client, world):
    Incident.objects.filter(pk=world["abroad"].pk).update(possible_duplicate_of=world["killing"])
    page = analyst_client.get(reverse("review-queue"), {"section": "duplicates"})
    assert [i.pk for i in page.context["rows"]] == [world["abroad"].pk]
    assert page.context["counts"]["duplicates"] == 1


@pytest.mark.parametrize(
    ("section", "model", "url"), [("groups", Group, "group-bulk-review"), ("persons", Person, "person-bulk-review")]
)
def test_new_records_from_extraction_are_listed_and_confirmed_in_bulk(analyst_client, world, section, model, url):
    found = [model.objects.create(name=f"Found {section} {i}", provenance="extracted") for i in range(2)]
    model.objects.create(name="Curated, not queued", provenance="curated")
    page = analyst_client.get(reverse("review-queue"), {"section": section})
    assert {r.pk for r in page.context["rows"]} == {r.pk for r in found}
    assert f'action="{reverse(url)}"' in page.content.decode()
    response = analyst_client.post(reverse(url), {"ids": [found[0].pk], "status": "reviewed"}, follow=True)
    assert f"1 {model._meta.verbose_name} marked reviewed." in response.content.decode()
    confirmed = model.objects.get(pk=found[0].pk)
    assert confirmed.reviewed and confirmed.reviewed_by.username == "analyst1"
    assert [r.pk for r in analyst_client.get(reverse("review-queue"), {"section": section}).context["rows"]] == [
        found[1].pk
    ]


def test_confirming_groups_needs_permission(viewer_client, world):
    group = Group.objects.create(name="Found group", provenance="extracted")
    response = viewer_client.post(reverse("group-bulk-review"), {"ids": [group.pk], "status": "reviewed"})
    assert response.status_code == 403 and not Group.objects.get(pk=group.pk).reviewed


# --- Assigning ------------------------------------------------------------------------------


def test_bulk_assign_to_me_and_unassign(analyst_client, analyst, world):
    ids = [world["killing"].pk, world["bombing"].pk]
    response = analyst_client.post(reverse("incident-bulk-review"), {"ids": ids, "assign": "me"}, follow=True)
    assert "2 incidents assigned to you." in response.content.decode()
    assert set(Incident.objects.filter(assigned_to=analyst).values_list("pk", flat=True)) == set(ids)
    assert Incident.objects.get(pk=ids[0]).history.first().history_change_reason == "Assigned to analyst1"
    analyst_client.post(reverse("incident-bulk-review"), {"ids": ids[:1], "assign": "nobody"})
    assert list(Incident.objects.filter(assigned_to=analyst).values_list("pk", flat=True)) == ids[1:]


def test_assigning_needs_the_review_permission(viewer_client, world):
    response = viewer_client.post(reverse("incident-bulk-review"), {"ids": [world["killing"].pk], "assign": "me"})
    assert response.status_code == 403 and Incident.objects.get(pk=world["killing"].pk).assigned_to is None


def test_assigned_to_me_filters_the_list_and_the_queue(analyst_client, analyst, django_user_model, world):
    other = django_user_model.objects.create_user(username="someone-else")
    Incident.objects.filter(pk=world["killing"].pk).update(assigned_to=analyst)
    Incident.objects.filter(pk=world["bombing"].pk).update(assigned_to=other)
    listed = analyst_client.get(reverse("incident-list"), {"assigned_to_me": "on"})
    assert [i.pk for i in listed.context["object_list"]] == [world["killing"].pk]
    assert "assigned to you" in listed.content.decode()
    queue = analyst_client.get(reverse("review-queue"), {"mine": "on"})
    assert [i.pk for i in queue.context["rows"]] == [world["killing"].pk] and queue.context["counts"]["mine"] == 1
    everyone = analyst_client.get(reverse("review-queue")).content.decode()
    assert "assigned to someone-else" in everyone and "assigned to you" in everyone


def test_a_manual_merge_that_changes_a_reviewed_toll_says_it_is_back_for_review(analyst_client, analyst, world):
    from incidents.models import IncidentSource
    from incidents.services.annotations import incident_review
    from tests.views.conftest import make_source

    killing = incident_review(world["killing"], status="reviewed", user=analyst)
    twin = Incident.objects.create(type="targeted_killing", location=world["alpha"], possible_duplicate_of=killing)
    IncidentSource.objects.create(incident=twin, source=make_source(publisher="Other Wire"), fatalities=0)
    response = analyst_client.post(reverse("incident-merge", args=[killing.pk]), {"other": twin.pk}, follow=True)
    assert "It is back for review: Fatalities 1 → 0 (merged with incident #" in response.content.decode()
    assert [i.pk for i in analyst_client.get(reverse("review-queue"), {"section": "changed"}).context["rows"]] == [
        killing.pk
    ]
