"""Possible duplicates: found, previewed, merged the right way round, undone and offered again."""

import pytest
from django.urls import reverse

from incidents.models import Incident, MergeRecord
from incidents.services import merging


@pytest.fixture
def twin(world):
    twin = Incident.objects.create(
        type="targeted_killing", location=world["alpha"], summary="Commander killed", fatalities=2,
        possible_duplicate_of=world["killing"],
    )  # fmt: skip
    return twin


def listed(client, **params):
    return {i.pk for i in client.get(reverse("incident-list"), params).context["object_list"]}


def test_possible_duplicates_filter_and_dashboard_count(viewer_client, world, twin):
    assert listed(viewer_client, possible_duplicates="on") == {twin.pk}
    assert viewer_client.get(reverse("dashboard")).context["totals"]["possible_duplicates"] == 1


def test_merge_is_previewed_field_by_field_before_it_happens(analyst_client, world, twin):
    url = reverse("incident-merge", args=[world["killing"].pk])
    page = analyst_client.get(url, {"other": twin.pk})
    assert page.status_code == 200 and Incident.objects.filter(pk=twin.pk).exists()
    rows = {row["field"]: row for row in page.context["rows"]}
    assert rows["fatalities"]["survivor"] == 1 and rows["fatalities"]["absorbed"] == 2
    assert rows["summary"]["result"] == "Commander shot dead in Alphatown"
    assert "After the merge" in page.content.decode()


def test_merge_message_names_both_incidents(analyst_client, world, twin):
    url = reverse("incident-merge", args=[world["killing"].pk])
    response = analyst_client.post(url, {"other": twin.pk}, follow=True)
    text = response.content.decode()
    assert f"Incident #{twin.pk} (Targeted killing — Alphatown" in text
    assert f"merged into incident #{world['killing'].pk} (Targeted killing" in text
    assert "None" not in [str(m) for m in response.context["messages"]][0]


def test_the_reviewed_incident_survives(analyst_client, world, twin):
    Incident.objects.filter(pk=twin.pk).update(review_status="reviewed")
    page = analyst_client.get(world["killing"].get_absolute_url()).content.decode()
    assert f"{reverse('incident-merge', args=[twin.pk])}?other={world['killing'].pk}" in page
    assert "Merge this one into" in page
    refused = analyst_client.post(reverse("incident-merge", args=[world["killing"].pk]), {"other": twin.pk})
    assert refused.status_code == 302 and Incident.objects.filter(pk=twin.pk).exists()
    assert MergeRecord.objects.count() == 0


def test_merge_shows_on_the_survivors_overview_and_undo_offers_the_pair_again(analyst_client, world, twin):
    killing, twin_pk = world["killing"], twin.pk
    merging.merge_incidents(killing, twin, automatic=True, reason="Same event (test)")
    page = analyst_client.get(killing.get_absolute_url()).content.decode()
    assert "Merged in:" in page and f"incident #{twin_pk}" in page and "automatically" in page
    record = MergeRecord.objects.get()
    analyst_client.post(reverse("merge-undo", args=[record.pk]))
    restored = Incident.objects.get(pk=twin_pk)
    assert restored.possible_duplicate_of_id == killing.pk
    assert listed(analyst_client, possible_duplicates="on") == {twin_pk}
    # now the other way round
    analyst_client.post(reverse("incident-merge", args=[twin_pk]), {"other": killing.pk})
    assert not Incident.objects.filter(pk=killing.pk).exists()


def test_merge_preview_and_merge_need_permission(viewer_client, world, twin):
    url = reverse("incident-merge", args=[world["killing"].pk])
    assert viewer_client.get(url, {"other": twin.pk}).status_code == 403
    assert viewer_client.post(url, {"other": twin.pk}).status_code == 403
