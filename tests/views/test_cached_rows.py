"""List rows and filter forms come from the cache ({% cache %}), and never go stale.

Each test shows the list once (filling the cache), changes something the row shows,
and expects the next page view to show the change.
"""

import re

import pytest
from django.test import override_settings
from django.urls import reverse

from accounts.roles import VIEWER, assign_role
from incidents.models import Group, Incident, Location
from tests.views.test_writes import edit_data

pytestmark = pytest.mark.django_db

NO_CACHE = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}


def row_of(html: str, incident) -> str:
    """The list row of `incident`, or "" when the page does not list it."""
    marker = f'data-row-url="/incidents/{incident.pk}/"'
    return next((row for row in html.split("<tr ") if marker in row), "")


def list_page(client, **params) -> str:
    response = client.get(reverse("incident-list"), params)
    assert response.status_code == 200
    return response.content.decode()


def without_csrf_token(html: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def test_a_list_from_the_cache_is_the_list_rendered_without_it(analyst_client, world):
    params = {"type": ["bombing", "armed_clash", "targeted_killing"], "date_from": "2020-01-01"}
    with override_settings(CACHES={"default": NO_CACHE, "template_fragments": NO_CACHE}):
        uncached = without_csrf_token(list_page(analyst_client, **params))
    filling = without_csrf_token(list_page(analyst_client, **params))
    from_cache = without_csrf_token(list_page(analyst_client, **params))
    assert uncached == filling == from_cache
    assert 'value="armed_clash" id="id_type_2" checked>' in from_cache and ">Zedland Army</a>" in from_cache


def test_an_edit_shows_in_the_list_at_once(analyst_client, world):
    killing = world["killing"]
    assert '<td class="num">1</td>' in row_of(list_page(analyst_client), killing)
    response = analyst_client.post(
        reverse("incident-edit", args=[killing.pk]), edit_data(world, perpetrators=["Zedland Army"])
    )
    assert response.status_code == 302
    row = row_of(list_page(analyst_client), killing)
    assert '<td class="num">2</td>' in row
    assert ">Zedland Army</a>" in row


def test_a_review_shows_in_the_list_at_once(analyst_client, world):
    killing = world["killing"]
    assert "Unreviewed" in row_of(list_page(analyst_client), killing)
    analyst_client.post(reverse("incident-review", args=[killing.pk]), {"status": "disputed"})
    assert "Disputed" in row_of(list_page(analyst_client), killing)


def test_a_bulk_review_and_assignment_show_in_the_list_at_once(analyst_client, world):
    clash = world["clash"]
    list_page(analyst_client)
    bulk = reverse("incident-bulk-review")
    analyst_client.post(bulk, {"ids": [clash.pk], "status": "reviewed", "next": reverse("incident-list")})
    analyst_client.post(bulk, {"ids": [clash.pk], "assign": "me", "next": reverse("incident-list")})
    row = row_of(list_page(analyst_client), clash)
    assert "Reviewed" in row and "assigned to you" in row


def test_a_group_merge_shows_in_the_rows_of_the_absorbed_groups_incidents(analyst_client, world):
    clash = world["clash"]
    assert ">Zedland Army</a>" in row_of(list_page(analyst_client), clash)
    response = analyst_client.post(reverse("group-merge", args=[world["front"].pk]), {"other": str(world["army"].pk)})
    assert response.status_code == 302
    row = row_of(list_page(analyst_client), clash)
    assert ">Test Khorasan Front</a>" in row and "Zedland Army" not in row


def test_an_incident_merge_takes_the_absorbed_row_off_the_list(analyst_client, world):
    killing = world["killing"]
    twin = Incident.objects.create(type="targeted_killing", location=world["alpha"], date_start=killing.date_start)
    twin.possible_duplicate_of = killing
    twin.save()
    page = list_page(analyst_client)
    assert row_of(page, twin) and row_of(page, killing)
    analyst_client.post(reverse("incident-merge", args=[killing.pk]), {"other": twin.pk})
    page = list_page(analyst_client)
    assert not row_of(page, twin) and row_of(page, killing)


def test_a_renamed_group_or_place_shows_at_once_though_the_incident_is_not_saved(analyst_client, world):
    bombing = world["bombing"]
    list_page(analyst_client)
    # Queryset updates: no signal, no incident saved; the row's key still changes.
    Group.objects.filter(pk=world["front"].pk).update(name="Renamed Front")
    Location.objects.filter(pk=world["mosque"].pk).update(name="Renamed Mosque")
    row = row_of(list_page(analyst_client), bombing)
    assert ">Renamed Front</a> (claimed)" in row and ">Renamed Mosque (ZZ)</a>" in row


def test_losing_the_review_permission_takes_the_tick_boxes_away_at_once(analyst_client, analyst, world):
    tick = f'name="ids" value="{world["killing"].pk}"'
    assert tick in row_of(list_page(analyst_client), world["killing"])
    assign_role(analyst, VIEWER)
    assert tick not in row_of(list_page(analyst_client), world["killing"])


def test_rows_say_assigned_to_you_only_to_the_assignee(analyst_client, analyst, viewer, client, world):
    clash = world["clash"]
    Incident.objects.filter(pk=clash.pk).update(assigned_to=analyst)
    assert "assigned to you" in row_of(list_page(analyst_client), clash)
    client.force_login(viewer)
    row = row_of(list_page(client), clash)
    assert "assigned" in row and "assigned to you" not in row


def test_each_query_gets_its_own_filter_form(viewer_client, world):
    bombing = list_page(viewer_client, type="bombing")
    clash = list_page(viewer_client, type="armed_clash")
    assert 'value="bombing" id="id_type_0" checked>' in bombing
    assert 'value="bombing" id="id_type_0">' in clash and 'value="armed_clash" id="id_type_2" checked>' in clash
    assert 'value="bombing" id="id_type_0" checked>' in list_page(viewer_client, type="bombing")


def test_the_cached_menu_marks_each_pages_section_and_shows_admin_to_staff_only(analyst_client, viewer, client, world):
    incidents = analyst_client.get(reverse("incident-list")).content.decode()
    groups = analyst_client.get(reverse("group-list")).content.decode()
    assert '/incidents/" aria-current="page">Incidents' in incidents and 'aria-current="page">Groups' not in incidents
    assert 'aria-current="page">Groups' in groups and 'aria-current="page">Incidents' not in groups
    assert ">Admin</a>" in incidents  # analysts are staff
    client.force_login(viewer)
    assert ">Admin</a>" not in list_page(client)


def test_the_cached_export_links_and_page_size_follow_the_query(viewer_client, world):
    assert 'href="/incidents/export.csv?type=bombing" download>' in list_page(viewer_client, type="bombing")
    clash = list_page(viewer_client, type="armed_clash", per_page="50")
    assert 'href="/incidents/export.csv?type=armed_clash&amp;per_page=50" download>' in clash
    assert '<option value="50" selected>50 per page</option>' in clash
