"""The incident list sorted by place: by place name either way, each place's incidents together, unplaced last."""

import pytest
from django.db import connection
from django.urls import reverse

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
    Incident.objects.bulk_create(Incident(type="bombing") for _ in range(8))
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE incidents_incident")
    html = viewer_client.get(reverse("incident-list"), {"sort": "location"}).content.decode()
    assert "≈ 8</abbr>" in html
