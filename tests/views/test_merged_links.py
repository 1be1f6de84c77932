"""Links to a record that was merged away lead to the record it became."""

import pytest
from django.urls import reverse

from incidents.models import Group, Incident
from incidents.services.merging import merge_groups, merge_incidents, unmerge

pytestmark = pytest.mark.django_db


def test_a_merged_away_group_redirects_to_its_survivor_and_says_so(viewer_client, world):
    army_pk = world["army"].pk
    old_url = reverse("group-detail", args=[army_pk])
    merge_groups(world["front"], world["army"], reason="same group")

    response = viewer_client.get(old_url)
    assert response.status_code == 302
    assert response["Location"] == world["front"].get_absolute_url()
    page = viewer_client.get(old_url, follow=True).content.decode()
    assert f"That group (#{army_pk}) was merged into this one." in page


def test_merges_of_merges_are_followed_and_an_undo_restores_the_old_link(viewer_client, world):
    third = Group.objects.create(name="Third Test Group")
    first_merge = merge_groups(world["front"], world["army"])
    second_merge = merge_groups(third, world["front"])
    army_url = reverse("group-detail", args=[first_merge.absorbed_id])
    assert viewer_client.get(army_url)["Location"] == third.get_absolute_url()

    unmerge(second_merge)  # undone in reverse order, as the merge service requires
    assert viewer_client.get(army_url)["Location"] == reverse("group-detail", args=[first_merge.survivor_id])
    unmerge(first_merge)
    assert viewer_client.get(army_url).status_code == 200


def test_incident_tabs_redirect_too_and_unknown_records_stay_404(viewer_client, world):
    absorbed = world["abroad"].pk
    merge_incidents(world["clash"], Incident.objects.get(pk=absorbed))
    notes = viewer_client.get(reverse("incident-notes", args=[absorbed]))
    assert notes.status_code == 302 and notes["Location"] == world["clash"].get_absolute_url()
    assert viewer_client.get(reverse("incident-detail", args=[987654])).status_code == 404
