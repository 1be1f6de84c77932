"""The review queue and bulk review: what waits for a decision, and deciding many at once."""

import pytest
from django.urls import reverse

from incidents.models import Group, Incident


def test_queue_lists_unreviewed_incidents_and_counts_what_waits(analyst_client, world):
    Incident.objects.filter(pk=world["clash"].pk).update(review_status="reviewed")
    Group.objects.create(name="A group the extractor found", provenance="extracted")
    world["abroad"].possible_duplicate_of = world["killing"]
    world["abroad"].save()
    page = analyst_client.get(reverse("review-queue"))
    assert page.status_code == 200
    assert {i.pk for i in page.context["incidents"]} == {
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
