"""The incident list sorted by place: by place name either way, each place's incidents together, unplaced last."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from incidents import selectors
from incidents.choices import LocationKind
from incidents.models import Incident
from incidents.views.generic import CappedCountPaginator

from .conftest import place

pytestmark = pytest.mark.django_db


def listed(client, **params):
    response = client.get(reverse("incident-list"), params)
    assert response.status_code == 200
    return [incident.pk for incident in response.context["object_list"]]


def test_sorting_by_place_lists_places_by_name_and_unplaced_incidents_last(viewer_client, world):
    unplaced = Incident.objects.create(type="bombing", summary="Somewhere unsaid")
    by_name = [world["bombing"].pk, world["killing"].pk, world["clash"].pk, world["abroad"].pk]  # Alpha Mosque, ...
    assert listed(viewer_client, sort="location") == [*by_name, unplaced.pk]


def test_sorting_by_place_the_other_way_keeps_unplaced_incidents_last(viewer_client, world):
    unplaced = Incident.objects.create(type="bombing", summary="Somewhere unsaid")
    by_name = [world["abroad"].pk, world["clash"].pk, world["killing"].pk, world["bombing"].pk]
    assert listed(viewer_client, sort="-location") == [*by_name, unplaced.pk]


def test_two_places_of_one_name_keep_their_incidents_apart(viewer_client, world):
    first = place("Twinford", LocationKind.CITY, world["zed"])
    second = place("Twinford", LocationKind.CITY, world["why"], code="YY")
    made = [Incident.objects.create(type="bombing", location=where) for where in (first, second, first, second)]
    rows = listed(viewer_client, sort="location")
    twins = [pk for pk in rows if pk in {m.pk for m in made}]
    assert twins == [made[0].pk, made[2].pk, made[1].pk, made[3].pk]


def test_sorted_by_place_pages_follow_on_and_count_every_incident(viewer_client, world):
    town = place("Aardvark Hill", LocationKind.CITY, world["zed"])
    made = [Incident.objects.create(type="bombing", location=town).pk for _ in range(27)]
    first = listed(viewer_client, sort="location", per_page=25)
    second = listed(viewer_client, sort="location", per_page=25, page=2)
    assert first + second[:2] == made
    assert second[2:] == [world["bombing"].pk, world["killing"].pk, world["clash"].pk, world["abroad"].pk]
    html = viewer_client.get(reverse("incident-list"), {"sort": "location", "per_page": 25, "page": 2})
    assert "26–31 of 31" in html.content.decode()


def test_sorted_by_place_past_the_cap_postgresql_shows_its_estimate(viewer_client, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("estimates come from PostgreSQL's planner")
    monkeypatch.setattr(CappedCountPaginator, "cap", 3)
    monkeypatch.setattr(selectors, "LIST_COUNT_CAP", 3)
    Incident.objects.bulk_create(Incident(type="bombing") for _ in range(8))
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE incidents_incident")
    html = viewer_client.get(reverse("incident-list"), {"sort": "location"}).content.decode()
    assert "≈ 8</abbr>" in html


def test_below_the_cap_the_ids_read_in_place_order_are_the_count(viewer_client, world):
    viewer_client.get(reverse("incident-list"))  # the form's cached choices, read once
    with CaptureQueriesContext(connection) as by_place:
        viewer_client.get(reverse("incident-list"), {"sort": "location"})
    with CaptureQueriesContext(connection) as by_deaths:
        viewer_client.get(reverse("incident-list"), {"sort": "-fatalities"})
    # Two queries read the placed and the unplaced ids, in place of the count.
    assert len(by_place) == len(by_deaths) + 1


@pytest.mark.parametrize("name", ["map-data", "map"])
def test_pages_that_do_not_page_through_the_list_read_no_place_order(viewer_client, world, name):
    viewer_client.get(reverse(name))  # the form's cached choices, read once
    with CaptureQueriesContext(connection) as by_place:
        assert viewer_client.get(reverse(name), {"sort": "location"}).status_code == 200
    with CaptureQueriesContext(connection) as unsorted:
        assert viewer_client.get(reverse(name)).status_code == 200
    assert len(by_place) == len(unsorted)
