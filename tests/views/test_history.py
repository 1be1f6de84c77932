"""History in words (names, labels, lists) and reverting to an earlier version."""

import pytest
from django.urls import reverse

from incidents.models import Incident
from incidents.services import annotations


@pytest.fixture
def edited(world, analyst):
    analyst.first_name, analyst.last_name = "Jane", "Analyst"
    analyst.save()
    incident = world["clash"]
    incident.history.all().delete()
    incident.save()  # first recorded version: 12 fatalities, no targets
    # Free-text targets change in the same recorded version as the analyst's edit (update() records none).
    Incident.objects.filter(pk=incident.pk).update(targets=["police", "a school"])
    annotations.incident_update(incident, user=analyst, fields={"fatalities": 15})
    annotations.incident_review(incident, status="reviewed", user=analyst)
    return incident


def test_history_names_people_and_lists_in_words(analyst_client, edited):
    page = analyst_client.get(reverse("incident-history", args=[edited.pk]))
    text = page.content.decode()
    rows = [change for entry in page.context["entries"] for change in entry["changes"]]
    reviewer = next(r for r in rows if r["field"] == "reviewed by")
    assert reviewer == {"field": "reviewed by", "old": "—", "new": "Jane Analyst"}
    status = next(r for r in rows if r["field"] == "review status")
    assert status["new"] == "Reviewed" and status["old"] == "Extracted (unreviewed)"
    targets = next(r for r in rows if r["field"] == "targets")
    assert targets["new"] == "police, a school"
    assert "['police'" not in text and "Jane Analyst" in text


def test_analyst_reverts_to_an_earlier_version_after_confirming(analyst_client, edited):
    first = edited.history.order_by("history_date", "history_id").first()
    url = reverse("incident-revert", args=[edited.pk, first.history_id])
    confirm = analyst_client.get(url)
    assert confirm.status_code == 200 and Incident.objects.get(pk=edited.pk).fatalities == 15
    assert {"field": "fatalities", "old": "15", "new": "12"} in confirm.context["changes"]
    analyst_client.post(url)
    reverted = Incident.objects.get(pk=edited.pk)
    assert reverted.fatalities == 12 and reverted.targets == [] and reverted.review_status == "extracted"
    assert "Betaville" in reverted.search_text  # derived text rebuilt, not blanked
    latest = reverted.history.order_by("-history_date", "-history_id").first()
    assert latest.history_change_reason.startswith("Reverted to the version of")


def test_revert_needs_change_permission(viewer_client, edited):
    first = edited.history.order_by("history_date", "history_id").first()
    url = reverse("incident-revert", args=[edited.pk, first.history_id])
    assert viewer_client.get(url).status_code == 403
    assert viewer_client.post(url).status_code == 403
    assert Incident.objects.get(pk=edited.pk).fatalities == 15


def test_a_version_of_another_record_is_not_found(analyst_client, edited, world):
    other = world["killing"].history.first()
    assert analyst_client.get(reverse("incident-revert", args=[edited.pk, other.history_id])).status_code == 404
